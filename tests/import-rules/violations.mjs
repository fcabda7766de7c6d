// One deliberate violation per import rule of .dependency-cruiser.cjs, planted in a copy of src/
// by scripts/import-rules-check.mjs. `from` is the file the rule must report.

/** @type {{ rule: string, why: string, from: string, files: Record<string, string> }[]} */
export const violations = [
  {
    rule: 'no-circular',
    why: 'two domain modules that import each other’s types',
    from: 'src/services/domain/agent/zz-cycle-a.ts',
    files: {
      'src/services/domain/agent/zz-cycle-a.ts': "import type { B } from './zz-cycle-b.js';\nexport interface A { readonly b: B | null }\n",
      'src/services/domain/agent/zz-cycle-b.ts': "import type { A } from './zz-cycle-a.js';\nexport interface B { readonly a: A | null }\n",
    },
  },
  {
    rule: 'domain-is-pure',
    why: 'a domain rule that reads the store',
    from: 'src/services/domain/campaign/zz-reads-store.ts',
    files: {
      'src/services/domain/campaign/zz-reads-store.ts': "import type { KitState } from '../../state/state.js';\nexport type Campaigns = KitState['campaigns'];\n",
    },
  },
  {
    rule: 'ports-are-contracts',
    why: 'a port that names the store',
    from: 'src/services/ports/zz-port-with-store.ts',
    files: {
      'src/services/ports/zz-port-with-store.ts': "import type { KitStore } from '../state/kit-store.js';\nexport interface Port { readonly store: KitStore }\n",
    },
  },
  {
    rule: 'state-below-session',
    why: 'the state importing the commands',
    from: 'src/services/state/zz-state-sends.ts',
    files: {
      'src/services/state/zz-state-sends.ts': "import type { KitCommands } from '../session/commands.js';\nexport type Sender = KitCommands;\n",
    },
  },
  {
    rule: 'session-no-adapters-no-elements',
    why: 'the session naming the simulator',
    from: 'src/services/session/zz-session-knows-simulator.ts',
    files: {
      'src/services/session/zz-session-knows-simulator.ts':
        "import { EmbeddedSimulator } from '../backend/simulator/embedded-simulator.js';\nexport const simulator = EmbeddedSimulator;\n",
    },
  },
  {
    rule: 'backend-adapter-own-folder',
    why: 'the simulator using the session’s commands',
    from: 'src/services/backend/simulator/zz-simulator-sends.ts',
    files: {
      'src/services/backend/simulator/zz-simulator-sends.ts': "import type { KitCommands } from '../../session/commands.js';\nexport type Sender = KitCommands;\n",
    },
  },
  {
    rule: 'phone-adapter-own-folder',
    why: 'the CTI phone reading the store',
    from: 'src/phone/cti/zz-cti-reads-store.ts',
    files: {
      'src/phone/cti/zz-cti-reads-store.ts': "import type { KitStore } from '../../services/state/kit-store.js';\nexport type Store = KitStore;\n",
    },
  },
  {
    rule: 'a11y-is-standalone',
    why: 'a focus policy that knows an element',
    from: 'src/a11y/zz-a11y-knows-element.ts',
    files: {
      'src/a11y/zz-a11y-knows-element.ts': "import type { CampaignList } from '../elements/campaign-list/campaign-list.js';\nexport type List = CampaignList;\n",
    },
  },
  {
    rule: 'elements-never-import-adapters',
    why: 'an element creating a phone itself',
    from: 'src/elements/call-controls/zz-controls-make-phone.ts',
    files: {
      'src/elements/call-controls/zz-controls-make-phone.ts': "export { createCtiPhone } from '../../phone/cti/cti-phone.js';\n",
    },
  },
  {
    rule: 'provider-loads-adapters-lazily',
    why: 'the provider importing the simulator statically',
    from: 'src/elements/outbound-provider/zz-provider-static-simulator.ts',
    files: {
      'src/elements/outbound-provider/zz-provider-static-simulator.ts':
        "export { EmbeddedSimulator } from '../../services/backend/simulator/embedded-simulator.js';\n",
    },
  },
  {
    rule: 'tag-folders-stand-alone',
    why: 'one tag borrowing another tag’s labels',
    from: 'src/elements/campaign-list/zz-borrows-labels.ts',
    files: {
      'src/elements/campaign-list/zz-borrows-labels.ts': "export { agentStatusLabels } from '../agent-status/labels.js';\n",
    },
  },
  {
    rule: 'element-support-below-tags',
    why: 'shared code that knows a tag',
    from: 'src/elements/shared/zz-shared-knows-tag.ts',
    files: {
      'src/elements/shared/zz-shared-knows-tag.ts': "export { campaignListLabels } from '../campaign-list/labels.js';\n",
    },
  },
  {
    rule: 'src-never-imports-tests',
    why: 'shipped code importing a test helper',
    from: 'src/zz-ships-a-test.ts',
    files: {
      'src/zz-ships-a-test.ts': "export { planted } from '../tests/zz-planted.js';\n",
      'tests/zz-planted.ts': 'export const planted = 1;\n',
    },
  },
  {
    rule: 'not-to-unresolvable',
    why: 'an import of a file that does not exist',
    from: 'src/services/domain/zz-typo.ts',
    files: {
      'src/services/domain/zz-typo.ts': "export { nothing } from './no-such-module.js';\n",
    },
  },
  {
    rule: 'server-reuses-rules-not-the-desk',
    why: 'a server module that reaches into the kit’s store',
    from: 'server/src/zz-reads-the-store.ts',
    files: {
      'server/src/zz-reads-the-store.ts': "import type { KitState } from '../../src/services/state/state.js';\nexport type Seen = KitState['agent'];\n",
    },
  },
  {
    rule: 'conformance-reads-only-the-protocol',
    why: 'a conformance check that uses the kit’s own simulator to decide what is right',
    from: 'conformance/src/zz-asks-the-simulator.ts',
    files: {
      'conformance/src/zz-asks-the-simulator.ts': "import type { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';\nexport type Judge = EmbeddedSimulator;\n",
    },
  },
  {
    rule: 'kit-never-imports-workspaces',
    why: 'a kit module that imports the reference server',
    from: 'src/services/zz-imports-the-server.ts',
    files: {
      'src/services/zz-imports-the-server.ts': "import type { ServerOptions } from '../../server/src/http/app.js';\nexport type Server = ServerOptions;\n",
    },
  },
];
