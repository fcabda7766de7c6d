// The two-tab WebRTC demo (`npm run start:sip`), as a newcomer uses it, in Chromium against a real
// Kamailio: the contact's tab registers, the agent starts the kit's phone and dials, the contact
// answers, both sides are connected and hear each other, tones and hold work, the agent hangs up.
// Run by `npm run test:pages`; it starts and stops its own Kamailio.
import { startKamailio } from './kamailio.mjs';
import { chromiumArgs } from './chromium.mjs';
import { launchChromium, report, watchPage } from './page-checks.mjs';
import { buildSipDemo, sipDemoDir } from './sip-demo-build.mjs';
import { serveStatic } from './static-server.mjs';

const text = (page, id) => page.$eval(`#${id}`, (element) => element.textContent.trim());

async function waitForText(page, id, pattern, timeout = 10_000) {
  await page
    .waitForFunction((i, source) => new RegExp(source).test(document.getElementById(i)?.textContent ?? ''), { timeout, polling: 100 }, id, pattern.source)
    .catch(async () => {
      throw new Error(`#${id} never matched ${pattern} (it shows ${JSON.stringify(await text(page, id))})`);
    });
}

/**
 * A tab's window, with the peer connections trackPeerConnections keeps for it.
 *
 * @typedef {Window & { __peerConnections?: RTCPeerConnection[] }} TrackedWindow
 */

/** Bytes of audio received so far by the page's peer connections (both tabs keep theirs on window). */
const receivedAudio = (page) =>
  page.evaluate(async () => {
    let bytes = 0;
    for (const connection of /** @type {TrackedWindow} */ (window).__peerConnections ?? []) {
      (await connection.getStats()).forEach((report) => {
        if (report.type === 'inbound-rtp' && report.kind === 'audio') bytes += report.bytesReceived;
      });
    }
    return bytes;
  });

/** Keeps every RTCPeerConnection a page makes, so the check can read its statistics. */
const trackPeerConnections = () => {
  const Original = window.RTCPeerConnection;
  /** @type {TrackedWindow} */ (window).__peerConnections = [];
  window.RTCPeerConnection = class extends Original {
    constructor(...args) {
      super(...args);
      /** @type {TrackedWindow} */ (window).__peerConnections.push(this);
    }
  };
};

/** Each tab is brought to the front before it is used: a background tab gets no input and no frames. */
async function twoTabCall(browser, origin, problems) {
  const contact = await browser.newPage();
  const agent = await browser.newPage();
  const pageProblems = [watchPage(contact, origin), watchPage(agent, origin)];
  for (const page of [contact, agent]) {
    await page.evaluateOnNewDocument(trackPeerConnections);
    page.on('error', (error) => problems.push(`${page === agent ? 'agent' : 'contact'} tab crashed: ${error.message}`));
  }
  await contact.goto(`${origin}/contact.html`);
  await waitForText(contact, 'status', /^Registered as contact/);
  await agent.goto(`${origin}/agent.html`);
  await agent.click('#start');
  await waitForText(agent, 'status', /^Phone ready/);
  await agent.click('#dial-form button');
  await waitForText(contact, 'status', /The agent is calling/);
  await contact.bringToFront();
  await contact.click('#answer');
  await agent.bringToFront();
  await waitForText(agent, 'status', /connected/);
  await waitForText(contact, 'status', /Established/);
  const start = [await receivedAudio(agent), await receivedAudio(contact)];
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const after = [await receivedAudio(agent), await receivedAudio(contact)];
  if (!(after[0] > start[0])) problems.push('the agent hears nothing');
  if (!(after[1] > start[1])) problems.push('the contact hears nothing');
  await agent.click('#hold');
  await waitForText(agent, 'status', /held/);
  await agent.click('#retrieve');
  await waitForText(agent, 'status', /connected/);
  await agent.click('#hangup');
  await waitForText(agent, 'status', /ended by agent/);
  await waitForText(contact, 'status', /Terminated/);
  // The other way: the contact calls, the agent's phone rings and the agent answers; the contact hangs up.
  await contact.bringToFront();
  await contact.click('#call');
  await agent.bringToFront();
  await waitForText(agent, 'status', /ringing/);
  await agent.click('#answer');
  await waitForText(agent, 'status', /connected/);
  await contact.bringToFront();
  await contact.click('#hangup');
  await agent.bringToFront();
  await waitForText(agent, 'status', /ended by contact/);
  problems.push(...pageProblems.flat());
  await Promise.all([contact.close(), agent.close()]);
}

const kamailio = await startKamailio();
let server;
let browser;
const results = [];
try {
  await buildSipDemo(kamailio.wsUrl);
  const served = await serveStatic({ root: sipDemoDir, port: 0, csp: false });
  server = served.server;
  const origin = served.url.replace(/\/$/, '');
  browser = await launchChromium([...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required']);
  const problems = [];
  try {
    await twoTabCall(browser, origin, problems);
  } catch (error) {
    problems.push(`failed: ${error.message}`);
  }
  results.push({ name: 'two-tab WebRTC demo through Kamailio: register, dial, answer, audio both ways, hold, hang up; the contact calls back and the agent answers (PH-2)', problems });
} finally {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
  await kamailio.dispose();
}
report('sip demo', results);
