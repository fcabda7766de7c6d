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
      [...document.querySelectorAll('campaign-list')[i].shadowRoot.querySelectorAll('tbody tr')].map((row) =>
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
      window.reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
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
  if (!names.includes('Spring appeal 2026')) problems.push(`demo campaigns missing: ${names.join(', ')}`);
  // The demo drives the simulated server's desk phone through CTI (PH-3).
  await waitForPart(page, 'agent-status', 'phone', /^Phone: ready$/);
  // The agent asks the first campaign for a record; the host page's event log shows it.
  await page.evaluate(() => document.querySelector('campaign-list').shadowRoot.querySelector('tbody button').click());
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
    const rows = [...document.querySelector('campaign-list').shadowRoot.querySelectorAll('tbody tr')];
    rows.find((row) => row.cells[1].textContent.trim() === 'Spring appeal 2026').querySelector('button').focus();
  });
  await page.keyboard.press('Enter');
  await waitForPart(page, 'outbound-preview', 'title', /^Eleanor Whitcombe$/);
  await pressButton(page, 'outbound-preview', 'Call');
  await waitForPart(page, 'outbound-preview', 'message', /Do-Not-Call|DNC|do not call/i);
  await pressButton(page, 'outbound-preview', 'Call');
  await waitForPart(page, 'outbound-interaction', 'status', /^Connected to Eleanor Whitcombe$/, 15_000);
  problems.push(...(await axeProblems(page)).map((line) => `in call: ${line}`));

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
    const radios = [...document.querySelector('disposition-panel').shadowRoot.querySelectorAll('[part="dispositions"] input[type="radio"]')];
    radios.find((radio) => radio.closest('label')?.textContent.trim() === 'Pledged a gift')?.focus();
  });
  await page.keyboard.press('Space');
  await focusPart(page, 'disposition-panel', '[part="note"]');
  await page.keyboard.type('Pledged £15 a month from January; call back about Gift Aid.');
  await press(page, 'call-controls', '[part="end"]');
  await waitForPart(page, 'outbound-interaction', 'status', /^Call ended\. Wrap up the record\.$/);
  problems.push(...(await axeProblems(page)).map((line) => `wrap-up: ${line}`));

  await press(page, 'disposition-panel', '[part="done"]');
  await waitForPart(page, 'disposition-panel', 'delivery', /delivered/);
  const log = await page.evaluate(() => document.querySelector('#event-log').textContent);
  for (const event of ['outbound-record-call', 'outbound-call-control', 'outbound-callback-change', 'outbound-record-done']) {
    if (!log.includes(event)) problems.push(`the event log has no ${event}`);
  }
  if (log.includes('outbound-error')) problems.push(`an outbound-error was fired: ${log}`);
  if (!log.includes('"personal"')) problems.push('the callback event does not carry the callback');
}

/** Windows High Contrast and the like: the selected row must use the system's highlight colours. */
async function forcedColors(page, problems) {
  // Puppeteer's helper refuses this feature; the DevTools protocol takes it.
  const session = await page.createCDPSession();
  await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await campaignNames(page);
  await page.evaluate(() => document.querySelector('campaign-list').shadowRoot.querySelector('tbody td').focus());
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
  await page.evaluate(() => document.querySelectorAll('campaign-list')[1].shadowRoot.querySelector('tbody button').click());
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
  results.push(await check(browser, origin, 'CDN bundle, no build step, two kits (EMB-1)', '/tests/pages/no-build.html', noBuildPage));
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
report('pages', results);
