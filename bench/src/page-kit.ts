/**
 * The kit's bench page: the element classes as built code, registered only when a measurement
 * says so (define → next frame is the first-render figure), inside an `<outbound-provider>` on a
 * scripted back end that replays recorded server events.
 */
import { OutboundProvider, kitElementClasses } from './kit-classes.js';
import { ManualClock } from '../../src/services/ports/clock.js';
import { FeedBackend } from './feed-backend.js';
import { captureStyles, captureTree, countNodes, deep, frameIntervals, nextFrame, scrollFrames, watchKeystrokes } from './harness.js';
import { T0, campaigns } from './fixture-data.js';
import { runStorm } from './storm.js';


customElements.define('outbound-provider', OutboundProvider);

let fixtures: Record<string, unknown[]> | undefined;
let backend: FeedBackend | undefined;
let provider: OutboundProvider | undefined;

async function setup(fixture: string, markup: string): Promise<void> {
  fixtures ??= (await (await fetch('/fixtures.json')).json()) as Record<string, unknown[]>;
  const recorded = fixture.split('+').flatMap((name) => {
    const events = fixtures?.[name];
    if (!events) throw new Error(`bench: no fixture ${name}`);
    return events;
  });
  backend = new FeedBackend(recorded);
  provider = document.createElement('outbound-provider');
  provider.clock = new ManualClock(T0);
  provider.agentTimeZone = 'Europe/Berlin';
  provider.backend = backend;
  document.body.append(provider);
  await provider.updateComplete;
  await nextFrame();
  if (provider.services.store.state.session.phase !== 'ready') throw new Error('bench: the store did not fill');
  // Parsed as a template, so the tags stay undefined until `define`.
  const template = document.createElement('template');
  template.innerHTML = markup;
  provider.append(template.content);
}

function define(tags: readonly string[]): void {
  for (const tag of tags) {
    const element = kitElementClasses[tag];
    if (!element) throw new Error(`bench: unknown tag ${tag}`);
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

/** define → next frame, in ms; checks that each element rendered something. */
async function firstRender(tags: readonly string[]): Promise<number> {
  const start = performance.now();
  define(tags);
  const end = await nextFrame();
  for (const tag of tags) {
    const element = document.querySelector<Element & { hasUpdated?: boolean }>(tag);
    if (!element?.shadowRoot || !element.hasUpdated) throw new Error(`bench: <${tag}> did not render`);
  }
  return end - start;
}

function capture(tag: string) {
  const element = document.querySelector(tag);
  if (!element?.shadowRoot) throw new Error(`bench: <${tag}> has no shadow root`);
  return { tree: captureTree(element.shadowRoot), css: captureStyles(element.shadowRoot), nodes: countNodes(element.shadowRoot) };
}

let keys: ReturnType<typeof watchKeystrokes> | undefined;

/** Focuses a control inside an element and starts recording keystroke timings. */
function focus(host: string, selector: string): void {
  const control = deep(host, selector);
  control.focus();
  if (control.getRootNode() instanceof ShadowRoot && (control.getRootNode() as ShadowRoot).activeElement !== control) {
    throw new Error(`bench: ${host} ${selector} did not take focus`);
  }
  keys?.stop();
  keys = watchKeystrokes();
}

function keystrokes() {
  keys?.stop();
  const result = { processing: keys?.processing ?? [], latency: keys?.latency ?? [] };
  keys = undefined;
  return result;
}

function value(host: string, selector: string): string {
  return (deep(host, selector) as HTMLInputElement).value;
}

/** What the store holds: the typed note reached the draft. */
function draftNote(): string {
  const state = provider?.services.store.state;
  const id = state?.interaction?.id;
  return (id && state?.drafts[id]?.note) || '';
}

/**
 * A predictive campaign under load: `rate` events a second for `ms`, half campaign status changes
 * (between started and running, which raise no notice), half interaction updates, fed through the
 * back end port as a server's would be. Returns the frame intervals and, per frame, how long the
 * oldest update not yet painted had waited.
 */
async function storm(rate: number, ms: number) {
  if (!backend) throw new Error('bench: no back end');
  const feed = backend;
  const list = campaigns(50);
  const fixtureEvents = fixtures?.inCall30 ?? [];
  const interactionUpdate = [...fixtureEvents].reverse().find((e) => (e as { type: string }).type === 'interaction-updated');
  const statusEvents = list.flatMap((campaign) => [
    { type: 'campaign-status-changed', campaign: { ...campaign, status: 'started' }, message: '' },
    { type: 'campaign-status-changed', campaign: { ...campaign, status: 'running' }, message: '' },
  ]);
  return runStorm(rate, ms, (n) => feed.emit(n % 2 === 0 || !interactionUpdate ? statusEvents[(n >> 1) % statusEvents.length] : interactionUpdate));
}

const bench = {
  shadowNodes: (tag: string) => countNodes(document.querySelector(tag)!.shadowRoot!),
  setup,
  define,
  firstRender,
  capture,
  focus,
  keystrokes,
  value,
  draftNote,
  storm,
  nextFrame,
  idle: (ms: number) => frameIntervals(ms),
  scroll: (count: number) => scrollFrames(count),
  openSelections: () => provider?.services.store.openSelectionCount ?? -1,
  nodes: () => countNodes(document),
};

Object.assign(window, { bench });
