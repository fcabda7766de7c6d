// Campaigns and calling lists from a file given at start: the demo's ships as scenarios/demo.json.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { demoScenario } from '../../src/services/backend/simulator/demo-scenario.js';
import { readScenarioFile } from '../src/scenario-file.js';

const demoFile = new URL('../scenarios/demo.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

void describe('scenario files', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  void test('scenarios/demo.json is the demo’s scenario, read back whole (regenerate: node --import tsx scripts/write-demo-scenario.ts)', async () => {
    assert.deepEqual(await readScenarioFile(demoFile), JSON.parse(JSON.stringify(demoScenario)));
  });

  void test('a bad file is refused naming the file and the field', async () => {
    const campaign = { id: 'c', name: 'C', dialingMode: 'preview', status: 'running' };
    await assert.rejects(readScenarioFile(write('not-json.json', '{ nope')), /not-json\.json: .*JSON/);
    await assert.rejects(readScenarioFile(write('no-campaigns.json', { campaigns: [] })), /no-campaigns\.json: campaigns: at least one campaign/);
    await assert.rejects(readScenarioFile(write('mode.json', { campaigns: [{ ...campaign, dialingMode: 'telepathic' }] })), /mode\.json: campaigns\.0\.dialingMode/);
    await assert.rejects(
      readScenarioFile(write('zone.json', { campaigns: [{ ...campaign, contacts: [{ id: 'x', name: 'X', timeZone: 'Mars/Olympus', numbers: [] }] }] })),
      /zone\.json: campaigns\.0\.contacts\.0\.timeZone: an IANA time zone name/,
    );
    await assert.rejects(readScenarioFile(join(dir, 'missing.json')), /missing\.json: .*ENOENT/);
  });
});
