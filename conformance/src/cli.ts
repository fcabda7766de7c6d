/**
 * `outbound-kit-conformance --url ws://host:port/v1 --token <jwt> [--other-token <jwt>] [--origin <url>]
 * [--group protocol,auth,...] [--deadline-ms 5000] [--slow]`: runs the suite against a server and
 * exits 0 when every check passed or was skipped with a reason, 1 when one failed, 2 on bad usage.
 */
import { parseArgs } from 'node:util';
import type { CheckGroup } from './check.js';
import { describeResult, runSuite } from './suite.js';
import { webSocketTarget } from './targets.js';

const GROUPS: readonly CheckGroup[] = ['protocol', 'auth', 'resume', 'idempotency', 'multi-connection'];

const usage = 'usage: outbound-kit-conformance --url ws://127.0.0.1:8787/v1 --token <token> [--other-token <token of another agent>] [--origin <origin>] [--group protocol,auth,resume,idempotency,multi-connection] [--deadline-ms 5000] [--slow]';

let values;
try {
  ({ values } = parseArgs({
    options: {
      url: { type: 'string' },
      token: { type: 'string' },
      'other-token': { type: 'string' },
      origin: { type: 'string' },
      group: { type: 'string' },
      'deadline-ms': { type: 'string' },
      slow: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values.url || !values.token) {
  console.error(`--url and --token are required\n${usage}`);
  process.exit(2);
}
const groups = values.group?.split(',').map((group) => group.trim()) ?? [];
const unknown = groups.filter((group) => !(GROUPS as readonly string[]).includes(group));
if (unknown.length > 0) {
  console.error(`unknown group(s): ${unknown.join(', ')}; the groups are ${GROUPS.join(', ')}`);
  process.exit(2);
}
const deadlineMs = values['deadline-ms'] ? Number(values['deadline-ms']) : 5000;
if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) {
  console.error(`--deadline-ms must be a positive number of milliseconds, not "${values['deadline-ms']}"`);
  process.exit(2);
}

const target = webSocketTarget({
  url: values.url,
  token: values.token,
  ...(values['other-token'] ? { otherAgentToken: values['other-token'] } : {}),
  ...(values.origin ? { origin: values.origin } : {}),
  deadlineMs,
  slow: values.slow,
});
console.log(`outbound-kit-conformance: ${target.name}`);
const results = await runSuite(target, { ...(groups.length > 0 ? { groups: groups as CheckGroup[] } : {}), report: (result) => console.log(describeResult(result)) });
const count = (status: string) => results.filter((result) => result.status === status).length;
console.log(`\n${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
process.exit(count('failed') > 0 ? 1 : 0);
