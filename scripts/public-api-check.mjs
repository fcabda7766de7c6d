// The public API is what the README's "Public API" lists, no more and no less: the values the built
// `dist/index.js` exports (read from esbuild's metafile, so nothing runs) and the types that
// `dist/types/index.d.ts` adds (read with TypeScript's checker). Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';

/** @param {string} section */
function documented(section) {
  const readme = readFileSync('README.md', 'utf8');
  const match = readme.match(new RegExp(`<!-- public-api:${section} -->([\\s\\S]*?)<!-- /public-api:${section} -->`));
  if (!match?.[1]) throw new Error(`public-api: README.md has no <!-- public-api:${section} --> list`);
  return new Set([...match[1].matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)].map((found) => found[1] ?? ''));
}

const bundled = await build({
  entryPoints: ['dist/index.js'],
  bundle: true,
  format: 'esm',
  write: false,
  metafile: true,
  outdir: 'dist/.public-api',
  logLevel: 'silent',
});
const entry = Object.values(bundled.metafile.outputs).find((output) => output.entryPoint);
if (!entry) throw new Error('public-api: esbuild gave no entry output for dist/index.js');
const values = new Set(entry.exports);

const program = ts.createProgram(['dist/types/index.d.ts'], {
  noEmit: true,
  skipLibCheck: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
});
const checker = program.getTypeChecker();
const declarations = program.getSourceFile('dist/types/index.d.ts');
const moduleSymbol = declarations && checker.getSymbolAtLocation(declarations);
if (!moduleSymbol) throw new Error('public-api: dist/types/index.d.ts not found; run npm run build first');
const types = new Set(checker.getExportsOfModule(moduleSymbol).map((symbol) => symbol.name).filter((name) => !values.has(name)));

// Every type the public declarations name must itself be public, or a host cannot name what it
// receives (an event detail's field, an adapter's argument). Base classes and mixin bases of the
// exported classes are the classes' own business; private and protected members are not API.
const publicSymbols = new Set(
  checker.getExportsOfModule(moduleSymbol).map((symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol)),
);
/** @type {Map<string, Set<string>>} */
const unnamed = new Map();
/** @param {ts.Node} node @param {string} owner */
function findUnnamed(node, owner) {
  if (ts.isHeritageClause(node)) return;
  if ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node)) && node.modifiers?.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return;
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const file = symbol?.declarations?.[0]?.getSourceFile().fileName ?? '';
    if (symbol && file.includes('/dist/types/') && !file.includes('/node_modules/') && !publicSymbols.has(symbol) && !(symbol.flags & ts.SymbolFlags.TypeParameter)) {
      const owners = unnamed.get(symbol.name) ?? new Set();
      owners.add(owner);
      unnamed.set(symbol.name, owners);
    }
  }
  ts.forEachChild(node, (child) => findUnnamed(child, owner));
}
for (const symbol of publicSymbols) for (const declaration of symbol.declarations ?? []) findUnnamed(declaration, symbol.name);

const problems = [];
for (const [name, owners] of unnamed) problems.push(`type ${name} is used by ${[...owners].join(', ')} but not exported`);
for (const [kind, actual, listed] of /** @type {const} */ ([
  ['value', values, documented('values')],
  ['type', types, documented('types')],
])) {
  for (const name of actual) if (!listed.has(name)) problems.push(`${kind} ${name} is exported but not in the README's Public API`);
  for (const name of listed) if (!actual.has(name)) problems.push(`${kind} ${name} is in the README's Public API but not exported`);
}
if (problems.length > 0) {
  console.error(`public-api: ${problems.length} difference(s):\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`public-api: dist/index.js exports the ${values.size} values and ${types.size} types the README lists.`);
}
