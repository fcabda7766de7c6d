// Bundles the bench pages with esbuild (minified, Lit's production build, TypeScript settings of
// tsconfig.json) into bench/build/, and records the server events the pages replay.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const page = (title, script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="/${script}"></script></body>
</html>
`;

export async function buildBench(root) {
  const out = join(root, 'bench', 'build');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'capture'), { recursive: true });
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['production'],
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({
    ...common,
    entryPoints: {
      kit: join(root, 'bench/src/page-kit.ts'),
      base: join(root, 'bench/src/page-base.ts'),
      churn: join(root, 'bench/src/page-churn.ts'),
      call: join(root, 'bench/src/page-call.ts'),
    },
    splitting: true,
    outdir: out,
    chunkNames: 'chunks/[name]-[hash]',
  });
  await build({
    ...common,
    minify: false,
    platform: 'node',
    entryPoints: [join(root, 'bench/src/fixtures.ts')],
    outfile: join(out, 'fixtures.mjs'),
  });
  const { buildFixtures } = await import(pathToFileURL(join(out, 'fixtures.mjs')).href);
  writeFileSync(join(out, 'fixtures.json'), JSON.stringify(await buildFixtures()));
  writeFileSync(join(out, 'kit.html'), page('kit', 'kit.js'));
  writeFileSync(join(out, 'base.html'), page('baseline', 'base.js'));
  writeFileSync(join(out, 'churn.html'), page('churn', 'churn.js'));
  writeFileSync(join(out, 'blank.html'), page('blank', 'base.js'));
  writeFileSync(join(out, 'call.html'), page('call setup', 'call.js'));
  return out;
}
