// Proves that every import rule in .dependency-cruiser.cjs fails on a deliberate violation: the
// rules run on a copy of src/ with one offending file per rule (tests/import-rules/violations.mjs),
// and each rule must report exactly its offending file. A rule that matches nothing it should (a
// typo in a path, a layer renamed) fails here instead of passing silently forever.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { violations } from '../tests/import-rules/violations.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const copy = mkdtempSync(join(tmpdir(), 'import-rules-'));
try {
  for (const entry of ['src', 'server/src', 'conformance/src', 'tsconfig.json', '.dependency-cruiser.cjs']) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  for (const violation of violations) {
    for (const [path, text] of Object.entries(violation.files)) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      writeFileSync(join(copy, path), text);
    }
  }
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'), 'src', 'server/src', 'conformance/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
    { cwd: copy, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (!run.stdout) throw new Error(`import-rules: dependency-cruiser printed nothing (exit ${run.status}): ${run.stderr}`);
  const reported = JSON.parse(run.stdout).summary.violations.map((found) => ({ rule: found.rule.name, from: found.from, to: found.to }));
  const problems = [];
  for (const violation of violations) {
    const hits = reported.filter((found) => found.rule === violation.rule && found.from === violation.from);
    if (hits.length === 0) problems.push(`${violation.rule}: not reported for ${violation.from} (${violation.why})`);
    else console.log(`import-rules: ${violation.rule} fails as it should: ${hits[0].from} → ${hits[0].to}`);
  }
  const expected = new Set(violations.map((violation) => `${violation.rule} ${violation.from}`));
  for (const found of reported) {
    // Only the planted files may break a rule: anything else is a violation in the real source.
    if (!expected.has(`${found.rule} ${found.from}`) && !violations.some((violation) => Object.hasOwn(violation.files, found.from))) {
      problems.push(`${found.rule}: unexpected violation ${found.from} → ${found.to}`);
    }
  }
  if (problems.length > 0) {
    console.error(`import-rules: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`import-rules: all ${violations.length} rules fail on their deliberate violation.`);
  }
} finally {
  rmSync(copy, { recursive: true, force: true });
}
