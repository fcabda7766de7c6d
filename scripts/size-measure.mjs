// What the size gate and the size benchmark both measure with: min+gzip and brotli figures, and
// the baseline (Lit, @lit/context and the RxJS operators the kit uses, bundled alone) minified
// exactly as the CDN file is.
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terserModule from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { resolveOptions, terserOptions } from '../rollup.config.mjs';

// Typed as the plugin function, which it is at run time: see rollup.config.mjs.
const terser = /** @type {typeof terserModule.default} */ (/** @type {unknown} */ (terserModule));

export const BASELINE_ENTRY = `
import { LitElement, html, css } from 'lit';
import { ContextProvider, ContextConsumer, createContext } from '@lit/context';
import { BehaviorSubject, Subject, defer, distinctUntilChanged, finalize, map } from 'rxjs';

const context = createContext('baseline');
const state = new BehaviorSubject(0);
const actions = new Subject();
const values = defer(() => state.pipe(map((n) => n + 1), distinctUntilChanged(), finalize(() => actions.complete())));

class BaselineElement extends LitElement {
  static styles = css\`:host { display: block; }\`;
  provider = new ContextProvider(this, { context, initialValue: 0 });
  consumer = new ContextConsumer(this, { context, subscribe: true });
  connectedCallback() {
    super.connectedCallback();
    this.subscription = values.subscribe((n) => this.provider.setValue(n));
  }
  disconnectedCallback() {
    super.disconnectedCallback();
    this.subscription.unsubscribe();
  }
  render() {
    return html\`<p>\${this.consumer.value}</p>\`;
  }
}
customElements.define('baseline-element', BaselineElement);
actions.next(1);
`;

/** Bundles BASELINE_ENTRY in memory with the CDN build's resolution and terser settings. */
export async function buildBaseline(root) {
  // A path inside the project, so that node-resolve finds node_modules from it; the file is virtual.
  const entry = join(root, '__size-baseline__.js');
  const bundle = await rollup({
    input: entry,
    plugins: [
      {
        name: 'size-baseline-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? BASELINE_ENTRY : null),
      },
      nodeResolve(resolveOptions),
      terser(terserOptions),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    },
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return Buffer.from(output[0].code);
  } finally {
    await bundle.close();
  }
}

export function measure(label, code) {
  return {
    label,
    bytes: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.length,
      },
    }).length,
  };
}
