// `npm run start:sip`: a local Kamailio (SIP over WebSocket on 127.0.0.1) and the two-tab demo of the
// WebRTC phone: demo/sip/agent.html (the kit's phone) and demo/sip/contact.html (a plain sip.js phone).
// Ctrl+C stops the server and exactly the Kamailio this script started.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startKamailio } from './kamailio.mjs';
import { serveStatic } from './static-server.mjs';

const demo = fileURLToPath(new URL('../demo/sip/', import.meta.url));
await build({
  entryPoints: [`${demo}agent.ts`, `${demo}contact.ts`],
  outdir: `${demo}build`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  splitting: true,
  sourcemap: true,
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
  logLevel: 'warning',
});

const kamailio = await startKamailio({ port: process.env.SIP_WS_PORT ? Number(process.env.SIP_WS_PORT) : 8088 }).catch(async (error) => {
  console.warn(`${error.message.split('\n')[0]}: trying a free port`);
  return startKamailio({ port: undefined });
});
mkdirSync(`${demo}build`, { recursive: true });
writeFileSync(`${demo}build/config.json`, JSON.stringify({ wsUrl: kamailio.wsUrl }));

// The pages talk to Kamailio on another port, which the demo server's connect-src 'self' would block.
const port = process.env.PORT ? Number(process.env.PORT) : 8001;
const { server, url } = await serveStatic({ root: demo, port, csp: false });
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
