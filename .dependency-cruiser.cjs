// What may import what in src/ (ARCHITECTURE.md, "Import rules"). `npm run lint:imports` checks it and
// `scripts/import-rules-check.mjs` proves each rule fails on a deliberate violation.
//
// Type-only imports count (tsPreCompilationDeps): a cycle through types still ties two layers
// together, and an adapter that imports a session type still depends on the session.

/** A rule: modules under `from` may import only what `allowed` matches (plus npm packages). */
function onlyImports(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { path: '^src/', pathNot: allowed },
  };
}

const domain = '^src/services/domain/';
const ports = '^src/services/ports/';
const state = '^src/services/state/';
const session = '^src/services/session/';
const a11y = '^src/a11y/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules in a cycle cannot be understood, tested or loaded one at a time; type-only cycles included.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    onlyImports(
      'domain-is-pure',
      'The domain rules know nothing but themselves: no state, no session, no adapter, no DOM.',
      domain,
      [domain],
    ),
    onlyImports(
      'ports-are-contracts',
      'Ports describe what adapters implement; they may name domain types and each other, nothing else.',
      ports,
      [domain, ports],
    ),
    onlyImports(
      'state-below-session',
      'The store knows the domain and the ports, never the session that drives it.',
      state,
      [domain, ports, state],
    ),
    onlyImports(
      'session-no-adapters-no-elements',
      'The session wires ports to state; it never names an adapter or an element.',
      session,
      [domain, ports, state, session, a11y],
    ),
    onlyImports(
      'backend-adapter-own-folder',
      'A back-end adapter implements the port from the domain and the ports, in its own folder.',
      '^src/services/backend/([^/]+)/',
      [domain, ports, '^src/services/backend/$1/'],
    ),
    onlyImports(
      'phone-adapter-own-folder',
      'A phone adapter implements the phone port from the domain and the ports, in its own folder.',
      '^src/phone/([^/]+)/',
      [domain, ports, '^src/phone/$1/'],
    ),
    onlyImports(
      'a11y-is-standalone',
      'Live regions and focus policies serve every element and know none of them.',
      a11y,
      [a11y],
    ),
    {
      name: 'elements-never-import-adapters',
      comment:
        'Elements speak to the session, never to an adapter; only the provider loads a phone, through the lazy loader.',
      severity: 'error',
      from: { path: '^src/elements/', pathNot: '^src/elements/outbound-provider/' },
      to: { path: ['^src/phone/', '^src/services/backend/'] },
    },
    {
      name: 'provider-loads-adapters-lazily',
      comment: 'The provider reaches a phone only through src/phone/load-phone.ts and the simulator only through src/simulator.ts.',
      severity: 'error',
      from: { path: '^src/elements/outbound-provider/' },
      to: { path: ['^src/phone/(?!load-phone[.]ts$)', '^src/services/backend/'] },
    },
    {
      name: 'tag-folders-stand-alone',
      comment: 'One element never imports another element\'s folder: code used by two goes to base/, shared/ or events/.',
      severity: 'error',
      from: { path: '^src/elements/([^/]+)/', pathNot: '^src/elements/(base|shared|events)/' },
      to: { path: '^src/elements/', pathNot: '^src/elements/($1|base|shared|events)/' },
    },
    {
      name: 'element-support-below-tags',
      comment: 'base/, shared/ and events/ serve the tags and know none of them.',
      severity: 'error',
      from: { path: '^src/elements/(base|shared|events)/' },
      to: { path: '^src/elements/', pathNot: '^src/elements/(base|shared|events)/' },
    },
    {
      name: 'src-never-imports-tests',
      comment: 'Shipped code never depends on tests, stories, the bench or the demo.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|stories|bench|demo)/' },
    },
    {
      name: 'server-reuses-rules-not-the-desk',
      comment: 'The reference server reuses the pure domain rules, the ports and the simulator (its engine); never the store, the session, the elements or the phone.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^src/', pathNot: '^src/services/(domain|ports|backend/simulator)/' },
    },
    {
      name: 'conformance-reads-only-the-protocol',
      comment: 'The conformance suite judges a server by the protocol alone: the frames, events and commands of ports/backend.',
      severity: 'error',
      from: { path: '^conformance/src/' },
      to: { path: '^src/', pathNot: '^src/services/ports/backend/' },
    },
    {
      name: 'kit-never-imports-workspaces',
      comment: 'The kit ships without its server and its conformance suite.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(server|conformance)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^(src|server/src|conformance/src)/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.js', '.mjs'],
    },
    exclude: { path: ['^src/localization/generated/'] },
  },
};
