/**
 * Waits for a promise, or fails after `ms` naming what did not happen: a test never hangs on a
 * server that stays silent, and its failure says which step was missed.
 */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`within ${ms} ms: ${what} did not happen`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
