// What every smoke test asks of a page in Chromium: no console error, no uncaught exception, no
// failed or erroring request to our own server, no Content-Security-Policy violation, no axe
// (WCAG 2.2 AA) violation.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launchChromium(args = chromiumArgs) {
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args });
}

/** Starts recording a page's problems; returns the (growing) list. */
export function watchPage(page, origin) {
  const problems = [];
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
  return problems;
}

/** Lets the kit's once-per-frame rendering and announcements settle. */
export function nextFrames(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/**
 * Runs axe over the whole document (it looks inside shadow roots itself); returns one line per
 * problem. axe is added through the DevTools protocol, which a page's CSP does not govern.
 */
export async function axeProblems(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await /** @type {Window & { axe?: typeof import('axe-core') }} */ (window).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: JSON.stringify(node.target), summary: node.failureSummary })),
    }));
  });
  return violations.flatMap(({ id, impact, help, nodes }) => [
    `axe ${id} (${impact}): ${help}`,
    ...nodes.map((node) => `    at ${node.target}\n      ${node.summary?.replace(/\n/g, '\n      ')}`),
  ]);
}

/** Prints one line per check and the closing tally; sets the exit code. */
export function report(suite, results) {
  let passed = 0;
  for (const { name, problems } of results) {
    if (problems.length === 0) passed += 1;
    console.log(problems.length === 0 ? `ok   ${name}` : `FAIL ${name}\n  ${problems.join('\n  ')}`);
  }
  const failed = results.length - passed;
  console.log(`${suite}: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}
