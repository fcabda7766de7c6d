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
  // The agent asks the first campaign for a record; the host page's event log shows it.
  await page.evaluate(() => document.querySelector('campaign-list').shadowRoot.querySelector('tbody button').click());
  await page.waitForFunction(() => document.querySelector('#event-log')?.textContent.includes('outbound-record-request'));
  await page.select('#language', 'de');
  await page.waitForFunction(
    () => document.querySelector('campaign-list').shadowRoot.querySelector('[part="title"]')?.textContent === 'Meine Kampagnen',
  );
}

/** The engine panel's text for one fact of the current interaction ("Phase", "Call", ...). */
function fact(page, term) {
  return page.evaluate((wanted) => {
    const rows = [...document.querySelectorAll('#interaction-facts div')];
    return rows.find((row) => row.querySelector('dt')?.textContent === wanted)?.querySelector('dd')?.textContent ?? null;
  }, term);
}

/** Waits until the panel shows a fact matching `pattern`. */
async function waitForFact(page, term, pattern, timeout = 10_000) {
  const matches = (wanted, source) => {
    const rows = [...document.querySelectorAll('#interaction-facts div')];
    const row = rows.find((candidate) => candidate.querySelector('dt')?.textContent === wanted);
    return new RegExp(source).test(row?.querySelector('dd')?.textContent ?? '');
  };
  await page.waitForFunction(matches, { timeout }, term, pattern.source).catch(async () => {
    const shown = JSON.stringify(await fact(page, term));
    throw new Error(`the panel's ${term} never matched ${pattern} (it shows ${shown})`);
  });
}

const clickAction = (page, action) => page.click(`#interaction-actions button[data-action="${action}"]:not([hidden])`);

/**
 * A person works one dialer record to Done in the engine panel, in real time: Voice Ready, the
 * record is offered (progressive, ASM or predictive: whichever the dialer connects first), Accept,
 * End call once the contact is connected, a disposition, Mark Done; the outcome leaves the outbox.
 */
async function demoEngine(page, problems) {
  await campaignNames(page);
  await page.waitForFunction(() => document.querySelector('#voice-status')?.textContent === 'Not ready');
  await page.click('#voice-ready');
  await page.waitForFunction(() => document.querySelector('#voice-status')?.textContent === 'Ready');
  // Pacing is about 4 s; a contact who does not answer costs the dialer another round.
  await waitForFact(page, 'Phase', /^Offered$/, 20_000);
  const mode = await fact(page, 'Dialing mode');
  if (!/^(Progressive|Predictive)/.test(mode)) problems.push(`a dialer record was expected, not ${mode}`);
  await clickAction(page, 'accept');
  // ASM and assured connection connect the contact a few seconds after Accept.
  await waitForFact(page, 'Call', /^Connected/);
  problems.push(...(await axeProblems(page)).map((line) => `in call: ${line}`));
  await clickAction(page, 'end-call');
  await waitForFact(page, 'Phase', /^Wrap-up$/);
  await waitForFact(page, 'Call', /^Ended by the agent/);
  await page.select('#call-result', 'Answered');
  const disposition = await page.evaluate(() => {
    const option = [...document.querySelector('#disposition').options].find((o) => o.value && !/DNC/.test(o.text));
    return option?.value;
  });
  await page.select('#disposition', disposition);
  await page.type('#note', 'Agreed to pay the balance by card on Friday.');
  await page.evaluate(() => document.querySelector('.engine-state summary').click());
  await nextFrames(page);
  problems.push(...(await axeProblems(page)).map((line) => `wrap-up: ${line}`));
  await clickAction(page, 'done');
  await page.waitForFunction(() => !document.querySelector('#interaction-empty').hidden, { timeout: 5_000 });
  await page.waitForFunction(() => document.querySelector('#outbox-pending').textContent === '0', { timeout: 5_000 });
  const shown = await page.evaluate(() => ({
    lastClosed: document.querySelector('#last-closed').textContent,
    error: !document.querySelector('#engine-error').hidden && document.querySelector('#engine-error-message').textContent,
    failed: document.querySelectorAll('#outbox-failed li').length,
  }));
  if (!/closed \(done\)/.test(shown.lastClosed)) problems.push(`the panel does not show the record done: ${shown.lastClosed}`);
  if (shown.error) problems.push(`the panel shows an error: ${shown.error}`);
  if (shown.failed) problems.push(`the outbox shows ${shown.failed} failed outcome(s)`);
  await page.waitForFunction(() => JSON.parse(document.querySelector('#engine-state').textContent).interaction === null);
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
  results.push(await check(browser, origin, 'demo engine: a progressive record to Done', '/demo/', demoEngine));
  results.push(await check(browser, origin, 'demo in forced-colors mode (EMB-2)', '/demo/', forcedColors));
  results.push(await check(browser, origin, 'CDN bundle, no build step, two kits (EMB-1)', '/tests/pages/no-build.html', noBuildPage));
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
report('pages', results);
