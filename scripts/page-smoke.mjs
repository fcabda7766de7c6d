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
  const scripts = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')),
  );
  const unexpected = scripts.filter((path) => !/^\/dist\/cdn\/(outbound-kit|simulator-[\w-]+)\.js$/.test(path));
  if (unexpected.length) problems.push(`loaded more than the bundle and its simulator chunk: ${unexpected.join(', ')}`);
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
  results.push(await check(browser, origin, 'demo in forced-colors mode (EMB-2)', '/demo/', forcedColors));
  results.push(await check(browser, origin, 'CDN bundle, no build step, two kits (EMB-1)', '/tests/pages/no-build.html', noBuildPage));
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
report('pages', results);
