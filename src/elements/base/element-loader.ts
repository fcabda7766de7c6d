/**
 * Elements whose code is fetched only when a page uses them. `define.js` lists them here; every
 * `<outbound-provider>` watches its own subtree (kit elements live inside a provider) and loads an
 * element's module the first time its tag appears there. A page that never shows agent status never
 * downloads it. Bundler users who import an element's own `define.js` need none of this.
 *
 * Registration and watching may happen in either order: a provider already in the page upgrades,
 * and starts watching, as soon as it is defined, which can be before the list is registered.
 */
const loaders = new Map<string, () => Promise<unknown>>();
const watchedRoots = new Set<Element>();

export function registerLazyElement(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return;
  loaders.set(tag, load);
  watchedRoots.forEach(loadElementsUsedIn);
}

/** Loads the modules of the lazy elements used under `root`, each once. */
export function loadElementsUsedIn(root: ParentNode): void {
  for (const [tag, load] of loaders) {
    if (customElements.get(tag) || !root.querySelector(tag)) continue;
    loaders.delete(tag);
    load().catch((error: unknown) => {
      // Allow a later appearance of the tag to try again.
      loaders.set(tag, load);
      console.error(`outbound-kit could not load <${tag}>:`, error);
    });
  }
}

/** Watches `root` for lazy elements until the returned function is called. */
export function watchForLazyElements(root: Element): () => void {
  watchedRoots.add(root);
  loadElementsUsedIn(root);
  const observer = new MutationObserver(() => {
    if (loaders.size > 0) loadElementsUsedIn(root);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    watchedRoots.delete(root);
  };
}
