// Opens every story of the static Storybook build in Chromium and fails on console errors, page
// errors, failed local requests and axe (WCAG 2.2 AA) violations.
// Run after `npm run build-storybook`. STORY_SCREENSHOTS=dir saves one PNG per story.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve('storybook-static');
const screenshotDir = process.env.STORY_SCREENSHOTS;
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves storybook-static/ and nothing outside it. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    // Chromium asks for /favicon.ico by itself and the build has none: not the stories' fault.
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    const info = file.startsWith(root + sep) ? await stat(file).catch(() => null) : null;
    if (!info?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready(server)));
}

/** Opens one story; returns the reasons it failed (none when it passed). */
async function checkStory(browser, origin, id) {
  const problems = [];
  const page = await browser.newPage();
  try {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(origin)) {
        problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
      }
    });
    // The console reports an HTTP error without its URL; this names the file.
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    // Rendered means the list shows its grid or its loading / empty note; the list renders store
    // changes on animation frames, so let two more frames pass before judging the page.
    await page.waitForFunction(
      () => document.querySelector('#storybook-root campaign-list')?.shadowRoot?.querySelector('table, .note'),
      { timeout: 10_000 },
    );
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${id}.png`), fullPage: true });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return result.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map((node) => ({ target: JSON.stringify(node.target), summary: node.failureSummary })),
      }));
    });
    for (const { id: rule, impact, help, nodes } of violations) {
      problems.push(`axe ${rule} (${impact}): ${help}`);
      for (const node of nodes) problems.push(`    at ${node.target}\n      ${node.summary?.replace(/\n/g, '\n      ')}`);
    }
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  } finally {
    await page.close();
  }
  return problems;
}

let passed = 0;
let failed = 0;
const server = await serve();
let browser;
try {
  const origin = `http://127.0.0.1:${server.address().port}`;
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
  const ids = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
  if (screenshotDir) await mkdir(screenshotDir, { recursive: true });
  browser = await puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  for (const id of ids) {
    const problems = await checkStory(browser, origin, id);
    if (problems.length === 0) {
      passed += 1;
      console.log(`ok   ${id}`);
    } else {
      failed += 1;
      console.log(`FAIL ${id}\n  ${problems.join('\n  ')}`);
    }
  }
  if (ids.length === 0) console.log('no stories found in storybook-static/index.json');
} finally {
  await browser?.close();
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
}
console.log(`storybook: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
