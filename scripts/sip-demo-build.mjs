// Builds the two-tab WebRTC demo (demo/sip/) and tells its pages where Kamailio listens.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const sipDemoDir = fileURLToPath(new URL('../demo/sip/', import.meta.url));

export async function buildSipDemo(wsUrl) {
  await build({
    entryPoints: [`${sipDemoDir}agent.ts`, `${sipDemoDir}contact.ts`],
    outdir: `${sipDemoDir}build`,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    splitting: true,
    sourcemap: true,
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
  mkdirSync(`${sipDemoDir}build`, { recursive: true });
  writeFileSync(`${sipDemoDir}build/config.json`, JSON.stringify({ wsUrl }));
}
