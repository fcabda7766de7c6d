// Removes the directories given as arguments: `node scripts/clean.mjs dist demo/build`.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = process.cwd();
for (const dir of process.argv.slice(2)) {
  const target = resolve(root, dir);
  // Only ever below the working directory: a stray `..` or `/` must not wipe anything else.
  if (target === root || !target.startsWith(`${root}/`)) {
    console.error(`clean: refusing to remove ${target}: not inside ${root}`);
    process.exit(1);
  }
  rmSync(target, { recursive: true, force: true });
}
