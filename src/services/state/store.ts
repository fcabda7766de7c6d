import { BehaviorSubject, Subject, defer, distinctUntilChanged, finalize, map, type Observable } from 'rxjs';

export interface Action {
  readonly type: string;
}

export type Reducer<S, A extends Action> = (state: S, action: A) => S;

/**
 * A small immutable store: pure reducers, observable slices, and a dispatch queue.
 *
 * A dispatch made while another is being processed (for example by a subscriber reacting to a
 * state change) is queued and runs after it, so reducers never re-enter and subscribers always see
 * states in dispatch order.
 */
export class Store<S, A extends Action> {
  private readonly state$: BehaviorSubject<S>;
  private readonly reduced$ = new Subject<A>();
  private readonly queue: A[] = [];
  private dispatching = false;
  private openSelections = 0;

  constructor(
    private readonly reducer: Reducer<S, A>,
    initialState: S,
  ) {
    this.state$ = new BehaviorSubject(initialState);
  }

  get state(): S {
    return this.state$.getValue();
  }

  /** Every action, emitted after the reducer has applied it. Effects listen here. */
  get actions(): Observable<A> {
    return this.reduced$.asObservable();
  }

  /** Number of live `select` subscriptions: a leak shows up here. */
  get openSelectionCount(): number {
    return this.openSelections;
  }

  dispatch(action: A): void {
    this.queue.push(action);
    if (this.dispatching) return;
    this.dispatching = true;
    try {
      for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
        const before = this.state$.getValue();
        const after = this.reducer(before, next);
        if (after !== before) this.state$.next(after);
        this.reduced$.next(next);
      }
    } finally {
      this.queue.length = 0;
      this.dispatching = false;
    }
  }

  /** A slice of the state that emits at once and then only when the slice changes. */
  select<T>(selector: (state: S) => T, equals: (a: T, b: T) => boolean = Object.is): Observable<T> {
    return defer(() => {
      this.openSelections += 1;
      return this.state$.pipe(
        map(selector),
        distinctUntilChanged(equals),
        finalize(() => {
          this.openSelections -= 1;
        }),
      );
    });
  }
}

/** Equality for arrays whose items are compared by identity. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}
