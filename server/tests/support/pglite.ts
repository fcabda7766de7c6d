/**
 * Fresh PGlite databases for the tests, quickly. A new PGlite runs initdb first (about 2.5 s here);
 * every test file needs two (in memory, on a directory), so a freshly initialised, never used data
 * directory is made once and kept in the temp directory (with a tarball of it for memory), keyed by
 * the PGlite build. A fresh database is then a copy of it: the same files initdb would have written.
 * Nothing is in it: migrations run on each copy as on a new database.
 */
import { PGlite } from '@electric-sql/pglite';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atProcessEnd } from './process-end.js';

interface Template {
  readonly dataDir: string;
  readonly tarball: string;
}

let template: Promise<Template> | null = null;

/** Made once per PGlite build; the first test process to need it makes it, the others reuse it. */
export function pgliteTemplate(): Promise<Template> {
  template ??= makeTemplate();
  return template;
}

async function makeTemplate(): Promise<Template> {
  const entry = fileURLToPath(import.meta.resolve('@electric-sql/pglite'));
  const build = createHash('sha256').update(`${entry}:${statSync(entry).mtimeMs}`).digest('hex').slice(0, 16);
  const home = join(tmpdir(), `outbound-kit-pglite-template-${build}`);
  const found = { dataDir: join(home, 'data'), tarball: join(home, 'data.tar') };
  if (existsSync(join(home, 'READY'))) return found;
  // Built aside, then renamed into place in one step: a process that finds it finds it whole.
  const building = mkdtempSync(`${home}-building-`);
  const forget = atProcessEnd(() => rmSync(building, { recursive: true, force: true }));
  try {
    const pglite = await PGlite.create(join(building, 'data'));
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    writeFileSync(join(building, 'data.tar'), Buffer.from(await dump.arrayBuffer()));
    writeFileSync(join(building, 'READY'), '');
    try {
      renameSync(building, home);
    } catch {
      // Another test process put its own there first: use that one.
    }
  } finally {
    forget();
    rmSync(building, { recursive: true, force: true });
  }
  if (!existsSync(join(home, 'READY'))) throw new Error(`the PGlite template at ${home} is incomplete`);
  return found;
}

/** A fresh PGlite in memory, from the template's tarball. */
export async function freshMemoryPglite(): Promise<PGlite> {
  const { tarball } = await pgliteTemplate();
  return PGlite.create({ loadDataDir: new Blob([readFileSync(tarball)]) });
}

/** A fresh data directory under `parent`, a copy of the template's; its path. */
export async function freshPgliteDataDir(parent: string): Promise<string> {
  const { dataDir } = await pgliteTemplate();
  const copy = join(mkdtempSync(join(parent, 'pglite-')), 'data');
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}
