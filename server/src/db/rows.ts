/**
 * Reading what a row holds, checked. The drivers disagree on some types (`pg` gives `bigint`
 * columns as strings, PGlite as numbers, or as BigInt past 2^53), and a row that does not hold what
 * the schema promises is a bug to report, not a value to pass on.
 */

export type Row = Record<string, unknown>;

/** A row that does not hold what the schema says it should. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

function column(row: Row, name: string): unknown {
  if (!(name in row)) throw new StorageError(`the row has no column ${name}`);
  return row[name];
}

export function readText(row: Row, name: string): string {
  const value = column(row, name);
  if (typeof value !== 'string') throw new StorageError(`column ${name} is not text: ${typeof value}`);
  return value;
}

export function readNullableText(row: Row, name: string): string | null {
  return column(row, name) === null ? null : readText(row, name);
}

/** A `bigint` or `integer` column as a JS number; one past what a number holds exactly is an error. */
export function readInteger(row: Row, name: string): number {
  const value = column(row, name);
  const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : typeof value === 'bigint' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) throw new StorageError(`column ${name} is not a safe integer: ${String(value)}`);
  return number;
}

export function readNullableInteger(row: Row, name: string): number | null {
  return column(row, name) === null ? null : readInteger(row, name);
}

export function readBoolean(row: Row, name: string): boolean {
  const value = column(row, name);
  if (typeof value !== 'boolean') throw new StorageError(`column ${name} is not a boolean: ${typeof value}`);
  return value;
}

export function readOneOf<T extends string>(row: Row, name: string, allowed: readonly T[]): T {
  const value = readText(row, name);
  if (!(allowed as readonly string[]).includes(value)) throw new StorageError(`column ${name} holds ${value}, not one of ${allowed.join(', ')}`);
  return value as T;
}

/**
 * A `jsonb` column, as the driver parsed it (both parse JSON). JSON's null and SQL's NULL both
 * arrive as null: for a column that may be NULL, tell them apart by another column.
 */
export function readJson(row: Row, name: string): unknown {
  const value = column(row, name);
  if (value === undefined) throw new StorageError(`column ${name} holds no document`);
  return value;
}

/** A `jsonb` column that must hold an object. */
export function readJsonObject(row: Row, name: string): Record<string, unknown> {
  const value = readJson(row, name);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StorageError(`column ${name} does not hold a JSON object`);
  return value as Record<string, unknown>;
}

/** The single row a statement must return. */
export function onlyRow(rows: readonly Row[], what: string): Row {
  if (rows.length !== 1) throw new StorageError(`${what}: expected one row, got ${rows.length}`);
  return rows[0];
}
