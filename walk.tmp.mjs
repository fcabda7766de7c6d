import puppeteer from 'puppeteer-core';
import { serveStatic } from './scripts/static-server.mjs';
import { fileURLToPath } from 'node:url';
const { server, url } = await serveStatic({ root: fileURLToPath(new URL('./demo/', import.meta.url)), port: 0 });
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setViewport({ width: Number(process.env.W ?? 1280), height: Number(process.env.H ?? 800) });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
await page.evaluateOnNewDocument(() => {
  window.__spoken = [];
  new MutationObserver(() => {
    for (const r of document.querySelectorAll('[data-outbound-live]')) {
      const t = r.textContent; if (t && r.__last !== t) { r.__last = t; window.__spoken.push(`${r.dataset.outboundLive}: ${t}`); }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
});
await page.goto(url, { waitUntil: 'load' });
const active = () => page.evaluate(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a ? `${a.getRootNode().host?.localName ?? 'page'} ${a.localName} "${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().replace(/\s+/g,' ').slice(0,60)}"` : 'none'; });
async function tabTo(re, max = 80, key = 'Tab') {
  for (let i = 1; i <= max; i++) { await page.keyboard.press(key); const a = await active(); if (re.test(a)) { console.log(`  ${key}×${i} → ${a}`); return; } }
  throw new Error(`never reached ${re}; at ${await active()}`);
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms));
const shot = async (name) => { await page.screenshot({ path: `/tmp/shots/${process.env.W ?? 1280}-${name}.png` }); console.log('shot', name); };
const flush = async () => { const s = await page.evaluate(() => window.__spoken.splice(0)); s.forEach((l) => console.log('  said', l)); };
await wait(1500); await shot('start'); await flush();
const steps = (process.env.STEPS ?? 'spring').split(',');
if (steps.includes('spring')) {
  await tabTo(/campaign-list/);
  // Move down to the Spring appeal row and to its action.
  for (let i = 0; i < 8; i++) { await page.keyboard.press('ArrowDown'); await wait(100); const sel = await page.evaluate(() => document.querySelector('campaign-list').shadowRoot.querySelector('[aria-selected="true"]')?.textContent ?? ''); if (/Spring appeal/.test(sel)) break; }
  console.log(' at', await active());
  for (let i = 0; i < 6 && !/Get Record/.test(await active()); i++) await page.keyboard.press('ArrowRight');
  console.log(' at', await active());
  await page.keyboard.press('Enter'); await wait(1500); await flush(); await shot('preview');
  await tabTo(/outbound-preview button "Call/); await page.keyboard.press('Enter'); await wait(1000); await flush(); await shot('dnc');
  console.log(' focus', await active());
  if (!/button "Call/.test(await active())) await tabTo(/outbound-preview button "Call/, 20); await page.keyboard.press('Enter'); await wait(6000); await flush(); await shot('call');
  console.log(' focus', await active());
  await tabTo(/call-controls button "Hold/); await page.keyboard.press('Enter'); await wait(800); await flush();
  await page.keyboard.press('Enter'); await wait(800); await flush();
  await tabTo(/disposition-panel select/); await page.keyboard.press('ArrowDown'); await wait(300); await flush();
  await shot('wrapup');
  await tabTo(/call-controls button "End call/, 40, 'Shift+Tab').catch(async (e) => { console.log(e.message); });
  await page.keyboard.press('Enter'); await wait(1000); await flush(); await shot('ended');
  console.log(' focus', await active());
  await tabTo(/disposition-panel button "(Mark )?Done/); await page.keyboard.press('Enter'); await wait(2500); await flush(); await shot('done');
  console.log(' focus', await active());
}
if (steps.includes('ready')) {
  await tabTo(/agent-status button "Ready/);
  await page.keyboard.press('Enter'); await wait(300); await flush();
  for (let i = 0; i < 30; i++) { await wait(500); const has = await page.evaluate(() => document.querySelector('outbound-preview')?.shadowRoot?.querySelector('[part~="accept"], button')?.textContent ?? ''); if (/Accept/.test(has)) break; }
  await flush(); await shot('offer'); console.log(' focus', await active());
  const acc = await page.evaluate(() => { const b = [...document.querySelector('outbound-preview').shadowRoot.querySelectorAll('button')].find((x) => /Accept/.test(x.textContent)); const r = b?.getBoundingClientRect(); return b ? { text: b.textContent.trim().replace(/\s+/g,' '), keys: b.getAttribute('aria-keyshortcuts'), y: r.top, inView: r.bottom <= innerHeight } : null; });
  console.log(' accept', JSON.stringify(acc));
  await page.keyboard.down('Alt'); await page.keyboard.down('Shift'); await page.keyboard.press('KeyA'); await page.keyboard.up('Shift'); await page.keyboard.up('Alt');
  await wait(5000); await flush(); await shot('accepted'); console.log(' focus', await active());
}
await browser.close(); server.close(); server.closeAllConnections?.();
