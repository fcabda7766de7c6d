// `npm run start:sip`: a local Kamailio (SIP over WebSocket on 127.0.0.1) and the two-tab demo of the
// WebRTC phone: demo/sip/agent.html (the kit's phone) and demo/sip/contact.html (a plain sip.js phone).
// Ctrl+C stops the server and exactly the Kamailio this script started.
import { buildSipDemo, sipDemoDir } from './sip-demo-build.mjs';
import { startKamailio } from './kamailio.mjs';
import { serveStatic } from './static-server.mjs';

const kamailio = await startKamailio({ port: process.env.SIP_WS_PORT ? Number(process.env.SIP_WS_PORT) : 8088 }).catch(async (error) => {
  console.warn(`${error.message.split('\n')[0]}: trying a free port`);
  return startKamailio({ port: undefined });
});
await buildSipDemo(kamailio.wsUrl);

// The pages talk to Kamailio on another port, which the demo server's connect-src 'self' would block.
const port = process.env.PORT ? Number(process.env.PORT) : 8001;
const { server, url } = await serveStatic({ root: sipDemoDir, port, csp: false });
console.log(`Kamailio (pid ${kamailio.pid}) on ${kamailio.wsUrl}`);
console.log(`Agent:   ${url}agent.html`);
console.log(`Contact: ${url}contact.html`);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    void kamailio.dispose().then(() => process.exit(0));
  });
}
