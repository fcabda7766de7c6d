// Custom Elements Manifest (`npm run analyze`): tags, attributes, properties, events, slots, CSS
// parts, custom properties and states, read from the elements' sources and their JSDoc.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.spec.ts', 'src/**/generated/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  // package.json already names the manifest ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [kitEvents(), defineOnceDefinitions(), publicApiOnly()],
};

/**
 * The kit dispatches typed event classes (`new OutboundErrorEvent(error)`), each with a static
 * `eventName`. The analyzer takes the constructor's first argument for the event's name, which gives
 * events called "error", "detail" or nothing next to the ones documented with `@fires`. This names
 * them from `eventName`, merges them with the `@fires` entries (keeping the description, adding the
 * class as the type) and drops what cannot be named.
 */
function kitEvents() {
  return {
    name: 'outbound-kit-events',
    packageLinkPhase({ customElementsManifest }) {
      const byClass = new Map();
      const byName = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const field = declaration.members?.find((m) => m.static && m.name === 'eventName');
          const eventName = field?.default?.match(/^['"`]([^'"`]+)['"`]$/)?.[1];
          if (declaration.kind !== 'class' || !eventName) continue;
          const type = { text: declaration.name, references: [{ name: declaration.name, module: mod.path }] };
          byClass.set(declaration.name, { eventName, type });
          byName.set(eventName, type);
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const element of mod.declarations ?? []) {
          if (!element.customElement || !element.events) continue;
          const merged = new Map();
          for (const event of element.events) {
            const known = byClass.get(event.type?.text);
            const name = known?.eventName ?? event.name;
            if (!name) continue;
            const entry = merged.get(name) ?? { name };
            if (event.description) entry.description = event.description;
            entry.type = byName.get(name) ?? event.type ?? entry.type;
            if (!entry.type) delete entry.type;
            merged.set(name, entry);
          }
          element.events = [...merged.values()];
        }
      }
    },
  };
}

/**
 * The tags are registered through `defineOnce('campaign-list', CampaignList)`, which the analyzer
 * does not know, while it takes the `customElements.define(tag, element)` inside `defineOnce` for a
 * definition of a tag called "tag". This records the real definitions in the define modules.
 */
function defineOnceDefinitions() {
  const calls = [];
  return {
    name: 'outbound-kit-define-once',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineOnce') return;
      const [tag, element] = node.arguments;
      if (tag && element && ts.isStringLiteralLike(tag) && ts.isIdentifier(element)) {
        calls.push({ module: moduleDoc.path, tag: tag.text, className: element.text });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement) elements.set(declaration.name, mod.path);
        }
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || elements.has(entry.declaration.name),
        );
      }
      for (const call of calls) {
        const mod = customElementsManifest.modules.find((candidate) => candidate.path === call.module);
        const declaringModule = elements.get(call.className);
        if (!mod || !declaringModule) continue;
        mod.exports.push({
          kind: 'custom-element-definition',
          name: call.tag,
          declaration: { name: call.className, module: declaringModule },
        });
      }
    },
  };
}

/** Private fields and methods are implementation details, not part of what the manifest documents. */
function publicApiOnly() {
  return {
    name: 'outbound-kit-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}
