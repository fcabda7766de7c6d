/** JSON as the stores write it: text for a `$n::jsonb` parameter, and a canonical form to hash. */

/** `value` as JSON text; refuses what JSON cannot carry (undefined, a function, a symbol). */
export function jsonText(value: unknown, what: string): string {
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`${what} is not JSON (${typeof value})`);
  return text;
}

/**
 * One text for one JSON value whatever the order its object keys were written in: keys sorted (by
 * UTF-16 code units), no whitespace. Fields that are `undefined` are left out, as JSON.stringify
 * does; what JSON cannot represent faithfully (NaN, Infinity, a class instance) is refused rather
 * than quietly turned into something that could hash like another value.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  if (typeof value === 'object') {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new TypeError('only plain objects have a canonical JSON form');
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  throw new TypeError(`a ${typeof value} has no JSON form`);
}
