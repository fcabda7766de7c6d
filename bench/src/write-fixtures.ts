import { writeFileSync } from 'node:fs';
import { buildFixtures } from './fixtures.js';

const out = process.argv[2];
if (!out) throw new Error('usage: write-fixtures <out.json>');
writeFileSync(out, JSON.stringify(await buildFixtures()));
