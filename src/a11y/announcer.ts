export type Politeness = 'polite' | 'assertive';

/** Keeps the regions visible to assistive technology and invisible on screen, with no stylesheet. */
function hideVisually(region: HTMLElement): void {
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: '0',
  });
}

/** Ends a sentence: terminal punctuation, possibly followed by a closing quote or bracket. */
const SENTENCE_END = /[.!?…][\p{Pf}\p{Pe}"']*$/u;

/**
 * Messages read together in one frame, as sentences: without a full stop where one lacks it, the
 * screen reader runs them into one ("Call ended Dialing …"); one that already ends a sentence (a
 * full stop, a question, an ellipsis) is left as it is, so punctuation is never doubled.
 */
export function joinAsSentences(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0] ?? '';
  return messages
    .map((message) => message.trim())
    .filter(Boolean)
    .map((message) => (SENTENCE_END.test(message) ? message : `${message}.`))
    .join(' ');
}

/**
 * Speaks to screen-reader users through two live regions, one polite (`role="status"`) and one
 * assertive (`role="alert"`). The regions live in the document, outside every shadow root (live
 * regions inside shadow DOM are unreliable in some screen readers), and exist from the moment the
 * announcer is created, because a region added together with its first message is often not read.
 */
export class Announcer {
  private readonly regions: Record<Politeness, HTMLElement>;
  private readonly pending = new Map<Politeness, { readonly frame: number; readonly messages: string[] }>();

  constructor(private readonly doc: Document = document) {
    this.regions = { polite: this.createRegion('polite'), assertive: this.createRegion('assertive') };
  }

  /** Puts the regions in the document; call before the first message, as early as possible. */
  attach(): void {
    for (const region of Object.values(this.regions)) {
      if (!region.isConnected) this.doc.body.append(region);
    }
  }

  /** The region elements, for hosts that want to move them. */
  get liveRegions(): Readonly<Record<Politeness, HTMLElement>> {
    return this.regions;
  }

  /**
   * Announces a message. The region is emptied now and filled on the next frame, so the same
   * message said twice is read twice. Messages of one frame are read together, in the order they
   * came, each once, as sentences: elements that react to one burst of server events are all heard.
   */
  announce(message: string, politeness: Politeness = 'polite'): void {
    this.attach();
    const region = this.regions[politeness];
    const pending = this.pending.get(politeness);
    if (pending) {
      if (!pending.messages.includes(message)) pending.messages.push(message);
      return;
    }
    region.textContent = '';
    const messages = [message];
    const frame = requestAnimationFrame(() => {
      this.pending.delete(politeness);
      region.textContent = joinAsSentences(messages);
    });
    this.pending.set(politeness, { frame, messages });
  }

  /** Takes the regions out of the document until `attach` is called again. */
  detach(): void {
    this.pending.forEach(({ frame }) => cancelAnimationFrame(frame));
    this.pending.clear();
    Object.values(this.regions).forEach((region) => region.remove());
  }

  private createRegion(politeness: Politeness): HTMLElement {
    const region = this.doc.createElement('div');
    region.setAttribute('role', politeness === 'polite' ? 'status' : 'alert');
    region.setAttribute('aria-live', politeness);
    region.setAttribute('aria-atomic', 'true');
    region.dataset.outboundLive = politeness;
    hideVisually(region);
    return region;
  }
}
