// `npm start`: builds the demo's script (demo/build/) and serves demo/ on http://127.0.0.1.
// PORT picks the port (default 8000); a taken port falls back to a free one.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { demoBuild } from '../rollup.config.mjs';
import { serveStatic } from './static-server.mjs';

const demoDir = fileURLToPath(new URL('../demo/', import.meta.url));

async function buildDemo() {
  const started = Date.now();
  // Chunk names carry hashes: start from an empty folder so stale chunks do not pile up.
  rmSync(new URL('build/', new URL('../demo/', import.meta.url)), { recursive: true, force: true });
  const bundle = await rollup(demoBuild);
  try {
    await bundle.write(demoBuild.output);
  } finally {
    await bundle.close();
  }
  console.log(`Built demo/build/ in ${Date.now() - started} ms.`);
}

try {
  await buildDemo();
} catch (error) {
  console.error(`Demo build failed: ${error.message}`);
  process.exit(1);
}

const port = process.env.PORT ? Number(process.env.PORT) : 8000;
const { server, url } = await serveStatic({ root: demoDir, port });
console.log(`outbound-kit demo: ${url}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
