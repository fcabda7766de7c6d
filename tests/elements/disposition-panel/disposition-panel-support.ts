import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { html } from 'lit';
import '../../../src/elements/disposition-panel/define.js';
import type { DispositionPanel } from '../../../src/elements/disposition-panel/disposition-panel.js';
import type { SubmitOutcomeCommand } from '../../../src/services/ports/backend/contract.js';
import type { DispositionCode, OutcomeSchema } from '../../../src/services/domain/campaign/campaign-policy.js';
import type { DialingMode } from '../../../src/services/domain/campaign/campaign.js';
import type { DeliveryPolicy } from '../../../src/services/domain/campaign/campaign-policy.js';
import { selectDraft } from '../../../src/services/state/selectors.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { campaign } from '../../support/engine-desk.js';
import { connectPreviewCall, mountKit, type MountedKit } from '../../support/mount-kit.js';
import { $, $$, text } from '../../support/dom.js';
export { $, $$, text };

export { acceptProgressive } from '../../support/mount-kit.js';

/** The outbox of mountKit's agent keeps outcomes in IndexedDB: each test starts and ends without any. */
const OUTBOX_DB = 'outbound-kit-outbox:agent-7';

export const nestedCodes: readonly DispositionCode[] = [
  { id: 'none', label: 'None' },
  {
    id: 'sale',
    label: 'Sale',
    children: [
      { id: 'new', label: 'New contract' },
      { id: 'upgrade', label: 'Upgrade', children: [{ id: 'premium', label: 'Premium' }] },
    ],
  },
  { id: 'no-sale', label: 'No sale' },
];

export interface PanelSetup {
  readonly mode?: DialingMode;
  readonly outcomes?: Partial<OutcomeSchema>;
  readonly policy?: Partial<DeliveryPolicy>;
  readonly scenario?: Partial<SimulatorScenario>;
}

export async function mountPanel(setup: PanelSetup = {}) {
  await deleteDB(OUTBOX_DB);
  const kit = await mountKit(html`<disposition-panel></disposition-panel>`, {
    campaigns: [campaign({ dialingMode: setup.mode ?? 'preview', outcomes: setup.outcomes ?? {}, policy: setup.policy ?? {} })],
    ...setup.scenario,
  });
  const el = kit.get<DispositionPanel>('disposition-panel');
  return { kit, el };
}

export async function unmount(kit: MountedKit | undefined): Promise<void> {
  if (!kit) return;
  kit.provider.remove();
  // The provider lets go of its outbox (and its database) a moment after it leaves the page.
  await new Promise((closed) => setTimeout(closed, 50));
  await deleteDB(OUTBOX_DB);
}

/** A preview record called, answered and ended by the agent: the record is in wrap-up. */
export async function wrapUp(kit: MountedKit): Promise<void> {
  await connectPreviewCall(kit);
  await kit.act({ type: 'end-call' });
}


export const draftOf = (kit: MountedKit) => selectDraft(kit.services.store.state);

/** Outcomes the back end received. */
export const outcomesReceived = (kit: MountedKit) =>
  kit.commands().filter((command): command is SubmitOutcomeCommand => command.type === 'submit-outcome').map((command) => command.outcome);

/** Waits until the outcome has been stored and sent (the outbox writes to IndexedDB first). */
export async function outcomeSent(kit: MountedKit, count = 1): Promise<void> {
  await waitUntil(() => outcomesReceived(kit).length >= count, 'the outcome reaches the back end');
  await kit.advance(0);
}

/** Keys pressed one after another, letting the kit render after each. */
export async function press(kit: MountedKit, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    if (key === 'Shift+Tab') {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else {
      await sendKeys({ press: key });
    }
    await kit.advance(0);
  }
}

/** Puts the keyboard at the top of the panel (its title), as after arriving there. */
export function startAtTitle(el: DispositionPanel): void {
  $(el, '#title')!.focus();
}
