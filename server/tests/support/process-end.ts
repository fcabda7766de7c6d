/**
 * Clean-ups that must run however the test process ends: normally (its `after` hooks have usually
 * done the work already, and removed theirs), by an uncaught error, or by a signal (the test
 * runner sends SIGTERM to a file's process when it is itself going, e.g. its output was closed).
 * A process that dies of a signal emits no 'exit', so the signals are caught here, the clean-ups
 * run, and the same signal is raised again so the process still ends as it would have.
 */
const cleanUps = new Set<() => void>();
const SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

function runAll(): void {
  for (const cleanUp of [...cleanUps]) {
    cleanUps.delete(cleanUp);
    try {
      cleanUp();
    } catch {
      // Best effort: one failing clean-up must not keep the others from running.
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  runAll();
  for (const name of SIGNALS) process.removeListener(name, onSignal);
  process.kill(process.pid, signal);
}

let installed = false;

/** Runs `cleanUp` (synchronous) when the process ends, unless the returned function is called first. */
export function atProcessEnd(cleanUp: () => void): () => void {
  if (!installed) {
    installed = true;
    process.once('exit', runAll);
    for (const name of SIGNALS) process.once(name, onSignal);
  }
  cleanUps.add(cleanUp);
  return () => cleanUps.delete(cleanUp);
}
