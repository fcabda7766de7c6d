// Builds the demo's script into demo/build/ (shared by `npm start` and the page smoke test).
import { rmSync } from 'node:fs';
import { rollup } from 'rollup';
import { demoBuild } from '../rollup.config.mjs';

export async function buildDemo() {
  const started = Date.now();
  // Chunk names carry hashes: start from an empty folder so stale chunks do not pile up.
  rmSync(new URL('../demo/build/', import.meta.url), { recursive: true, force: true });
  const bundle = await rollup(demoBuild);
  try {
    await bundle.write(demoBuild.output);
  } finally {
    await bundle.close();
  }
  return Date.now() - started;
}
