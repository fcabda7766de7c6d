/** Every check, and a runner that runs them in order against one target and says what happened. */
import { CheckFailed, Skipped, type Check, type CheckGroup } from './check.js';
import { idempotencyChecks } from './checks/idempotency.js';
import { protocolChecks } from './checks/protocol.js';
import { authChecks, multiConnectionChecks, resumeChecks } from './checks/sessions.js';
import type { Target } from './targets.js';

export const checks: readonly Check[] = [...protocolChecks, ...authChecks, ...resumeChecks, ...idempotencyChecks, ...multiConnectionChecks];

export type CheckResult =
  | { readonly id: string; readonly title: string; readonly status: 'passed'; readonly ms: number }
  | { readonly id: string; readonly title: string; readonly status: 'failed' | 'skipped'; readonly ms: number; readonly reason: string };

export interface SuiteOptions {
  /** Only these groups (all when absent). */
  readonly groups?: readonly CheckGroup[];
  /** Told each result as it comes. */
  readonly report?: (result: CheckResult) => void;
}

/** Runs the checks one after another (they share the server's state for the agent) and returns each result. */
export async function runSuite(target: Target, options: SuiteOptions = {}): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    if (options.groups && !options.groups.includes(check.group)) continue;
    const started = Date.now();
    let result: CheckResult;
    try {
      await check.run(target);
      result = { id: check.id, title: check.title, status: 'passed', ms: Date.now() - started };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const status = error instanceof Skipped ? 'skipped' : 'failed';
      result = { id: check.id, title: check.title, status, ms: Date.now() - started, reason: error instanceof CheckFailed || error instanceof Skipped ? reason : `${reason} (${error instanceof Error ? error.name : 'error'})` };
    }
    results.push(result);
    options.report?.(result);
  }
  return results;
}

/** One line per result, as the command line prints it. */
export function describeResult(result: CheckResult): string {
  const mark = result.status === 'passed' ? 'ok  ' : result.status === 'skipped' ? 'skip' : 'FAIL';
  const why = result.status === 'passed' ? '' : `\n       ${result.reason}`;
  return `${mark} ${result.id} (${result.ms} ms): ${result.title}${why}`;
}
