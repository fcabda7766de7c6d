// Opens every story of the static Storybook build in Chromium and fails on console errors, page
// errors, failed local requests and axe (WCAG 2.2 AA) violations.
// Run after `npm run build-storybook`. STORY_SCREENSHOTS=dir saves one PNG per story.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { axeProblems, launchChromium, nextFrames, report, watchPage } from './page-checks.mjs';
import { serveStatic } from './static-server.mjs';

const root = 'storybook-static';

/** For each kit element, what it shows once it has rendered. */
const READY_CONTENT = {
  'campaign-list': 'table, .note',
  'agent-status': '[part="channel"], .note',
  'campaign-notices': '[part="base"]',
  'outbound-preview': '[part="base"]',
  'outbound-interaction': '[part="base"]',
  'call-controls': '[part="base"]',
  'disposition-panel': '[part="base"]',
  'reschedule-callback': '[part="base"]',
};
const screenshotDir = process.env.STORY_SCREENSHOTS;

/** Opens one story; returns the reasons it failed (none when it passed). */
async function checkStory(browser, origin, id) {
  const page = await browser.newPage();
  const problems = watchPage(page, origin);
  try {
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    // Rendered means some kit element of the story shows its content (or its loading / empty note).
    await page.waitForFunction(
      (ready) =>
        Object.entries(ready).some(([tag, content]) =>
          document.querySelector(`#storybook-root ${tag}`)?.shadowRoot?.querySelector(content),
        ),
      { timeout: 10_000 },
      READY_CONTENT,
    );
    await nextFrames(page);
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${id}.png`), fullPage: true });
    problems.push(...(await axeProblems(page)));
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

// Storybook's own pages use inline scripts, so they are served without our CSP.
const { server, url } = await serveStatic({ root, port: 0, csp: false });
const origin = url.replace(/\/$/, '');
let browser;
const results = [];
try {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
  if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
  browser = await launchChromium();
  for (const id of ids) results.push({ name: id, problems: await checkStory(browser, origin, id) });
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
report('storybook', results);
