/** In-page helpers shared by every bench page: frames, deep queries, statistics of one run. */

/** Resolves after the next frame has been produced: a rAF callback, then the task after it. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

export const frames = async (count: number) => {
  for (let i = 0; i < count; i += 1) await nextFrame();
};

/** `host selector` pairs through open shadow roots: deep('disposition-panel', 'textarea'). */
export function deep(host: string, selector: string): HTMLElement {
  const element = document.querySelector(host);
  const found = (element?.shadowRoot ?? element)?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`bench: no ${selector} in ${host}`);
  return found;
}

/**
 * rAF cadence for `ms`: every frame interval. The frame rate of an idle page is the calibration
 * every other frame rate is compared with.
 */
export function frameIntervals(ms: number, onFrame?: (now: number) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const intervals: number[] = [];
    let last = -1;
    const start = performance.now();
    const tick = (now: number) => {
      if (last >= 0) intervals.push(now - last);
      last = now;
      onFrame?.(now);
      if (now - start < ms) requestAnimationFrame(tick);
      else resolve(intervals);
    };
    requestAnimationFrame(tick);
  });
}

/**
 * Keystroke timings. Processing: the time spent dispatching the key's events (keydown, keypress,
 * beforeinput, input, keyup), from the window's capture listener to after its bubble listener and
 * two microtask hops (the handlers' promise chains), summed per keystroke. Latency: keydown → the
 * end of the next frame (the kit renders in rAF, so that frame shows the key's effect).
 */
export function watchKeystrokes() {
  const processing: number[] = [];
  const latency: number[] = [];
  const types = ['keydown', 'keypress', 'beforeinput', 'input', 'keyup'];
  let began = 0;
  const onCapture = (event: Event) => {
    began = performance.now();
    if (event.type === 'keydown') {
      processing.push(0);
      void nextFrame().then((end) => latency.push(end - began));
    }
  };
  const onBubble = () => {
    const start = began;
    const index = processing.length - 1;
    queueMicrotask(() =>
      queueMicrotask(() => {
        if (index >= 0) processing[index] = (processing[index] ?? 0) + performance.now() - start;
      }),
    );
  };
  for (const type of types) {
    window.addEventListener(type, onCapture, { capture: true });
    window.addEventListener(type, onBubble);
  }
  return {
    processing,
    latency,
    stop: () => {
      for (const type of types) {
        window.removeEventListener(type, onCapture, { capture: true });
        window.removeEventListener(type, onBubble);
      }
    },
  };
}

/** Scrolls the page by `step` px per frame for `count` frames; the frame intervals while doing so. */
export async function scrollFrames(count: number, step = 40): Promise<number[]> {
  window.scrollTo(0, 0);
  await nextFrame();
  const intervals: number[] = [];
  let last = -1;
  await new Promise<void>((resolve) => {
    let n = 0;
    const tick = (now: number) => {
      if (last >= 0) intervals.push(now - last);
      last = now;
      window.scrollBy(0, n % 2000 < 1000 ? step : -step);
      n += 1;
      if (n < count) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  window.scrollTo(0, 0);
  return intervals;
}

/**
 * The serialisable shape of an element's shadow DOM, for the baselines: [tag, attributes,
 * children, properties]; text as strings. Lit's marker comments are left out.
 */
export type Captured = string | [string, [string, string][], Captured[], Record<string, string | boolean>?];

export function captureTree(root: ParentNode): Captured[] {
  const out: Captured[] = [];
  for (const node of Array.from(root.childNodes)) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent ?? '';
      if (text) out.push(text);
    } else if (node instanceof Element) {
      const attrs = Array.from(node.attributes, (a): [string, string] => [a.name, a.value]);
      const props: Record<string, string | boolean> = {};
      if (node instanceof HTMLInputElement) {
        if (node.type === 'checkbox' || node.type === 'radio') props.checked = node.checked;
        else props.value = node.value;
      } else if (node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) {
        props.value = node.value;
      }
      const children = node instanceof HTMLTemplateElement ? [] : captureTree(node);
      out.push(Object.keys(props).length ? [node.localName, attrs, children, props] : [node.localName, attrs, children]);
    }
  }
  return out;
}

export function captureStyles(root: ShadowRoot): string {
  return root.adoptedStyleSheets.map((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')).join('\n');
}

/** Elements, shadow roots included: the same DOM has the same count. */
export function countNodes(root: ParentNode): number {
  let n = 0;
  const walk = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) n += 1;
    node.childNodes.forEach(walk);
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  root.childNodes.forEach(walk);
  return n;
}
