/** Anything with the observable's subscribe: the kit's store selections, the connection's state. */
interface Subscribable<T> {
  subscribe(next: (value: T) => void): { unsubscribe(): void };
}

/** Resolves with the first value that matches, and stops listening. */
export function firstMatch<T>(source: Subscribable<T>, match: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    const subscription = source.subscribe((value) => {
      if (done || !match(value)) return;
      done = true;
      resolve(value);
      queueMicrotask(() => subscription.unsubscribe());
    });
  });
}
