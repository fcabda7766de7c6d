/**
 * The baselines' bench page: the same DOM as a kit element, as a plain Lit element (`?variant=lit`)
 * or a hand-written custom element (`?variant=vanilla`), built from the kit's DOM captured earlier in
 * the same run; the plain Lit campaign tables for the update storm; a blank page's churn.
 */
import type { LitElement } from 'lit';
import { captureStyles, countNodes, deep, frameIntervals, nextFrame, scrollFrames, watchKeystrokes, type Captured } from './harness.js';
import { campaigns } from './fixture-data.js';
import { litMirror, vanillaMirror } from './mirrors.js';
import { PlainCampaignTable } from './plain-campaign-table.js';
import { runStorm } from './storm.js';

const variant = new URLSearchParams(location.search).get('variant') === 'vanilla' ? 'vanilla' : 'lit';
let mirror: CustomElementConstructor | undefined;
let captured: { tree: Captured[]; css: string } | undefined;

/** Builds the mirror class of a captured element and puts `count` undefined instances in the page. */
async function setup(capture: string, count = 1): Promise<void> {
  captured = (await (await fetch(`/capture/${capture}.json`)).json()) as { tree: Captured[]; css: string };
  mirror = variant === 'lit' ? litMirror(captured.tree, captured.css, (element: LitElement) => element.requestUpdate()) : vanillaMirror(captured.tree, captured.css);
  for (let i = 0; i < count; i += 1) document.body.append(document.createElement('bench-mirror'));
  await nextFrame();
}

async function firstRender(): Promise<number> {
  if (!mirror) throw new Error('bench: no set-up');
  const start = performance.now();
  customElements.define('bench-mirror', mirror);
  const end = await nextFrame();
  if (!document.querySelector('bench-mirror')?.shadowRoot?.childElementCount) throw new Error('bench: the mirror rendered nothing');
  return end - start;
}

let keys: ReturnType<typeof watchKeystrokes> | undefined;

function focus(host: string, selector: string): void {
  deep(host, selector).focus();
  keys?.stop();
  keys = watchKeystrokes();
}

function keystrokes() {
  keys?.stop();
  const result = { processing: keys?.processing ?? [], latency: keys?.latency ?? [] };
  keys = undefined;
  return result;
}

let tables: PlainCampaignTable[] = [];

/** Fifty plain Lit tables of the kit list's 50 campaigns. */
async function setupTables(count: number): Promise<void> {
  customElements.define('plain-campaign-table', PlainCampaignTable);
  const list = campaigns(50);
  tables = Array.from({ length: count }, () => {
    const table = document.createElement('plain-campaign-table') as PlainCampaignTable;
    table.campaigns = list;
    document.body.append(table);
    return table;
  });
  await nextFrame();
}

/**
 * The same event stream as the kit's storm, applied by hand (no validation, no store): each event
 * updates its campaign in place; once per frame, if anything changed, every table gets the new list.
 */
async function storm(rate: number, ms: number) {
  const list = campaigns(50);
  const index = new Map(list.map((campaign, i) => [campaign.id, i]));
  const statusEvents = list.flatMap((campaign) => [
    { type: 'campaign-status-changed', campaign: { ...campaign, status: 'started' as const }, message: '' },
    { type: 'campaign-status-changed', campaign: { ...campaign, status: 'running' as const }, message: '' },
  ]);
  let current = [...list];
  let dirty = false;
  let frame: number;
  const render = () => {
    if (dirty) {
      dirty = false;
      current = [...current];
      for (const table of tables) table.campaigns = current;
    }
    frame = requestAnimationFrame(render);
  };
  frame = requestAnimationFrame(render);
  const result = await runStorm(rate, ms, (n) => {
    if (n % 2 !== 0) return; // the kit's other half (interaction updates) has no element here
    const event = statusEvents[(n >> 1) % statusEvents.length];
    current[index.get(event.campaign.id)!] = event.campaign;
    dirty = true;
  });
  cancelAnimationFrame(frame);
  return result;
}

/** A blank page's churn: `cycles` mounts and unmounts of the hand-written element. */
async function churn(cycles: number): Promise<void> {
  if (!mirror) throw new Error('bench: no set-up');
  if (!customElements.get('bench-mirror')) customElements.define('bench-mirror', mirror);
  document.querySelectorAll('bench-mirror').forEach((element) => element.remove());
  for (let i = 0; i < cycles; i += 1) {
    const element = document.createElement('bench-mirror');
    document.body.append(element);
    if (i % 50 === 0) await nextFrame();
    element.remove();
  }
  await nextFrame();
}

const bench = {
  shadowNodes: () => countNodes(document.querySelector('bench-mirror')!.shadowRoot!),
  setup,
  firstRender,
  focus,
  keystrokes,
  setupTables,
  storm,
  churn,
  nextFrame,
  idle: (ms: number) => frameIntervals(ms),
  scroll: (count: number) => scrollFrames(count),
  styles: () => captureStyles(document.querySelector('bench-mirror')!.shadowRoot!),
  nodes: () => countNodes(document),
  value: (host: string, selector: string) => (deep(host, selector) as HTMLInputElement).value,
};

Object.assign(window, { bench });
