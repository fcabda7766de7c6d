// `npm run start:server`: the reference server (server/, on the embedded engines for now) on
// 127.0.0.1:8787 and the demo desk connected to it over WebSocket. Open the desk as two agents in
// two tabs: /?server=ws://127.0.0.1:8787/v1&agent=agent-7 and …&agent=agent-8. The demo's own page
// plays the host's identity service: /dev-token mints a short-lived token for the agent asked for,
// with a secret made up for this run (development only; a real host asks its own sign-in service).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { SignJWT } from 'jose';
import { buildDemo } from './demo-build.mjs';
import { serveStatic } from './static-server.mjs';

const serverPort = Number(process.env.SERVER_PORT ?? 8787);
const secret = randomBytes(32).toString('base64url');
const demoPort = process.env.PORT ? Number(process.env.PORT) : 8000;

try {
  console.log(`Built demo/build/ in ${await buildDemo()} ms.`);
} catch (error) {
  console.error(`Demo build failed: ${error.message}`);
  process.exit(1);
}

const wsOrigin = `ws://127.0.0.1:${serverPort}`;
const { server: demo, url } = await serveStatic({
  root: fileURLToPath(new URL('../demo/', import.meta.url)),
  port: demoPort,
  connectSrc: [wsOrigin],
  routes: {
    '/dev-token': async (requestUrl, response, headers) => {
      const agent = requestUrl.searchParams.get('agent') ?? '';
      if (!/^[A-Za-z0-9._-]{1,64}$/.test(agent)) {
        response.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('agent: letters, digits, . _ - (at most 64)');
        return;
      }
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(agent).setIssuedAt(now).setExpirationTime(now + 600).sign(new TextEncoder().encode(secret));
      response.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(token);
    },
  },
});
const demoOrigin = new URL(url).origin;

const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', '--scenario', 'scenarios/demo.json'], {
  cwd: fileURLToPath(new URL('../server/', import.meta.url)),
  env: { ...process.env, AUTH_SECRET: secret, PORT: String(serverPort), HOST: '127.0.0.1', ALLOWED_ORIGINS: demoOrigin },
  stdio: ['ignore', 'ignore', 'inherit'],
});
server.once('exit', (code) => {
  console.error(`The reference server stopped (exit code ${code}).`);
  demo.close();
  process.exit(code ?? 1);
});

const desk = (agent) => `${url}?server=${encodeURIComponent(`${wsOrigin}/v1`)}&agent=${agent}`;
console.log(`outbound-kit desk on the reference server:\n  ${desk('agent-7')}\n  ${desk('agent-8')}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // The server tells its desks to resume elsewhere (bye, 1001) before it exits.
    server.kill('SIGTERM');
    demo.close();
    demo.closeAllConnections();
  });
}
