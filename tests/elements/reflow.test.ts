import { expect, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { mountKit, until, type MountedKit } from '../support/mount-kit.js';
import { callTheMobile, part, shadowRoots, wholeDesk } from '../support/desk.js';

/**
 * Reflow (WCAG 1.4.10, part of A11Y-3's WCAG 2.2 AA): at 320 CSS px (1280 px at 400 % zoom) and at
 * 640 CSS px (200 %) every element works without the page scrolling sideways, and no content of an
 * element is cut off in a box of its own that scrolls sideways (issue 12 #9: the campaign list's
 * Action column was clipped at 640 px).
 */

const desk = wholeDesk;

/** Where a box sits: the element's tag and its id or first class, inside which kit element. */
function where(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const name = element.id ? `#${element.id}` : element.classList.length ? `.${element.classList[0]}` : '';
  return `${host} ${element.localName}${name}`;
}

/** Everything at this width that makes the reader scroll sideways or hides content that way. */
function reflowProblems(kit: MountedKit): string[] {
  const problems: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) problems.push(`the page scrolls sideways: ${page.scrollWidth} px in ${page.clientWidth}`);
  const elements = [kit.provider, ...kit.provider.querySelectorAll('*'), ...shadowRoots(kit.provider).flatMap((root) => [...root.querySelectorAll('*')])];
  for (const element of elements) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || insideVisuallyHidden(element)) continue;
    // A box that scrolls or clips sideways and holds more than it shows.
    if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
      problems.push(`${where(element)} hides ${element.scrollWidth - element.clientWidth} px sideways (overflow-x: ${style.overflowX})`);
    }
    // Content past the right edge of the viewport, named once: the outermost box that sticks out.
    if (beyondEdge(element, page) && !beyondEdge(composedParent(element), page)) {
      problems.push(`${where(element)} ends at ${Math.round(element.getBoundingClientRect().right)} px`);
    }
  }
  return problems;
}

/**
 * Text kept for screen readers only (a 1 px clipped box, such as the list's column headers in its
 * narrow layout): nobody reads it by scrolling, so it is not content cut off.
 */
function insideVisuallyHidden(element: Element): boolean {
  for (let at: Element | null = element; at; at = composedParent(at)) {
    const box = at.getBoundingClientRect();
    if (box.width <= 1 && box.height <= 1 && getComputedStyle(at).overflow === 'hidden') return true;
  }
  return false;
}

function beyondEdge(element: Element | null, page: Element): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.right > page.clientWidth + 1;
}

function composedParent(element: Element): Element | null {
  const parent = element.assignedSlot ?? element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

async function expectReflow(kit: MountedKit, state: string) {
  await kit.advance(0);
  expect(reflowProblems(kit), state).to.deep.equal([]);
}


describe('reflow at 320 and 640 CSS px', () => {
  let kit: MountedKit;
  afterEach(async () => {
    kit?.provider.remove();
    fixtureCleanup();
    await setViewport({ width: 800, height: 600 });
  });

  for (const width of [320, 640]) {
    it(`A11Y-3, issue 12 #9: at ${width} px no element scrolls the page or its own content sideways, from login through the call to wrap-up`, async () => {
      await setViewport({ width, height: 800 });
      kit = await mountKit(desk, { ...demoScenario, latencyMs: 0 });
      await until(kit, () => kit.services.store.state.campaigns.order.length > 0, 'the campaigns arrive');
      await until(kit, () => part(kit.get('campaign-notices'), '[role="dialog"]') !== null, 'a notice shows');
      await expectReflow(kit, 'at login, with a notice');

      // Its grid semantics at this width (rows and cells as the accessibility tree has them) are
      // checked on the demo by scripts/page-smoke.mjs, which can read that tree.
      const list = kit.get('campaign-list');
      expect(part(list, 'table[role="grid"]'), 'the campaign grid').to.not.equal(null);
      await expect(kit.get('campaign-list')).to.be.accessible();

      const preview = kit.get('outbound-preview');
      kit.services.commands.requestRecord('spring-appeal');
      await until(kit, () => part(preview, '#decline') !== null, 'the preview shows Decline');
      part(preview, '#decline')!.click();
      part(preview, '#reschedule-toggle')!.click();
      part(preview, '#other-number-toggle')!.click();
      await kit.advance(0);
      const callback = kit.get('outbound-preview reschedule-callback');
      part(callback, '[part="schedule"]')!.click();
      await kit.advance(0);
      await expectReflow(kit, 'in the preview, every disclosure open');
      part(callback, '#choose-date')!.click();
      await kit.advance(0);
      await expectReflow(kit, 'in the preview, the date picker open');
      part(callback, '#calendar-cancel')!.click();
      part(preview, '#other-number-toggle')!.click();
      await kit.advance(0);

      const controls = await callTheMobile(kit);
      part(controls, '#keypad-toggle')!.click();
      part(controls, '#transfer-toggle')!.click();
      part(kit.get('outbound-interaction reschedule-callback'), '[part="schedule"]')!.click();
      await expectReflow(kit, 'in the call, keypad, transfer and callback open');

      part(controls, '[part="end"]')!.click();
      await until(kit, () => kit.services.store.state.interaction?.phase === 'wrap-up', 'the call ends');
      await expectReflow(kit, 'in wrap-up');
    });
  }
});
