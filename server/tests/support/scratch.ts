import { accessSync, constants, statSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * Where tests keep their throw-away files: /dev/shm when there is one (memory: a PGlite data
 * directory of a thousand files is copied there in a tenth of the time it takes on this disk),
 * otherwise the system's temp directory. The files are real files either way.
 */
export function scratchRoot(): string {
  try {
    if (statSync('/dev/shm').isDirectory()) {
      accessSync('/dev/shm', constants.W_OK);
      return '/dev/shm';
    }
  } catch {
    // No /dev/shm here (macOS, a container without it): the temp directory will do.
  }
  return tmpdir();
}
