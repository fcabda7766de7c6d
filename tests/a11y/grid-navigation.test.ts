import { expect } from '@open-wc/testing';
import { nextGridPosition, rowAfterRemoval } from '../../src/a11y/grid-navigation.js';

const size = { rows: 10, columns: 6 };
const at = (row: number, column: number) => ({ row, column });

describe('Grid keyboard navigation', () => {
  it('A11Y-3: arrows move one cell and stop at the edges', () => {
    expect(nextGridPosition(at(0, 0), { key: 'ArrowDown' }, size)).to.deep.equal(at(1, 0));
    expect(nextGridPosition(at(0, 0), { key: 'ArrowUp' }, size)).to.deep.equal(at(0, 0));
    expect(nextGridPosition(at(3, 5), { key: 'ArrowRight' }, size)).to.deep.equal(at(3, 5));
    expect(nextGridPosition(at(3, 2), { key: 'ArrowLeft' }, size)).to.deep.equal(at(3, 1));
  });

  it('A11Y-3: Home and End go to the row ends; with Ctrl, to the grid ends', () => {
    expect(nextGridPosition(at(4, 3), { key: 'Home' }, size)).to.deep.equal(at(4, 0));
    expect(nextGridPosition(at(4, 3), { key: 'End' }, size)).to.deep.equal(at(4, 5));
    expect(nextGridPosition(at(4, 3), { key: 'Home', ctrlKey: true }, size)).to.deep.equal(at(0, 0));
    expect(nextGridPosition(at(4, 3), { key: 'End', ctrlKey: true }, size)).to.deep.equal(at(9, 5));
  });

  it('A11Y-3: Page Up and Page Down move five rows, clamped', () => {
    expect(nextGridPosition(at(1, 2), { key: 'PageDown' }, size)).to.deep.equal(at(6, 2));
    expect(nextGridPosition(at(8, 2), { key: 'PageDown' }, size)).to.deep.equal(at(9, 2));
    expect(nextGridPosition(at(3, 2), { key: 'PageUp' }, size)).to.deep.equal(at(0, 2));
  });

  it('ignores keys that are not navigation, and empty grids', () => {
    expect(nextGridPosition(at(0, 0), { key: 'a' }, size)).to.equal(null);
    expect(nextGridPosition(at(0, 0), { key: 'ArrowLeft', altKey: true }, size)).to.equal(null);
    expect(nextGridPosition(at(0, 0), { key: 'ArrowDown', shiftKey: true }, size)).to.equal(null);
    expect(nextGridPosition(at(0, 0), { key: 'ArrowDown' }, { rows: 0, columns: 6 })).to.equal(null);
  });

  it('hands focus of a removed row to the next row, or the previous one at the end', () => {
    expect(rowAfterRemoval(2, 5)).to.equal(2);
    expect(rowAfterRemoval(5, 5)).to.equal(4);
    expect(rowAfterRemoval(0, 0)).to.equal(null);
  });
});
