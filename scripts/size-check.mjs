// Size gate, run after `npm run build`. Measures the CDN file (the kit's core with Lit, RxJS, valibot
// and @lit/localize bundled), its lazy simulator chunk, and a baseline of just the libraries the core
// stands on, minified the same way, and fails if the core grows past its budget or takes in code
// that must stay out of it (sip.js, the simulator).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { cdnBuild, elementTags } from '../rollup.config.mjs';
import { buildBaseline, measure } from './size-measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdnDir = join(root, cdnBuild.output.dir);
const coreFile = join(cdnDir, 'outbound-kit.js');
const CORE_GZIP_BUDGET = 30 * 1024;

/** Strings only sip.js contains: the kit's core must not pull in the WebRTC phone. */
const SIP_MARKERS = ['sip.js', 'SIP/2.0', 'UserAgent', 'SessionDescriptionHandler'];
/** Strings only the simulator contains (its messages and the demo scenario's data). */
const SIMULATOR_MARKERS = ['EmbeddedSimulator', 'has been unloaded', 'Collections: early stage'];

/**
 * The outbound engine's own code as the core carries it: state machines, rules, event schemas,
 * commands and effects, minified on its own with its libraries left out. Printed so the engine's
 * share of the budget is seen as it grows.
 */
const ENGINE_MODULES = [
  'domain/interaction/interaction',
  'domain/interaction/call',
  'domain/interaction/countdown',
  'domain/refusals/refusals',
  'domain/interaction/wrap-up',
  'domain/agent/agent',
  'domain/campaign/notices',
  'domain/campaign/campaign-policy',
  'ports/backend/engine-schema',
  'session/commands',
  'session/effects/auto-mark-done',
  'session/effects/notice-expiry',
];

async function buildEngine() {
  const result = await esbuild({
    stdin: {
      contents: ENGINE_MODULES.map((module) => `export * from './src/services/${module}.ts';`).join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    external: ['rxjs', 'valibot', 'lit', '@lit/*', 'idb', 'libphonenumber-js', '@date-fns/*'],
    // Modules the kit loads on demand (the callback check) are not part of the core.
    plugins: [
      {
        name: 'lazy-modules-stay-out',
        setup(build) {
          build.onResolve({ filter: /callback-check\.js$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
    write: false,
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function printTable(rows) {
  const header = ['file', 'bytes', 'gzip', 'brotli'];
  const cells = rows.map((r) => [r.label, `${r.bytes}`, `${r.gzip} (${kb(r.gzip)})`, `${r.brotli} (${kb(r.brotli)})`]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  cells.forEach((c) => console.log(line(c)));
}

const failures = [];

if (!existsSync(coreFile)) {
  console.error(`${relative(root, coreFile)} is missing: run \`npm run build\` first.`);
  failures.push('core file missing');
} else {
  const core = readFileSync(coreFile);
  const coreText = core.toString('utf8');
  const simulatorChunks = readdirSync(cdnDir).filter((name) => /^simulator-.*\.js$/.test(name));
  // The provider is in the core; every other element is a chunk of its own.
  const lazyTags = elementTags.filter((tag) => tag !== 'outbound-provider');
  const elementChunks = readdirSync(cdnDir).filter((name) => lazyTags.some((tag) => new RegExp(`^${tag}-[\\w-]+\\.js$`).test(name)));
  const rows = [measure(relative(root, coreFile), core)];
  // The WebRTC phone: its factory, and sip.js in a chunk of its own fetched when the phone starts.
  const phoneChunks = readdirSync(cdnDir).filter((name) => /^(sip-engine|webrtc-phone|cti-phone)-[\w-]+\.js$/.test(name) && /\.js$/.test(name));
  for (const name of [...simulatorChunks, ...elementChunks, ...phoneChunks]) {
    rows.push(measure(`${relative(root, cdnDir)}/${name} (on demand)`, readFileSync(join(cdnDir, name))));
  }
  const baseline = measure('baseline: lit + @lit/context + rxjs', await buildBaseline(root));
  rows.push(baseline);
  printTable(rows);
  const [coreRow] = rows;
  console.log(
    `\ncore / baseline: ${(coreRow.gzip / baseline.gzip).toFixed(2)}x gzip, ` +
      `${(coreRow.brotli / baseline.brotli).toFixed(2)}x brotli ` +
      `(the kit's own code and valibot + @lit/localize: ${kb(coreRow.gzip - baseline.gzip)} gzip)`,
  );
  const engine = measure('engine', await buildEngine());
  console.log(`the outbound engine's own code (rules, schemas, commands; its rules load with the session): about ${kb(engine.gzip)} gzip`);
  console.log(`budget: core gzip ${kb(coreRow.gzip)} of ${kb(CORE_GZIP_BUDGET)}\n`);

  if (coreRow.gzip > CORE_GZIP_BUDGET) {
    failures.push(`core is ${coreRow.gzip} bytes gzipped, over the ${CORE_GZIP_BUDGET}-byte budget`);
  }
  for (const marker of SIP_MARKERS) {
    if (coreText.includes(marker)) failures.push(`core contains sip.js code ("${marker}")`);
  }
  for (const marker of SIMULATOR_MARKERS) {
    if (coreText.includes(marker)) failures.push(`core contains simulator code ("${marker}")`);
  }
  // sip.js lives only in the WebRTC phone's engine chunk.
  for (const name of readdirSync(cdnDir).filter((file) => file.endsWith('.js') && !/^sip-engine-/.test(file))) {
    const text = readFileSync(join(cdnDir, name), 'utf8');
    if (text.includes('SessionDescriptionHandler')) failures.push(`${name} contains sip.js code; only sip-engine-*.js may`);
  }
  if (!readdirSync(cdnDir).some((file) => /^sip-engine-[\w-]+\.js$/.test(file))) failures.push('no lazy sip-engine chunk was built');
  if (simulatorChunks.length !== 1) {
    failures.push(`expected one lazy simulator chunk in ${relative(root, cdnDir)}/, found ${simulatorChunks.length}`);
  }
  // A single file: the core may load chunks only lazily, through import(), never statically.
  const staticImport = coreText.match(/(?:^|[;}\s])(?:import\s*(?:[\w*{][^;]*?from\s*)?|export\s*[*{][^;]*?from\s*)["'][^"']+["']/);
  if (staticImport) failures.push(`core imports another file statically: ${staticImport[0].trim()}`);
}

for (const failure of failures) console.error(`FAIL: ${failure}`);
console.log(failures.length === 0 ? 'size: 1 passed, 0 failed' : 'size: 0 passed, 1 failed');
process.exitCode = failures.length === 0 ? 0 : 1;
