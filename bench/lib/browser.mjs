// Debian's Chromium through puppeteer-core, one tab reused for every page, CDP for CPU throttling,
// input, garbage collection and heap figures.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

/**
 * A bench page's window: once its script has run, `bench` holds the page's scenarios
 * (bench/src/page-*.ts), called by name from here; they answer in JSON.
 *
 * @typedef {Window & { bench?: Record<string, (...args: any[]) => any> }} BenchWindow
 */

/** @typedef {Awaited<ReturnType<typeof tab>>} Tab */

export async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...chromiumArgs,
      // Frames and timers of a tab nobody looks at must not be slowed down.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--js-flags=--expose-gc',
      // Call setup (item 6): a fake microphone that plays a tone, granted without a prompt.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** A tab with a CDP session; `open(path)` loads a bench page at the given CPU throttling rate. */
export async function tab(browser, baseUrl) {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await cdp.send('Performance.enable');
  return {
    page,
    cdp,
    errors,
    async open(path, throttle = 1) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
      await page.waitForFunction(() => 'bench' in window, { timeout: 30_000 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (errors.length) throw new Error(`page errors on ${path}: ${errors.join(' | ')}`);
    },
    /** Calls window.bench[name](...args) in the page. */
    call(name, ...args) {
      return page.evaluate((n, a) => /** @type {BenchWindow} */ (window).bench[n](...a), name, args);
    },
    async gc() {
      await cdp.send('HeapProfiler.enable');
      for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    },
    async metrics() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const byName = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
      return { heapUsed: heap.usedSize, nodes: byName.Nodes, listeners: byName.JSEventListeners, documents: byName.Documents };
    },
    /** Elements that are not in the document and still alive (after a GC), by tag. */
    async detachedElements() {
      const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'HTMLElement.prototype' });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: `function () {
          const tags = {};
          for (const element of this) {
            try {
              if (element.isConnected) continue;
              // Templates' contents and the parser's inert documents are not leaks.
              if (element.ownerDocument !== document) continue;
              // Lit keeps one <template> per template it has prepared, by design: not a leak.
              if (element.localName === 'template') continue;
              tags[element.localName] = (tags[element.localName] ?? 0) + 1;
            } catch {
              // A prototype object (HTMLDivElement.prototype...), not an element.
            }
          }
          return tags;
        }`,
        returnByValue: true,
      });
      if (result.exceptionDetails || !result.value) throw new Error(`detached elements: ${JSON.stringify(result)}`);
      await cdp.send('Runtime.releaseObject', { objectId: objects.objectId });
      await cdp.send('Runtime.releaseObject', { objectId: proto.objectId });
      return result.value;
    },
  };
}
