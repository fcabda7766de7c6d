/**
 * Whether the runtime knows an IANA zone name. On its own module, with no zone arithmetic, so the
 * event schema can check every record's zone without carrying the rest.
 */
export function isValidTimeZone(name: string): boolean {
  if (typeof name !== 'string' || name.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
