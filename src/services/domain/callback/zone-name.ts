/**
 * Whether the runtime knows an IANA zone name. On its own module, with no zone arithmetic, so the
 * event schema can check every record's zone without carrying the rest.
 */

/**
 * Names already checked. Building an Intl.DateTimeFormat costs about 100 µs, and every record of
 * every interaction update carries a zone: under a predictive campaign's event storm the check
 * was most of the cost of validating an event. The runtime's zones do not change while it runs.
 */
const known = new Map<string, boolean>();

export function isValidTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.trim() === '') return false;
  let valid = known.get(name);
  if (valid === undefined) {
    valid = canFormatIn(name);
    // Bounded, so a server sending endless made-up names cannot grow it without limit.
    if (known.size < 1000) known.set(name, valid);
  }
  return valid;
}

function canFormatIn(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
