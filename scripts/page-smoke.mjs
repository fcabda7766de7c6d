// Opens the pages a person or a host developer meets, as they would, under the strict
// Content-Security-Policy: the demo agent desktop (what `npm start` serves) and a page that uses the
// self-contained bundle from dist/cdn/ with no build step (EMB-1). Run after `npm run build`.
import { axeProblems, launchChromium, nextFrames, report, watchPage } from './page-checks.mjs';
import { buildDemo } from './demo-build.mjs';
import { serveStatic } from './static-server.mjs';

/** Waits until a campaign-list (the n-th on the page) shows rows; returns their names. */
async function campaignNames(page, index = 0) {
  await page.waitForFunction(
    (i) => document.querySelectorAll('campaign-list')[i]?.shadowRoot?.querySelectorAll('tbody tr').length > 0,
    { timeout: 10_000 },
    index,
  );
  return page.evaluate(
    (i) =>
      /** @type {HTMLTableRowElement[]} */ ([...document.querySelectorAll('campaign-list')[i].shadowRoot.querySelectorAll('tbody tr')]).map((row) =>
        row.cells[1].textContent.trim(),
      ),
    index,
  );
}

/** Reports CSP violations, which Chromium also logs but which deserve their own line. */
async function recordCspViolations(page, problems) {
  await page.exposeFunction('reportCspViolation', (text) => problems.push(`CSP violation: ${text}`));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      /** @type {Window & { reportCspViolation?: (text: string) => void }} */ (window).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
      ),
    );
  });
}

async function check(browser, origin, name, path, steps) {
  const page = await browser.newPage();
  const problems = watchPage(page, origin);
  try {
    await recordCspViolations(page, problems);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await steps(page, problems);
    await nextFrames(page);
    problems.push(...(await axeProblems(page)));
  } catch (error) {
    problems.push(`failed: ${error.message}`);
  } finally {
    await page.close();
  }
  return { name, problems };
}

async function demoDesktop(page, problems) {
  const names = await campaignNames(page);
  problems.push(...(await outlineProblems(page, 'at login')));
  if (!names.includes('Spring appeal 2026')) problems.push(`demo campaigns missing: ${names.join(', ')}`);
  // The demo drives the simulated server's desk phone through CTI (PH-3).
  await waitForPart(page, 'agent-status', 'phone', /^Phone: ready$/);
  // The agent asks the first campaign for a record; the host page's event log shows it.
  await page.evaluate(() => /** @type {HTMLButtonElement} */ (document.querySelector('campaign-list').shadowRoot.querySelector('tbody button')).click());
  await page.waitForFunction(() => document.querySelector('#event-log')?.textContent.includes('outbound-record-request'));
  await page.select('#language', 'de');
  await page.waitForFunction(
    () => document.querySelector('campaign-list').shadowRoot.querySelector('[part="title"]')?.textContent === 'Meine Kampagnen',
  );
}

/** The text of a part inside a kit element's shadow root (`host` is a light-DOM selector). */
function partText(page, host, part) {
  return page.evaluate(
    (h, p) => document.querySelector(h)?.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent?.trim().replace(/\s+/g, ' ') ?? null,
    host,
    part,
  );
}

/** Waits until that part's text matches `pattern`. */
async function waitForPart(page, host, part, pattern, timeout = 10_000) {
  await page
    .waitForFunction(
      (h, p, source) =>
        new RegExp(source).test(document.querySelector(h)?.shadowRoot?.querySelector(`[part~="${p}"]`)?.textContent ?? ''),
      { timeout },
      host,
      part,
      pattern.source,
    )
    .catch(async () => {
      throw new Error(`${host} [part=${part}] never matched ${pattern} (it shows ${JSON.stringify(await partText(page, host, part))})`);
    });
}

/** Focuses a control inside a kit element's shadow root, as Tab would. */
async function focusPart(page, host, selector) {
  const found = await page.evaluate((h, s) => {
    const target = document.querySelector(h)?.shadowRoot?.querySelector(s);
    target?.focus();
    return Boolean(target);
  }, host, selector);
  if (!found) throw new Error(`${host} has no ${selector}`);
}

/** Types over whatever the focused field holds. */
async function replaceText(page, text) {
  await page.keyboard.down('Control');
  await page.keyboard.press('KeyA');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** Presses a control of a kit element with the keyboard: focus, then Enter (Space for check boxes and radios). */
async function press(page, host, selector, key = 'Enter') {
  await focusPart(page, host, selector);
  await page.keyboard.press(key);
  await nextFrames(page);
}

/** The button of a kit element whose text is `label`, as a selector-free press. */
async function pressButton(page, host, label) {
  const found = await page.evaluate((h, l) => {
    const button = [...(document.querySelector(h)?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (candidate) => candidate.textContent.trim() === l,
    );
    button?.focus();
    return Boolean(button);
  }, host, label);
  if (!found) throw new Error(`${host} has no button "${label}"`);
  await page.keyboard.press('Enter');
  await nextFrames(page);
}

/**
 * A person works a whole preview call with the keyboard, in real time, with the kit's elements: Get
 * Record on Spring appeal 2026, Call (the home number is on the DNC list: the notice, the mobile is
 * selected), Call again, the contact answers; Hold and Retrieve; a callback for tomorrow at noon; a
 * call result, a disposition and a note; End call; Done; the outcome is delivered.
 */
async function demoWholeCall(page, problems) {
  const session = await page.createCDPSession();
  // The agent's clock: the callback's noon is then inside the London donor's calling hours.
  await session.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/London' });
  await campaignNames(page);
  await page.evaluate(() => {
    const rows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelector('campaign-list').shadowRoot.querySelectorAll('tbody tr')]);
    rows.find((row) => row.cells[1].textContent.trim() === 'Spring appeal 2026').querySelector('button').focus();
  });
  await page.keyboard.press('Enter');
  await waitForPart(page, 'outbound-preview', 'title', /^Eleanor Whitcombe$/);
  problems.push(...(await outlineProblems(page, 'preview')));
  await pressButton(page, 'outbound-preview', 'Call');
  await waitForPart(page, 'outbound-preview', 'message', /Do-Not-Call|DNC|do not call/i);
  await pressButton(page, 'outbound-preview', 'Call');
  await waitForPart(page, 'outbound-interaction', 'status', /^Connected to Eleanor Whitcombe$/, 15_000);
  problems.push(...(await axeProblems(page)).map((line) => `in call: ${line}`));
  problems.push(...(await outlineProblems(page, 'in call')));

  await press(page, 'call-controls', '[part="hold"]');
  await waitForPart(page, 'outbound-interaction', 'status', /on hold$/);
  await press(page, 'call-controls', '[part="hold"]');
  await waitForPart(page, 'outbound-interaction', 'status', /^Connected to/);

  const callback = 'outbound-interaction reschedule-callback';
  await press(page, callback, '[part="schedule"]', 'Space');
  const tomorrow = await page.evaluate(() =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      Date.now() + 86_400_000,
    ),
  );
  await focusPart(page, callback, '[part="date"]');
  await replaceText(page, tomorrow);
  await focusPart(page, callback, '[part="time"]');
  await replaceText(page, '12:00');
  await press(page, callback, '[part="submit"]');
  await waitForPart(page, callback, 'scheduled', /Callback scheduled/);

  await focusPart(page, 'disposition-panel', '[part="call-result"]');
  await page.select('disposition-panel >>> [part="call-result"]', 'Answered');
  await page.evaluate(() => {
    const radios = /** @type {HTMLInputElement[]} */ ([...document.querySelector('disposition-panel').shadowRoot.querySelectorAll('[part="dispositions"] input[type="radio"]')]);
    radios.find((radio) => radio.closest('label')?.textContent.trim() === 'Pledged a gift')?.focus();
  });
  await page.keyboard.press('Space');
  await focusPart(page, 'disposition-panel', '[part="note"]');
  await page.keyboard.type('Pledged £15 a month from January; call back about Gift Aid.');
  await press(page, 'call-controls', '[part="end"]');
  await waitForPart(page, 'outbound-interaction', 'status', /^Call ended\. Wrap up the record\.$/);
  problems.push(...(await axeProblems(page)).map((line) => `wrap-up: ${line}`));
  problems.push(...(await outlineProblems(page, 'wrap-up')));

  await press(page, 'disposition-panel', '[part="done"]');
  await waitForPart(page, 'disposition-panel', 'delivery', /delivered/);
  const log = await page.evaluate(() => document.querySelector('#event-log').textContent);
  for (const event of ['outbound-record-call', 'outbound-call-control', 'outbound-callback-change', 'outbound-record-done']) {
    if (!log.includes(event)) problems.push(`the event log has no ${event}`);
  }
  if (log.includes('outbound-error')) problems.push(`an outbound-error was fired: ${log}`);
  if (!log.includes('"personal"')) problems.push('the callback event does not carry the callback');
}

/**
 * The page's shown headings, in the order a screen reader meets them (the flattened tree: shadow
 * roots and slots resolved), form an outline (issue 12 #12: the kit fits under the host's "Record and
 * call" h2): it starts at h1, no heading is more than one level below the one before it, and a
 * heading inside a part titled by a heading (`aria-labelledby` on a section, a kit element's base) is
 * below that title. Read from the shadow roots rather than the accessibility tree, which holds only an
 * open modal dialog.
 */
async function outlineProblems(page, state) {
  const { headings, nesting } = await page.evaluate(() => {
    const found = [];
    const nesting = [];
    const levelOf = (node) => {
      if (!(node instanceof Element)) return null;
      const tag = /^h([1-6])$/.exec(node.localName);
      if (tag) return Number(tag[1]);
      return node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level') ?? 2) : null;
    };
    const nameOf = (node) => node.textContent.trim().replace(/\s+/g, ' ');
    const visit = (node, title) => {
      if (!(node instanceof Element)) return;
      const level = levelOf(node);
      if (level !== null && node.checkVisibility()) {
        found.push({ level, name: nameOf(node) });
        if (title && node !== title.element && level <= title.level) {
          nesting.push(`h${level} "${nameOf(node)}" is inside the part titled h${title.level} "${title.name}", not below it`);
        }
      }
      const labelledBy = node.getAttribute('aria-labelledby')?.split(/\s+/)[0];
      const label = labelledBy ? /** @type {Node & Partial<NonElementParentNode>} */ (node.getRootNode()).getElementById?.(labelledBy) : null;
      const labelLevel = levelOf(label);
      const inner = labelLevel !== null ? { element: label, level: labelLevel, name: nameOf(label) } : title;
      const assigned = node.localName === 'slot' ? /** @type {HTMLSlotElement} */ (node).assignedNodes({ flatten: true }) : [];
      const children = assigned.length ? assigned : [...(node.shadowRoot ?? node).childNodes];
      children.forEach((child) => visit(child, inner));
    };
    visit(document.body, null);
    return { headings: found, nesting };
  });
  const problems = [...nesting];
  let previous = 0;
  for (const { level, name } of headings) {
    if (level > previous + 1) problems.push(`h${level} "${name}" follows ${previous ? `an h${previous}` : 'no heading'}: a level is skipped`);
    previous = level;
  }
  if (headings.length === 0) problems.push('the page shows no headings');
  const outline = headings.map(({ level, name }) => `h${level} ${name}`).join(' / ');
  return problems.map((line) => `${state}: ${line} (outline: ${outline})`);
}

/** Every element of the page, those inside shadow roots included. */
const ALL_ELEMENTS = `(() => {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return all;
})()`;

/**
 * Reflow (WCAG 1.4.10): the page does not scroll sideways, and no box hides content sideways
 * (text kept for screen readers only, in a 1 px clipped box, aside).
 */
async function reflowProblems(page, state) {
  const problems = await page.evaluate((source) => {
    const found = [];
    const scroller = document.scrollingElement;
    if (scroller.scrollWidth > scroller.clientWidth) found.push(`the page scrolls sideways: ${scroller.scrollWidth} px in ${scroller.clientWidth}`);
    const parentOf = (element) => {
      const parent = element.assignedSlot ?? element.parentNode;
      return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
    };
    const srOnly = (element) => {
      for (let at = element; at; at = parentOf(at)) {
        const box = at.getBoundingClientRect();
        if (box.width <= 1 && box.height <= 1 && getComputedStyle(at).overflow === 'hidden') return true;
      }
      return false;
    };
    const name = (element) =>
      `${element.getRootNode().host?.localName ?? 'page'} ${element.localName}${element.id ? `#${element.id}` : element.classList[0] ? `.${element.classList[0]}` : ''}`;
    for (const element of eval(source)) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || srOnly(element)) continue;
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)} hides ${element.scrollWidth - element.clientWidth} px sideways (overflow-x: ${style.overflowX})`);
      }
    }
    return found;
  }, ALL_ELEMENTS);
  return problems.map((line) => `${state}: ${line}`);
}

/** The campaign list is still a grid of rows and cells to assistive technology, whatever its layout. */
async function gridProblems(page, state) {
  const list = await page.$('campaign-list');
  const tree = await page.accessibility.snapshot({ root: list, interestingOnly: false });
  const nodes = [];
  const walk = (node) => {
    nodes.push(node);
    for (const child of node?.children ?? []) walk(child);
  };
  walk(tree);
  const grid = nodes.find((node) => node.role === 'grid');
  const rows = nodes.filter((node) => node.role === 'row');
  const cells = nodes.filter((node) => node.role === 'gridcell');
  const headers = nodes.filter((node) => node.role === 'columnheader');
  const problems = [];
  if (!grid) problems.push('the campaign list is no grid');
  if (rows.length !== 7 || cells.length !== 36 || headers.length !== 6) {
    problems.push(`the campaign grid has ${rows.length} rows, ${headers.length} column headers, ${cells.length} cells (want 7, 6, 36)`);
  }
  return problems.map((line) => `${state}: ${line}`);
}

/** The box of something inside a kit element's shadow root, relative to the viewport; null if absent or not rendered. */
function boxOf(page, host, selector) {
  return page.evaluate(
    (h, s) => {
      const element = document.querySelector(h)?.shadowRoot?.querySelector(s);
      if (!element || !element.checkVisibility()) return null;
      const { top, left, bottom, right } = element.getBoundingClientRect();
      return { top, left, bottom, right, viewport: { width: innerWidth, height: innerHeight }, scrollY };
    },
    host,
    selector,
  );
}

/** Whether that box is wholly in the viewport, which has not been scrolled. */
async function inView(page, host, selector, what) {
  const box = await boxOf(page, host, selector);
  if (!box) return [`${what} is not shown`];
  const { top, left, bottom, right, viewport, scrollY } = box;
  if (scrollY !== 0) return [`the page was scrolled (${scrollY} px) for ${what}`];
  return top >= 0 && left >= 0 && bottom <= viewport.height && right <= viewport.width
    ? []
    : [`${what} is outside the ${viewport.width}×${viewport.height} viewport: ${Math.round(left)},${Math.round(top)} to ${Math.round(right)},${Math.round(bottom)}`];
}

/**
 * Reflow at 320 and 640 CSS px (1280 px at 400 % and 200 % zoom), from login through a preview
 * with every disclosure open and the date picker, to a connected call and wrap-up (issue 12 #9).
 */
async function demoReflow(page, problems) {
  for (const width of [320, 640]) {
    await page.setViewport({ width, height: 800 });
    await page.goto(page.url(), { waitUntil: 'load' });
    await campaignNames(page);
    await page.waitForFunction(() => document.querySelector('campaign-notices')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 10_000 });
    problems.push(...(await reflowProblems(page, `${width} px, at login`)), ...(await gridProblems(page, `${width} px`)));
    await page.evaluate(() => {
      const rows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelector('campaign-list').shadowRoot.querySelectorAll('tbody tr')]);
      rows.find((row) => row.cells[1].textContent.trim() === 'Spring appeal 2026').querySelector('button').click();
    });
    await waitForPart(page, 'outbound-preview', 'title', /^Eleanor Whitcombe$/);
    await pressButton(page, 'outbound-preview', 'Decline');
    await press(page, 'outbound-preview', '#reschedule-toggle');
    await press(page, 'outbound-preview', '#other-number-toggle');
    await press(page, 'outbound-preview reschedule-callback', '[part="schedule"]', 'Space');
    problems.push(...(await reflowProblems(page, `${width} px, preview with every disclosure open`)));
    await press(page, 'outbound-preview reschedule-callback', '#choose-date');
    problems.push(...(await reflowProblems(page, `${width} px, date picker`)));
    await page.keyboard.press('Escape');
    await press(page, 'outbound-preview', '#other-number-toggle');
    await pressButton(page, 'outbound-preview', 'Call');
    await waitForPart(page, 'outbound-preview', 'message', /Do-Not-Call|DNC|do not call/i);
    await pressButton(page, 'outbound-preview', 'Call');
    await waitForPart(page, 'outbound-interaction', 'status', /^Connected to Eleanor Whitcombe$/, 15_000);
    await press(page, 'call-controls', '[part="keypad-toggle"]');
    await press(page, 'call-controls', '[part="transfer-toggle"]');
    problems.push(...(await reflowProblems(page, `${width} px, in the call`)));
    await press(page, 'call-controls', '[part="end"]');
    await waitForPart(page, 'outbound-interaction', 'status', /^Call ended/);
    problems.push(...(await reflowProblems(page, `${width} px, wrap-up`)));
  }
}

/**
 * The desk fits the screen (issue 12 #13): at 1280×800 and 1366×768, with the login's notices
 * open, an arriving offer's Accept is in view without scrolling, and once the call connects its
 * primary actions are; the preview then no longer repeats the call, and focus follows the record
 * into the call view. A preview's Call and the date picker beside its field, too.
 */
async function demoDeskFits(page, problems) {
  for (const [width, height] of [
    [1280, 800],
    [1366, 768],
  ]) {
    const size = `${width}×${height}`;
    await page.setViewport({ width, height });
    await page.goto(page.url(), { waitUntil: 'load' });
    await campaignNames(page);
    await page.waitForFunction(() => document.querySelector('campaign-notices')?.shadowRoot?.querySelector('[role="dialog"]'), { timeout: 10_000 });
    await waitForPart(page, 'agent-status', 'phone', /^Phone: ready$/);
    await press(page, 'agent-status', 'button[data-channel="voice"][data-status="ready"]');
    await page.waitForFunction(() => document.querySelector('outbound-preview')?.shadowRoot?.querySelector('[part~="accept"]'), { timeout: 15_000 });
    await nextFrames(page);
    problems.push(...(await inView(page, 'outbound-preview', '[part~="accept"]', `${size}: Accept of the arriving offer`)));
    if (!(await page.evaluate(() => document.querySelector('campaign-notices').shadowRoot.querySelector('[role="dialog"]')?.checkVisibility()))) {
      problems.push(`${size}: the login's notices were not open with the offer`);
    }
    await press(page, 'outbound-preview', '[part~="accept"]');
    await waitForPart(page, 'outbound-interaction', 'status', /^Connected to/, 15_000);
    await nextFrames(page);
    for (const [selector, what] of [
      ['[part="end"]', 'End call'],
      ['[part="hold"]', 'Hold'],
    ]) {
      problems.push(...(await inView(page, 'call-controls', selector, `${size}: ${what} in the connected call`)));
    }
    problems.push(...(await inView(page, 'disposition-panel', '[part="call-result"]', `${size}: the call result, beside the call`)));
    if (await page.evaluate(() => document.querySelector('outbound-preview').checkVisibility())) {
      problems.push(`${size}: the preview still shows beside the call view`);
    }
    const focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const host = /** @type {Node & { host?: Element }} */ (active?.getRootNode())?.host;
      return `${host?.localName ?? 'page'} ${active?.localName}`;
    });
    if (focused !== 'outbound-interaction h3') problems.push(`${size}: after Accept, focus is on ${focused}, not the call view's title`);
  }
  // A preview: its Call in view; the date picker sits by its field, as wide as a month.
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(page.url(), { waitUntil: 'load' });
  await campaignNames(page);
  await page.evaluate(() => {
    const rows = /** @type {HTMLTableRowElement[]} */ ([...document.querySelector('campaign-list').shadowRoot.querySelectorAll('tbody tr')]);
    rows.find((row) => row.cells[1].textContent.trim() === 'Spring appeal 2026').querySelector('button').click();
  });
  await waitForPart(page, 'outbound-preview', 'title', /^Eleanor Whitcombe$/);
  problems.push(...(await inView(page, 'outbound-preview', '#call', '1280×800: the preview\'s Call')));
  await press(page, 'outbound-preview', '#reschedule-toggle');
  await press(page, 'outbound-preview reschedule-callback', '[part="schedule"]', 'Space');
  await press(page, 'outbound-preview reschedule-callback', '#choose-date');
  problems.push(...(await outlineProblems(page, 'preview, date picker open')));
  const opener = await boxOf(page, 'outbound-preview reschedule-callback', '#choose-date');
  const calendar = await boxOf(page, 'outbound-preview reschedule-callback', 'dialog.calendar');
  if (!calendar) problems.push('the date picker did not open');
  else {
    const wide = calendar.right - calendar.left;
    if (wide > 400) problems.push(`the date picker is ${Math.round(wide)} px wide`);
    const gap = Math.min(Math.abs(calendar.top - opener.bottom), Math.abs(opener.top - calendar.bottom));
    if (gap > 16 || calendar.left > opener.right || calendar.right < opener.left) {
      problems.push(`the date picker is not by its field: it is at ${Math.round(calendar.left)},${Math.round(calendar.top)}, Choose date at ${Math.round(opener.left)},${Math.round(opener.bottom)}`);
    }
  }
  await page.keyboard.press('Escape');
}

/** Windows High Contrast and the like: the selected row must use the system's highlight colours. */
async function forcedColors(page, problems) {
  // Puppeteer's helper refuses this feature; the DevTools protocol takes it.
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await campaignNames(page);
  await page.evaluate(() => /** @type {HTMLTableCellElement} */ (document.querySelector('campaign-list').shadowRoot.querySelector('tbody td')).focus());
  await nextFrames(page);
  const colours = await page.evaluate(() => {
    const row = document.querySelector('campaign-list').shadowRoot.querySelector('tbody tr[aria-selected="true"]');
    const probe = document.createElement('span');
    probe.style.backgroundColor = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return { row: row && getComputedStyle(row).backgroundColor, highlight };
  });
  if (colours.row !== colours.highlight) {
    problems.push(`selected row is ${colours.row} in forced colours, not Highlight (${colours.highlight})`);
  }
}

async function noBuildPage(page, problems) {
  const [first, second] = [await campaignNames(page, 0), await campaignNames(page, 1)];
  if (first.length === 0 || first.join() !== second.join()) problems.push('the two kits show different lists');
  // The elements outside the core arrive as their own chunks once the page uses them.
  await page.waitForFunction(() => customElements.get('agent-status') && customElements.get('campaign-notices'), {
    timeout: 10_000,
  });
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')),
  );
  // The page names one file; everything else must be the bundle's own chunks, fetched on demand
  // (simulator, outbox, engine rules), never sources or packages.
  const unexpected = scripts.filter((path) => !/^\/dist\/cdn\/[\w-]+\.js$/.test(path));
  if (unexpected.length) problems.push(`loaded more than the bundle and its session chunks: ${unexpected.join(', ')}`);
  // Each provider answers its own list's Get Record.
  await page.evaluate(() => /** @type {HTMLButtonElement} */ (document.querySelectorAll('campaign-list')[1].shadowRoot.querySelector('tbody button')).click());
  await nextFrames(page);
  const busy = await page.evaluate(() =>
    [...document.querySelectorAll('campaign-list')].map((list) => list.shadowRoot.querySelectorAll('[aria-disabled="true"]').length),
  );
  if (busy[0] !== 0 || busy[1] !== 1) problems.push(`a request in the second kit showed in the first: ${busy}`);
}

await buildDemo();
const { server, url } = await serveStatic({ root: '.', port: 0 });
const origin = url.replace(/\/$/, '');
let browser;
const results = [];
try {
  browser = await launchChromium();
  results.push(await check(browser, origin, 'demo agent desktop under CSP', '/demo/', demoDesktop));
  results.push(await check(browser, origin, 'demo desktop: a whole preview call to Done by keyboard, callback included', '/demo/', demoWholeCall));
  results.push(await check(browser, origin, 'demo in forced-colors mode (EMB-2)', '/demo/', forcedColors));
  results.push(await check(browser, origin, 'demo reflows at 320 and 640 CSS px, the campaign grid kept (A11Y-3, WCAG 1.4.10)', '/demo/', demoReflow));
  results.push(await check(browser, origin, 'demo desk fits 1280×800 and 1366×768: offer, call and wrap-up in view', '/demo/', demoDeskFits));
  results.push(await check(browser, origin, 'CDN bundle, no build step, two kits (EMB-1)', '/tests/pages/no-build.html', noBuildPage));
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
report('pages', results);
