// Three builds from one config (`rollup -c`); `--environment DEMO_ONLY` builds only the demo.
//
//  1. dist/        the npm package: ESM, dependencies external, not minified (consumers minify), one
//                  file per public entry, shared code in dist/chunks/.
//  2. dist/cdn/    outbound-kit.js, everything bundled and minified for pages without a build step.
//                  The simulator and the German labels are separate chunks, fetched only when used.
//  3. demo/build/  the demo page's script (`npm start`).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// The plugin's types are a CommonJS-style .d.ts (its package has no "type": "module"), so under
// NodeNext TypeScript takes the default import for the whole module (rollup/plugins#1574). Node
// loads the ESM build, whose default export is the plugin function itself.
const terser = /** @type {typeof terserModule.default} */ (/** @type {unknown} */ (terserModule));

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** `lit`, `lit/decorators.js`, `@lit/context`, `rxjs`, `valibot`, `sip.js`: every runtime dependency. */
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * TypeScript through esbuild (no type-check: `tsc` does that). The plugin hands esbuild the
 * compiler options of tsconfig.json, so Lit's decorators get TypeScript's legacy semantics
 * (`experimentalDecorators`) and fields are assigned, not defined (`useDefineForClassFields: false`),
 * which keeps them from shadowing the reactive accessors. `target` is the plugin's own option
 * (it defaults to es2020 whatever tsconfig says), so it is set here to match.
 *
 * @returns {import('rollup').Plugin}
 */
const typescript = () => {
  const plugin = esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });
  // A plain function in this plugin, never a `{ handler }` object hook.
  const resolveId = /** @type {import('rollup').FunctionPluginHooks['resolveId']} */ (plugin.resolveId);
  return {
    ...plugin,
    // The plugin resolves relative imports itself, even inside node_modules, and so hides each
    // package's `sideEffects: false` from Rollup: libphonenumber-js's lazy chunk would then keep
    // all of its 43 KB gzip instead of the 28 KB the kit uses. Packages are node-resolve's job.
    resolveId(source, importer, options) {
      if (importer?.includes('/node_modules/')) return null;
      return resolveId?.call(this, source, importer, options);
    },
  };
};

/**
 * How bundled builds pick files from node_modules; size-check.mjs bundles its baseline the same way.
 * 'production' keeps Lit's dev-mode build out; 'es2015' gives RxJS's ES2015 build instead of its
 * default ES5 one, which carries tslib's class and iterator helpers (about 1.5 KB gzipped more).
 */
export const resolveOptions = { browser: true, exportConditions: ['production', 'es2015'] };
const resolve = () => nodeResolve(resolveOptions);

/**
 * Shared with scripts/size-check.mjs so its baseline is minified exactly like the CDN file.
 *
 * @type {import('@rollup/plugin-terser').Options}
 */
export const terserOptions = {
  module: true,
  ecma: 2020,
  compress: { passes: 2 },
  // Keeps /*! and @license comments: Lit's BSD-3 notice must travel with the bundled copy.
  format: { comments: 'some' },
};

/** A bundled build must not quietly leave a bare import in browser code: fail instead. */
function onwarn(warning, warn) {
  if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
  warn(warning);
}

/**
 * Every element folder (one with a `define.ts`; not `base`, `events` or `shared`): `elements/<tag>`
 * and `elements/<tag>/define` entries.
 */
export const elementTags = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`./src/elements/${entry.name}/define.ts`, import.meta.url)))
  .map((entry) => entry.name);

function elementEntries() {
  return Object.fromEntries(
    elementTags.flatMap((tag) => [
      [`elements/${tag}`, `src/elements/${tag}/index.ts`],
      [`elements/${tag}/define`, `src/elements/${tag}/define.ts`],
    ]),
  );
}

/**
 * The npm package. Paths must match package.json "exports" and "sideEffects".
 *
 * @satisfies {import('rollup').RollupOptions}
 */
export const packageBuild = {
  input: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    simulator: 'src/simulator.ts',
    websocket: 'src/websocket.ts',
    ...elementEntries(),
  },
  external: isDependency,
  plugins: [typescript()],
  onwarn,
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Consumers bundle this build, so hoisting every transitive import into each entry (a browser
    // preload optimisation) would only add noise such as bare `import 'lit'` lines.
    hoistTransitiveImports: false,
  },
};

/**
 * The single-file bundle for <script type="module" src=".../outbound-kit.js">.
 *
 * @satisfies {import('rollup').RollupOptions}
 */
export const cdnBuild = {
  input: { 'outbound-kit': 'src/define.ts' },
  plugins: [resolve(), typescript(), terser(terserOptions)],
  onwarn,
  // The lazy chunks import shared code (Lit, RxJS, the store) from outbound-kit.js itself. Under the
  // default ('exports-only') Rollup would keep the entry's export list exact by moving everything
  // into a shared chunk behind a two-line facade; letting the entry gain a few extra exports keeps
  // outbound-kit.js a single file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // The lazy chunks: simulator-[hash].js, de-[hash].js, and one per on-demand element, named after
    // its folder (agent-status-[hash].js) rather than its module (define-[hash].js).
    chunkFileNames: (chunk) => {
      const element = chunk.facadeModuleId?.match(/elements\/([^/]+)\/define\.ts$/);
      if (element) return `${element[1]}-[hash].js`;
      // The WebRTC phone's factory shares its chunk with its labels, so the chunk has no facade module.
      const webRtcPhone = chunk.moduleIds.some((id) => /phone\/webrtc\/index\.ts$/.test(id));
      return webRtcPhone ? 'webrtc-phone-[hash].js' : '[name]-[hash].js';
    },
  },
};

/**
 * The demo page's script. Not minified, so that it builds in about a second for `npm start`.
 *
 * @satisfies {import('rollup').RollupOptions}
 */
export const demoBuild = {
  input: { demo: 'demo/demo.ts' },
  plugins: [resolve(), typescript()],
  onwarn,
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'demo/build',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
};

export default process.env.DEMO_ONLY ? [demoBuild] : [packageBuild, cdnBuild, demoBuild];
