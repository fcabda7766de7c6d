// 5. Shift churn: heap after forced GC, DOM nodes, JS event listeners, open store subscriptions and
// detached elements, before and after (a) `calls` simulated calls with every call element mounted and
// (b) `cycles` mount/unmount cycles of each element. Baselines: the same calls on the engine alone
// (simulator, store, commands; no provider, no elements), and a blank page mounting and unmounting
// the same DOM as a hand-written element as often.
async function snapshot(t) {
  await t.call('nextFrame');
  await t.gc();
  const metrics = await t.metrics();
  const detached = await t.detachedElements();
  return { ...metrics, detached };
}

const growth = (before, after) => ({
  heapBytes: after.heapUsed - before.heapUsed,
  nodes: after.nodes - before.nodes,
  listeners: after.listeners - before.listeners,
});

const countDetached = (detached) => Object.values(detached).reduce((sum, n) => sum + n, 0);

export async function measureChurn(t, calls, cycles, captures) {
  // The kit: calls, then mount/unmount cycles, in one provider.
  await t.open(`churn.html?mode=kit`);
  await t.call('setup', 'kit', calls);
  const start = await snapshot(t);
  const selectionsAtStart = await t.call('openSelections');
  const completed = await t.call('calls', calls);
  const afterCalls = await snapshot(t);
  const selectionsAfterCalls = await t.call('openSelections');
  const outcomes = await t.call('received');
  if (completed !== calls || outcomes !== calls) throw new Error(`churn: ${completed} calls worked, ${outcomes} outcomes received, of ${calls}`);
  const mounted = await t.call('mountCycles', cycles);
  const afterMounts = await snapshot(t);
  const selectionsAfterMounts = await t.call('openSelections');

  // Engine alone, same calls.
  await t.open(`churn.html?mode=engine`);
  await t.call('setup', 'engine', calls);
  const engineStart = await snapshot(t);
  await t.call('calls', calls);
  const engineEnd = await snapshot(t);

  // Blank page: the same DOM as hand-written elements, mounted and unmounted as often.
  let blankHeap = 0;
  let blankNodes = 0;
  let blankListeners = 0;
  const blankDetached = {};
  for (const capture of captures) {
    await t.open('base.html?variant=vanilla');
    await t.call('setup', capture, 0);
    const before = await snapshot(t);
    await t.call('churn', cycles);
    const after = await snapshot(t);
    const g = growth(before, after);
    blankHeap += g.heapBytes;
    blankNodes += g.nodes;
    blankListeners += g.listeners;
    Object.assign(blankDetached, after.detached);
  }

  return {
    calls,
    cycles,
    mounted,
    kit: {
      afterCalls: growth(start, afterCalls),
      afterMounts: growth(afterCalls, afterMounts),
      total: growth(start, afterMounts),
      detached: afterMounts.detached,
      detachedCount: countDetached(afterMounts.detached),
      openSelections: { atStart: selectionsAtStart, afterCalls: selectionsAfterCalls, afterMounts: selectionsAfterMounts },
      heapAtEnd: afterMounts.heapUsed,
    },
    engineCalls: { ...growth(engineStart, engineEnd), detachedCount: countDetached(engineEnd.detached) },
    blankMounts: { heapBytes: blankHeap, nodes: blankNodes, listeners: blankListeners, detachedCount: countDetached(blankDetached) },
  };
}
