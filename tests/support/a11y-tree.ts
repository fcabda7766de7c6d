import { a11ySnapshot } from '@web/test-runner-commands';

/** A node of the accessibility tree as Chromium exposes it to screen readers (shadow roots included). */
export interface AxNode {
  readonly role: string;
  readonly name?: string;
  readonly level?: number;
  readonly keyshortcuts?: string;
  readonly description?: string;
  readonly children?: readonly AxNode[];
}

/** Roles a screen reader lists as landmarks. A `region` or a `form` is one only when it has a name (HTML-AAM). */
const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);

/** The page's accessibility tree, flattened in reading order. */
export async function axNodes(): Promise<AxNode[]> {
  const root = (await a11ySnapshot({})) as unknown as AxNode;
  const all: AxNode[] = [];
  const walk = (node: AxNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return all;
}

const named = (node: AxNode) => ({ role: node.role, name: (node.name ?? '').trim() });

/** The landmarks of the page, in order, with their names. */
export async function landmarks(): Promise<{ role: string; name: string }[]> {
  const needsName = new Set(['region', 'form']);
  return (await axNodes()).filter((node) => LANDMARKS.has(node.role) && (!needsName.has(node.role) || node.name)).map(named);
}

/** The headings of the page, in order: level and text. */
export async function headings(): Promise<[number, string][]> {
  return (await axNodes()).filter((node) => node.role === 'heading').map((node) => [node.level ?? 0, (node.name ?? '').trim()]);
}

/** The first node with this role and (trimmed) name, or undefined. */
export async function axNode(role: string, name: string): Promise<AxNode | undefined> {
  return (await axNodes()).find((node) => node.role === role && (node.name ?? '').trim() === name);
}

/** The nodes with this role, in order. */
export async function axRole(role: string): Promise<AxNode[]> {
  return (await axNodes()).filter((node) => node.role === role);
}
