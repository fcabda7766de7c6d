/** A cell of a grid, by zero-based row and column. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

export interface GridKey {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
  readonly shiftKey?: boolean;
}

/** Rows moved by Page Up and Page Down. */
export const GRID_PAGE_SIZE = 5;

/**
 * Where focus goes in a data grid for a key, following the WAI-ARIA grid pattern: arrows move one
 * cell without wrapping, Home / End go to the row's first / last cell, Ctrl+Home / Ctrl+End to the
 * grid's first / last cell, Page Up / Page Down move a few rows. `null` means the key is not ours.
 */
export function nextGridPosition(
  from: GridPosition,
  key: GridKey,
  size: { readonly rows: number; readonly columns: number },
): GridPosition | null {
  // Alt+Arrow is the browser's back and forward, Shift extends text selection: not ours.
  if (size.rows === 0 || size.columns === 0 || key.altKey === true || key.shiftKey === true) return null;
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const clampColumn = (column: number) => Math.min(lastColumn, Math.max(0, column));
  const at = (row: number, column: number) => ({ row: clampRow(row), column: clampColumn(column) });
  const wholeGrid = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowDown':
      return at(from.row + 1, from.column);
    case 'ArrowUp':
      return at(from.row - 1, from.column);
    case 'ArrowRight':
      return at(from.row, from.column + 1);
    case 'ArrowLeft':
      return at(from.row, from.column - 1);
    case 'PageDown':
      return at(from.row + GRID_PAGE_SIZE, from.column);
    case 'PageUp':
      return at(from.row - GRID_PAGE_SIZE, from.column);
    case 'Home':
      return wholeGrid ? at(0, 0) : at(from.row, 0);
    case 'End':
      return wholeGrid ? at(lastRow, lastColumn) : at(from.row, lastColumn);
    default:
      return null;
  }
}

/** The row to focus when the focused row at `removedIndex` disappears: the next, or else the previous. */
export function rowAfterRemoval(removedIndex: number, remainingRows: number): number | null {
  if (remainingRows === 0) return null;
  return Math.min(removedIndex, remainingRows - 1);
}
