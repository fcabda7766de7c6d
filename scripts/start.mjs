// `npm start`: builds the demo's script (demo/build/) and serves demo/ on http://127.0.0.1.
// PORT picks the port (default 8000); a taken port falls back to a free one.
import { fileURLToPath } from 'node:url';
import { buildDemo } from './demo-build.mjs';
import { serveStatic } from './static-server.mjs';

try {
  console.log(`Built demo/build/ in ${await buildDemo()} ms.`);
} catch (error) {
  console.error(`Demo build failed: ${error.message}`);
  process.exit(1);
}

const port = process.env.PORT ? Number(process.env.PORT) : 8000;
const { server, url } = await serveStatic({ root: fileURLToPath(new URL('../demo/', import.meta.url)), port });
console.log(`outbound-kit demo: ${url}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
