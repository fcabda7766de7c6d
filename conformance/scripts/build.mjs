// Bundles the suite into dist/cli.mjs (the kit's frame schemas and ws included), so a packed copy
// runs with `npx outbound-kit-conformance` on Node 20 without TypeScript or the kit's sources.
import { build } from 'esbuild';

await build({
  entryPoints: [new URL('../src/cli.ts', import.meta.url).pathname],
  outfile: new URL('../dist/cli.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ws loads these native speed-ups when present; without them it works as well.
  external: ['bufferutil', 'utf-8-validate'],
  // ws is CommonJS: a require() shim for the bundle.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
console.log('conformance: built dist/cli.mjs');
