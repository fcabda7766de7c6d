// 1. Size, after `npm run build`: the CDN core, each on-demand chunk (elements, simulator, WebRTC if
// the build has one), and each element bundled alone with its libraries, min+gzip and brotli, against
// Lit + @lit/context + RxJS bundled alone the same way (scripts/size-measure.mjs, which the size gate uses too).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuildPlugin from 'rollup-plugin-esbuild';
import { buildBaseline, measure } from '../../scripts/size-measure.mjs';

// Typed as the plugin function, which it is at run time: see rollup.config.mjs.
const terser = /** @type {typeof terserModule.default} */ (/** @type {unknown} */ (terserModule));

/** Strings only sip.js contains (as scripts/size-check.mjs looks for them). */
const SIP_MARKERS = ['SIP/2.0', 'SessionDescriptionHandler'];

async function bundle(root, entry, contents, config) {
  const plugins = [
    { name: 'bench-entry', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? contents : null) },
    nodeResolve(config.resolveOptions),
    esbuildPlugin({ tsconfig: join(root, 'tsconfig.json'), target: 'es2022' }),
    terser(config.terserOptions),
  ];
  const built = await rollup({ input: entry, plugins, onwarn: () => {}, treeshake: true });
  try {
    // The entry chunk only: what the element loads lazily (libphonenumber, the rules) is not counted.
    const { output } = await built.generate({ format: 'es' });
    return Buffer.from(output[0].code);
  } finally {
    await built.close();
  }
}

export async function measureSize(root, { alone = true } = {}) {
  const cdnDir = join(root, 'dist', 'cdn');
  const core = join(cdnDir, 'outbound-kit.js');
  if (!existsSync(core)) return { skipped: 'dist/cdn/outbound-kit.js is missing: run `npm run build` first' };
  const config = await import(join(root, 'rollup.config.mjs'));
  const files = readdirSync(cdnDir).filter((name) => name.endsWith('.js'));
  const rows = [{ ...measure('core: dist/cdn/outbound-kit.js', readFileSync(core)), kind: 'core' }];
  let webrtc = null;
  for (const name of files) {
    if (name === 'outbound-kit.js') continue;
    const code = readFileSync(join(cdnDir, name));
    const text = code.toString('utf8');
    const tag = config.elementTags.find((t) => new RegExp(`^${t}-[\\w-]+\\.js$`).test(name));
    const isSip = SIP_MARKERS.some((m) => text.includes(m));
    const kind = isSip ? 'webrtc' : tag ? 'element chunk' : /^simulator-/.test(name) ? 'simulator' : /^de-/.test(name) ? 'locale' : 'chunk';
    if (isSip) webrtc = name;
    rows.push({ ...measure(`${kind}: ${name}`, code), kind });
  }
  const baseline = { ...measure('baseline: lit + @lit/context + rxjs', await buildBaseline(root)), kind: 'baseline' };
  if (alone) {
    for (const tag of config.elementTags) {
      const code = await bundle(root, join(root, `__bench-${tag}__.js`), `import './src/elements/${tag}/define.ts';`, config);
      rows.push({ ...measure(`alone, with its libraries: ${tag}`, code), kind: 'element alone' });
    }
  }
  const coreText = readFileSync(core, 'utf8');
  return {
    baseline,
    rows: rows.map((row) => ({ ...row, gzipRatio: row.gzip / baseline.gzip, brotliRatio: row.brotli / baseline.brotli })),
    coreGzipBudget: 30 * 1024,
    coreHasSip: SIP_MARKERS.some((m) => coreText.includes(m)),
    webrtcChunk: webrtc,
  };
}
