import { expect } from '@open-wc/testing';
import { Store, sameItems } from '../../../src/services/state/store.js';

type CounterAction = { type: 'add'; by: number } | { type: 'noop' };
const counter = (state: { count: number }, action: CounterAction) =>
  action.type === 'add' ? { count: state.count + action.by } : state;

describe('Store', () => {
  it('select emits the current slice at once, then only when the slice changes', () => {
    const store = new Store(counter, { count: 0 });
    const seen: boolean[] = [];
    const subscription = store.select((s) => s.count >= 2).subscribe((v) => seen.push(v));
    store.dispatch({ type: 'add', by: 1 });
    store.dispatch({ type: 'noop' });
    store.dispatch({ type: 'add', by: 1 });
    store.dispatch({ type: 'add', by: 1 });
    subscription.unsubscribe();
    expect(seen).to.deep.equal([false, true]);
  });

  it('queues a dispatch made during a dispatch instead of re-entering the reducer', () => {
    const depth: number[] = [];
    let inside = 0;
    const store = new Store((state: { count: number }, action: CounterAction) => {
      inside += 1;
      depth.push(inside);
      const next = counter(state, action);
      inside -= 1;
      return next;
    }, { count: 0 });
    const states: number[] = [];
    store.select((s) => s.count).subscribe((count) => {
      states.push(count);
      if (count === 1) store.dispatch({ type: 'add', by: 10 });
    });
    store.dispatch({ type: 'add', by: 1 });
    expect(depth).to.deep.equal([1, 1]);
    expect(states).to.deep.equal([0, 1, 11]);
    expect(store.state.count).to.equal(11);
  });

  it('emits actions to effects after the reducer has applied them', () => {
    const store = new Store(counter, { count: 0 });
    const seen: number[] = [];
    store.actions.subscribe(() => seen.push(store.state.count));
    store.dispatch({ type: 'add', by: 5 });
    expect(seen).to.deep.equal([5]);
  });

  it('counts open selections so leaks can be seen', () => {
    const store = new Store(counter, { count: 0 });
    const a = store.select((s) => s.count).subscribe();
    const b = store.select((s) => s.count).subscribe();
    expect(store.openSelectionCount).to.equal(2);
    a.unsubscribe();
    b.unsubscribe();
    expect(store.openSelectionCount).to.equal(0);
  });

  it('keeps working after a reducer throws, without replaying the queue', () => {
    const store = new Store((state: { count: number }, action: CounterAction) => {
      if (action.type === 'add' && action.by < 0) throw new Error('negative');
      return counter(state, action);
    }, { count: 0 });
    expect(() => store.dispatch({ type: 'add', by: -1 })).to.throw('negative');
    store.dispatch({ type: 'add', by: 2 });
    expect(store.state.count).to.equal(2);
  });

  it('sameItems compares arrays item by item', () => {
    const a = { id: 1 };
    expect(sameItems([a], [a])).to.equal(true);
    expect(sameItems([a], [{ id: 1 }])).to.equal(false);
    expect(sameItems([a], [a, a])).to.equal(false);
  });
});
