/**
 * Everything the kit's live regions say from now on, each message once, in order: what a
 * screen-reader user hears. Start it after the provider is in the page (its regions exist then).
 * A message replaced before its frame (two announcements in one frame) is never heard, and is not
 * recorded either.
 */
export function recordSpeech(): { readonly said: string[]; stop(): void; take(): string[] } {
  const said: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const region of new Set(records.map((record) => record.target as Element))) {
      const message = region.textContent ?? '';
      if (message) said.push(message);
    }
  });
  document.querySelectorAll('[data-outbound-live]').forEach((region) => observer.observe(region, { childList: true }));
  return {
    said,
    stop: () => observer.disconnect(),
    /** What was said since the last `take`, and forgets it. */
    take: () => said.splice(0, said.length),
  };
}
