// Node only (run by bench/lib/build.mjs); its types come from Node at run time.
// @ts-nocheck
import { writeFileSync } from 'node:fs';
import { buildFixtures } from './fixtures.js';

const out = process.argv[2];
if (!out) throw new Error('usage: write-fixtures <out.json>');
writeFileSync(out, JSON.stringify(await buildFixtures()));
