import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { deepActiveElement } from '../support/dom.js';
import { mountKit, until, type MountedKit } from '../support/mount-kit.js';
import { callTheMobile, part, shadowRoots, wholeDesk } from '../support/desk.js';

/**
 * Every collapsed disclosure in every kit element (a control with `aria-expanded="false"` and
 * `aria-controls`, or any content marked `hidden`) must be neither rendered nor reachable with Tab:
 * an element's own `display` rule must never beat `[hidden]` (issue 12 #3: Decline's irreversible
 * choices were shown and focusable while Decline said it was collapsed).
 */

/** The whole demo desk after a button to Tab from: every kit element with a disclosure, in one provider. */
const desk = html`<button type="button" id="start">Start of the page</button>${wholeDesk}`;

interface Collapsed {
  readonly what: string;
  readonly content: Element;
}

/** Collapsed content: what a collapsed control controls, and every element marked `hidden`. */
function collapsedContent(kit: MountedKit): Collapsed[] {
  return shadowRoots(kit.provider).flatMap((root) => {
    const host = root.host.localName;
    const controlled = [...root.querySelectorAll('[aria-expanded="false"][aria-controls]')].flatMap((control) =>
      control
        .getAttribute('aria-controls')!
        .split(' ')
        .map((id) => root.getElementById(id))
        .filter((content): content is HTMLElement => content !== null)
        .map((content) => ({ what: `${host} #${content.id} (controlled by collapsed #${control.id})`, content })),
    );
    const hidden = [...root.querySelectorAll('[hidden]')]
      .filter((content) => !controlled.some((known) => known.content === content))
      .map((content) => ({
      what: `${host} ${content.localName}${content.id ? `#${content.id}` : `.${[...content.classList].join('.')}`} [hidden]`,
      content,
    }));
    return [...controlled, ...hidden];
  });
}

/** Whether `node` is `region` or inside it, across shadow roots and slots. */
function within(node: Node | null, region: Element): boolean {
  for (let at: Node | null = node; at; ) {
    if (at === region) return true;
    at = (at as Element).assignedSlot ?? at.parentNode ?? (at instanceof ShadowRoot ? at.host : null);
    if (at instanceof ShadowRoot) at = at.host;
  }
  return false;
}

/** The collapsed content that is rendered: it has a box, or the browser counts it visible. */
function rendered(collapsed: Collapsed[]): string[] {
  return collapsed
    .filter(({ content }) => {
      const box = content.getBoundingClientRect();
      return box.width > 0 || box.height > 0 || content.checkVisibility();
    })
    .map(({ what }) => `${what} is rendered`);
}

/** Tabs from the page's first button through the whole page, once round; returns every stop. */
async function tabStops(): Promise<Element[]> {
  const start = document.getElementById('start')!;
  start.focus();
  const stops: Element[] = [];
  for (let presses = 0; presses < 150; presses += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!active || active === start || active === document.body) break;
    stops.push(active);
  }
  return stops;
}

/** Collapsed content that Tab reaches. */
async function focusable(collapsed: Collapsed[]): Promise<string[]> {
  const stops = await tabStops();
  return collapsed.flatMap(({ what, content }) =>
    stops.filter((stop) => within(stop, content)).map((stop) => `${what} takes focus (${stop.localName}#${stop.id})`),
  );
}

async function expectNothingCollapsedShown(kit: MountedKit, state: string, atLeast: number) {
  const collapsedControls = shadowRoots(kit.provider).flatMap((root) => [...root.querySelectorAll('[aria-expanded="false"]')]);
  expect(collapsedControls.length, `collapsed disclosures ${state}`).to.be.at.least(atLeast);
  const collapsed = collapsedContent(kit);
  expect([...rendered(collapsed), ...(await focusable(collapsed))], state).to.deep.equal([]);
}

describe('collapsed disclosures in every element', () => {
  let kit: MountedKit;
  afterEach(() => {
    kit?.provider.remove();
    fixtureCleanup();
  });

  it('issue 12 #3, PRV-5, CALL-2, CB-1: what a collapsed disclosure holds is neither shown nor in the Tab order, in the preview and in the call', async () => {
    kit = await mountKit(desk, { ...demoScenario, latencyMs: 0 });
    const preview = kit.get('outbound-preview');
    await until(kit, () => kit.services.store.state.campaigns.order.length > 0, 'the campaigns arrive');
    await expectNothingCollapsedShown(kit, 'at login', 0);

    // The Spring appeal's preview: Decline, Reschedule and Other phone number are all collapsed.
    kit.services.commands.requestRecord('spring-appeal');
    await until(kit, () => part(preview, '#decline') !== null, 'the preview shows Decline');
    await expectNothingCollapsedShown(kit, 'in the preview', 3);

    // Opened, the choices are shown and reachable (the check can see them); collapsed again, gone.
    part(preview, '#decline')!.click();
    await kit.advance(0);
    expect(part(preview, '#decline')!.getAttribute('aria-expanded')).to.equal('true');
    const stops = await tabStops();
    expect(stops).to.include(part(preview, '#decline-later'));
    expect(stops).to.include(part(preview, '#decline-never'));
    part(preview, '#decline')!.click();
    await kit.advance(0);
    await expectNothingCollapsedShown(kit, 'after Decline closes again', 3);
    await expect(preview).to.be.accessible();

    // The call: the keypad and the transfer form are collapsed.
    await callTheMobile(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    await expectNothingCollapsedShown(kit, 'in the call', 2);
    await expect(kit.get('outbound-interaction')).to.be.accessible();
  });
});
