// Every requirement in docs/SPEC.md is named by at least one test title, and no test title names a
// requirement the SPEC does not have (a typo such as DEL-9 would otherwise prove nothing). Titles
// are read from the browser tests (`it('DEL-3: …'`) and from the page checks' names.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const spec = readFileSync(join(root, 'docs/SPEC.md'), 'utf8');
// A requirement is a list item that starts with its id: "- DEL-3 Stop ends delivery …".
const required = new Set([...spec.matchAll(/^- ([A-Z][A-Z0-9]*-\d+)\b/gm)].map((match) => match[1]));
const prefixes = [...new Set([...required].map((id) => id.replace(/-\d+$/, '')))];
const idPattern = new RegExp(`\\b(?:${prefixes.join('|')})-\\d+\\b`, 'g');

function files(dir, keep) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, keep) : keep(path) ? [path] : [];
  });
}

/** Test titles: the first string argument of it(...) in the browser tests, the check names in the page checks. */
const titles = [];
for (const path of files(join(root, 'tests'), (p) => p.endsWith('.test.ts'))) {
  const text = readFileSync(path, 'utf8');
  for (const match of text.matchAll(/\bit\(\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) titles.push({ path, title: match[2] });
}
for (const path of files(join(root, 'scripts'), (p) => /smoke|check/.test(p) && p.endsWith('.mjs'))) {
  const text = readFileSync(path, 'utf8');
  for (const match of text.matchAll(/check\(\s*browser,\s*[^,]+,\s*(['"`])((?:\\.|(?!\1).)*)\1/gs)) titles.push({ path, title: match[2] });
}

const cited = new Map();
const unknown = [];
for (const { path, title } of titles) {
  for (const id of title.match(idPattern) ?? []) {
    if (required.has(id)) cited.set(id, (cited.get(id) ?? 0) + 1);
    else unknown.push(`${relative(root, path)}: "${title.slice(0, 80)}" names ${id}, which docs/SPEC.md does not have`);
  }
}
const uncited = [...required].filter((id) => !cited.has(id));
console.log(`spec: ${cited.size} of ${required.size} requirements named by ${titles.length} test titles`);
for (const id of uncited) console.error(`no test names ${id}`);
for (const line of unknown) console.error(line);
const failed = (uncited.length ? 1 : 0) + (unknown.length ? 1 : 0);
console.log(`spec: ${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
