import { BehaviorSubject, Subscription, type Observable } from 'rxjs';
import type { BackendAdapter } from '../ports/backend/contract.js';
import { systemClock, type Clock } from '../ports/clock.js';
import type { CommandIdFactory } from '../ports/ids.js';
import type { DeskPhoneLink } from '../ports/desk-phone-link.js';
import type { PhoneService } from '../ports/phone.js';
import { createKitStore, type KitStore } from '../state/kit-store.js';
import { bridgeBackendEvents } from './backend-bridge.js';
import { KitCommands } from './commands.js';
import { SessionDeskPhoneLink } from './desk-phone-link.js';
import { markDoneOnEndCall } from './effects/auto-mark-done.js';
import { expireNoticesOnTime } from './effects/notice-expiry.js';
import { linkPhone } from './effects/phone-link.js';
import type { KitOutbox } from './outbox/kit-outbox.js';

export interface SessionOptions {
  /** The session's one source of time: commands are checked and stamped with it, timers run on it. */
  readonly clock?: Clock;
  /** The agent's IANA time zone, asked each time it is needed. Default: the browser's. */
  readonly agentTimeZone?: () => string;
  readonly newId?: CommandIdFactory;
  /**
   * Whether outcomes go through the outbox, which keeps them in IndexedDB under the agent's name and
   * resends them until the server answers (DISP-4). Default true; false sends them straight to the
   * back end, for a session that is not an agent's (an engine test, a fixture).
   */
  readonly outbox?: boolean;
}

/** What the session gives whoever shows it: one object, the same for the session's life. */
export interface SessionServices {
  readonly store: KitStore;
  readonly commands: KitCommands;
  /** The agent's phone: the current one first (null: none), then each change. */
  readonly phone: Observable<PhoneService | null>;
  /** The narrow window a CTI phone drives the desk phone through (`createCtiPhone(services)`). */
  readonly deskPhoneLink: DeskPhoneLink;
  /** The session's clock: the instant commands are checked against, and the timers of views. */
  readonly clock: Clock;
  /** The agent's IANA time zone. */
  readonly agentTimeZone: () => string;
}

/** One agent's session with a back end, wired in one place: used by the provider, the tests and the bench. */
export interface KitSession {
  readonly services: SessionServices;
  /**
   * Connects a back end: its events feed the store, and with an agent id the agent logs in (and the
   * outbox opens). Ends any earlier connection first.
   */
  connect(backend: BackendAdapter, agentId: string | null): void;
  /** Ends the connection: the state is reset, waiting commands are told they will not be answered. */
  disconnect(): void;
  /** Links and starts a phone (PH-1); the one it replaces is unlinked and disposed. Null: no phone. */
  usePhone(phone: PhoneService | null): void;
  /** Disconnects, disposes the phone and stops every effect. */
  dispose(): void;
}

/**
 * Wires a session: the store, the commands (with the server's answers), the bridge from the back
 * end's events, the effects (notice expiry, Mark Done on end call), the outbox and the phone link.
 */
export function createSession(options: SessionOptions = {}): KitSession {
  const clock = options.clock ?? systemClock;
  const agentTimeZone = options.agentTimeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const store = createKitStore();
  let backend: BackendAdapter | undefined;
  /** Loaded with the connection, off the first render's path: no outcome exists before a record. */
  let outbox: Promise<KitOutbox> | undefined;
  const commands = new KitCommands(store, () => backend, {
    ...(options.newId ? { newId: options.newId } : {}),
    now: () => clock.now(),
    agentTimeZone,
    ...(options.outbox === false
      ? {}
      : {
          sendOutcome: async (command) => {
            if (!outbox) throw new Error('no session');
            await (await outbox).send(command);
          },
        }),
  });
  const phone$ = new BehaviorSubject<PhoneService | null>(null);
  const deskPhoneLink = new SessionDeskPhoneLink(store, commands);
  let connection: Subscription | undefined;
  let phoneLink: Subscription | undefined;

  const disconnect = () => {
    connection?.unsubscribe();
    connection = undefined;
    void outbox?.then((open) => open.dispose());
    outbox = undefined;
    backend = undefined;
    store.dispatch({ type: 'session/reset' });
  };

  const usePhone = (phone: PhoneService | null) => {
    const previous = phone$.getValue();
    if (phone === previous) return;
    phoneLink?.unsubscribe();
    phoneLink = undefined;
    previous?.dispose();
    phone$.next(phone);
    if (!phone) return;
    phoneLink = linkPhone(store, commands, phone);
    // A failure shows in the phone's state, which the link announces.
    void phone.start();
  };

  return {
    services: { store, commands, phone: phone$.asObservable(), deskPhoneLink, clock, agentTimeZone },
    connect(next, agentId) {
      disconnect();
      backend = next;
      // The effects run with the connection: a session without one leaves nothing subscribed.
      connection = bridgeBackendEvents(next, store, () => clock.now());
      connection.add(expireNoticesOnTime(store, clock));
      connection.add(markDoneOnEndCall(store, commands));
      if (!agentId) return;
      if (options.outbox !== false) {
        outbox = import('./outbox/kit-outbox.js').then(({ KitOutbox }) => new KitOutbox(next, store, commands.answers.answers, agentId));
      }
      commands.login(agentId);
      void commands.loadRules();
    },
    disconnect,
    usePhone,
    dispose() {
      usePhone(null);
      disconnect();
      deskPhoneLink.dispose();
      commands.answers.dispose();
      phone$.complete();
    },
  };
}
