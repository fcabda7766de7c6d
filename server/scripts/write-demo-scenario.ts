// Writes scenarios/demo.json from the demo's scenario (src/services/backend/simulator/demo-scenario.ts),
// the file `npm run start:server` serves. tests/scenario-file.test.ts fails when the two differ.
// Run: cd server && node --import tsx scripts/write-demo-scenario.ts
import { writeFile } from 'node:fs/promises';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';

await writeFile(new URL('../scenarios/demo.json', import.meta.url), `${JSON.stringify(demoScenario, null, 2)}\n`);
console.log('wrote server/scenarios/demo.json');
