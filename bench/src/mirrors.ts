/**
 * The baselines of "the same DOM": an element's rendered shadow DOM, captured from the kit in the
 * same run, rebuilt (a) as a plain Lit element and (b) as a hand-written custom element, with the
 * same styles. Neither has a store, a context or localisation: that is the kit's overhead.
 *
 * The Lit one is what a developer would write by hand: one template per kind of node, text and
 * state-bearing attributes (ids, aria-*, tabindex, data-*, form state) as bindings, repeated rows
 * (siblings of one shape) as `items.map(item => html`...`)`. Templates are built once per shape at
 * page set-up, as a module's template literals are; only `html()` calls happen at render time.
 */
import { LitElement, html, unsafeCSS, type TemplateResult } from 'lit';
import type { Captured } from './harness.js';

interface Compiled {
  readonly strings: TemplateStringsArray;
  /** A value, or the compiled templates of a list. */
  readonly values: readonly unknown[];
}

const DYNAMIC_ATTRIBUTE = /^(id|aria-.+|tabindex|data-.+|for|name|value|checked|selected|disabled|hidden|title|datetime|min|max|href|placeholder|maxlength)$/;
const BOOLEAN_ATTRIBUTE = /^(checked|selected|disabled|hidden)$/;
const RAW_TEXT = new Set(['textarea', 'style', 'script', 'title']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const isBlank = (node: Captured): node is string => typeof node === 'string' && node.trim() === '';
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** A shape: everything static about a node. Nodes of one shape share a template. */
function shape(node: Captured): string {
  if (typeof node === 'string') return isBlank(node) ? JSON.stringify(node) : '#';
  const [tag, attributes, children, props] = node;
  const attrs = attributes.map(([name, value]) => (DYNAMIC_ATTRIBUTE.test(name) ? name : `${name}=${JSON.stringify(value)}`));
  return `<${tag} ${attrs.join(' ')} ${Object.keys(props ?? {}).join(' ')}>${RAW_TEXT.has(tag) ? '' : units(children).map((u) => u.key).join('')}`;
}

interface Unit {
  readonly nodes: Captured[];
  readonly key: string;
}

/** Siblings as units (an element and the blank text after it), runs of one shape folded together. */
function units(children: readonly Captured[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i];
    const nodes = [node];
    if (typeof node !== 'string' && i + 1 < children.length && isBlank(children[i + 1])) nodes.push(children[++i]);
    out.push({ nodes, key: nodes.map(shape).join('') });
  }
  return out;
}

function runs(children: readonly Captured[]): Unit[][] {
  const out: Unit[][] = [];
  for (const unit of units(children)) {
    const last = out[out.length - 1];
    if (last && last[0].key === unit.key && typeof unit.nodes[0] !== 'string') last.push(unit);
    else out.push([unit]);
  }
  return out;
}

const stringsCache = new Map<string, TemplateStringsArray>();

function templateStrings(key: string, parts: string[]): TemplateStringsArray {
  let strings = stringsCache.get(key);
  if (!strings) {
    strings = Object.assign([...parts], { raw: [...parts] });
    stringsCache.set(key, strings);
  }
  return strings;
}

/** Compiles sibling nodes into one template (a run of one shape becomes a single `map` binding). */
function compile(nodes: readonly Captured[]): Compiled {
  const parts = [''];
  const values: unknown[] = [];
  const bind = (value: unknown) => {
    values.push(value);
    parts.push('');
  };
  const write = (text: string) => {
    parts[parts.length - 1] += text;
  };
  const emitChildren = (children: readonly Captured[]) => {
    for (const run of runs(children)) {
      if (run.length > 1) bind(run.map((unit) => compile(unit.nodes)));
      else run[0].nodes.forEach(emit);
    }
  };
  const emit = (node: Captured) => {
    if (typeof node === 'string') {
      if (isBlank(node)) write(node);
      else bind(node);
      return;
    }
    const [tag, attributes, children, props] = node;
    write(`<${tag}`);
    for (const [name, value] of attributes) {
      if (!DYNAMIC_ATTRIBUTE.test(name)) write(value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`);
      else if (BOOLEAN_ATTRIBUTE.test(name)) {
        write(` ?${name}=`);
        bind(true);
      } else {
        write(` ${name}=`);
        bind(value);
      }
    }
    for (const [name, value] of Object.entries(props ?? {})) {
      write(` .${name}=`);
      bind(value);
    }
    write('>');
    if (VOID.has(tag)) return;
    if (RAW_TEXT.has(tag)) {
      if (tag !== 'textarea') write(children.filter((c): c is string => typeof c === 'string').map(escapeText).join(''));
    } else emitChildren(children);
    write(`</${tag}>`);
  };
  nodes.forEach(emit);
  return { strings: templateStrings(nodes.map(shape).join(''), parts), values };
}

function toResult(compiled: Compiled): TemplateResult {
  return html(
    compiled.strings,
    ...compiled.values.map((value) => (Array.isArray(value) ? (value as Compiled[]).map(toResult) : value)),
  );
}

/** A plain Lit element class rendering `tree` with `css`. */
export function litMirror(tree: readonly Captured[], css: string, onKeydown?: (element: LitElement) => void) {
  const compiled = compile(tree);
  const typed: Record<string, string> = {};
  return class LitMirror extends LitElement {
    static override styles = unsafeCSS(css);
    override connectedCallback(): void {
      super.connectedCallback();
      this.renderRoot.addEventListener('input', (event) => {
        const target = event.target as HTMLInputElement;
        typed[target.id || target.name] = target.value;
      });
      if (onKeydown) this.renderRoot.addEventListener('keydown', () => onKeydown(this));
    }
    protected override render() {
      return toResult(compiled);
    }
  };
}

function build(parent: Node, nodes: readonly Captured[], svg: boolean): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(document.createTextNode(node));
      continue;
    }
    const [tag, attributes, children, props] = node;
    const inSvg = svg || tag === 'svg';
    const element = inSvg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
    for (const [name, value] of attributes) element.setAttribute(name, value);
    if (tag !== 'textarea') build(element, children, inSvg);
    if (props) Object.assign(element, props);
    parent.appendChild(element);
  }
}

/** A hand-written custom element: builds the same DOM with DOM calls, keeps what is typed. */
export function vanillaMirror(tree: readonly Captured[], css: string) {
  let sheet: CSSStyleSheet | undefined;
  return class VanillaMirror extends HTMLElement {
    readonly typed: Record<string, string> = {};
    connectedCallback(): void {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [sheet];
      build(root, tree, false);
      root.addEventListener('input', (event) => {
        const target = event.target as HTMLInputElement;
        this.typed[target.id || target.name] = target.value;
      });
    }
  };
}
