import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { BackendCommand, BackendConnectionState, BackendOfflineReason } from '../../ports/backend/contract.js';
import { systemClock, type Clock, type TimerHandle } from '../../ports/clock.js';
import {
  MAX_FRAME_BYTES,
  PROTOCOL,
  overFrameLimit,
  isCommandAnswer,
  readServerFrame,
  type ClientFrame,
  type FrameProblem,
  type ResumePoint,
  type ServerFrame,
  type SocketLike,
  type WelcomeFrame,
} from '../../ports/backend/protocol-frames.js';

export type { SocketLike };

/** Where the connection to the server stands: the back-end port's connection state. */
export type ConnectionState = BackendConnectionState;
export type OfflineReason = BackendOfflineReason;

/** What the connection passes on: the server's events, and the bounds of a snapshot. */
export type ReceivedEvent =
  | { readonly kind: 'event'; readonly event: unknown; readonly corr: string | null }
  | { readonly kind: 'snapshot-begin' }
  | { readonly kind: 'snapshot-end' }
  /** The connection was lost in the middle of a snapshot: its events so far are to be dropped. */
  | { readonly kind: 'snapshot-abandoned' };

export interface ConnectionOptions {
  /** `wss://…`; the token never goes in it. */
  readonly url: string;
  /** The host's access token, asked for at every connection and re-authentication; never stored. */
  readonly token: () => string | Promise<string>;
  readonly client?: { readonly name: string; readonly version: string };
  /** Opens a socket; the browser's WebSocket by default. */
  readonly openSocket?: (url: string, protocols: string[]) => SocketLike;
  readonly clock?: Clock;
  /** 0 ≤ r < 1, for the reconnect jitter. */
  readonly random?: () => number;
  /** First reconnect delay bound and its cap, in ms (500 and 30,000 by default). */
  readonly backoff?: { readonly initialMs: number; readonly maxMs: number };
  /** How long the server may take to answer `hello` with `welcome` (10,000 ms by default). */
  readonly welcomeTimeoutMs?: number;
}

const OPEN = 1;
/** Close codes after which reconnecting cannot help (docs/protocol/, Errors and close codes). */
const FATAL: Readonly<Record<number, OfflineReason>> = { 4400: 'protocol-error', 4403: 'not-allowed', 4409: 'replaced' };
const RETRIED: Readonly<Record<number, OfflineReason>> = {
  1001: 'going-away',
  4401: 'token-rejected',
  4408: 'heartbeat-missed',
  4429: 'too-many-frames',
};

/**
 * One desk's connection to an `outbound-kit.v1` server (docs/protocol/): it says hello with the
 * host's token and where to resume, keeps the connection alive with heartbeats and finds a dead one
 * within two intervals, reconnects with back-off and jitter, applies each event once (by `seq`),
 * re-authenticates when asked, and holds commands while offline, sending every unanswered one again
 * once live (the server applies a command id once).
 */
export class ProtocolConnection {
  private readonly state$ = new BehaviorSubject<ConnectionState>({ status: 'connecting', attempt: 1 });
  private readonly events$ = new Subject<ReceivedEvent>();
  private readonly problems$ = new Subject<FrameProblem>();
  private readonly welcome$ = new BehaviorSubject<WelcomeFrame | null>(null);
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly backoff: { readonly initialMs: number; readonly maxMs: number };
  private socket: SocketLike | null = null;
  private attempt = 0;
  private resume: ResumePoint | null = null;
  /** Commands not yet answered, by id, in the order sent: sent again after a reconnect. */
  private readonly unanswered = new Map<string, BackendCommand>();
  private inSnapshot = false;
  /** Where a snapshot in progress leaves the log; it becomes the resume point only once complete. */
  private snapshotAt: ResumePoint | null = null;
  /** Between `connect()` starting and its socket existing (the token is being fetched). */
  private connecting = false;
  /** The log position the server's welcome named: unanswered commands go again once it is reached. */
  private resendAt: number | null = null;
  private lastReceivedAt = 0;
  private lastSentAt = 0;
  private heartbeat: TimerHandle | null = null;
  private retry: TimerHandle | null = null;
  private welcomeDeadline: TimerHandle | null = null;
  private retryNotBefore = 0;
  private disposed = false;

  constructor(private readonly options: ConnectionOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.backoff = options.backoff ?? { initialMs: 500, maxMs: 30_000 };
  }

  /** The connection's state now, then every change. */
  get state(): Observable<ConnectionState> {
    return this.state$.asObservable();
  }

  get current(): ConnectionState {
    return this.state$.getValue();
  }

  /** The server's events, each once and in order, with the bounds of each snapshot. */
  get events(): Observable<ReceivedEvent> {
    return this.events$.asObservable();
  }

  /** Frames from the server the client could not use (it reports them and carries on). */
  get problems(): Observable<FrameProblem> {
    return this.problems$.asObservable();
  }

  /** The last `welcome` (capabilities, server time), or null before the first. */
  get welcome(): Observable<WelcomeFrame | null> {
    return this.welcome$.asObservable();
  }

  /** Connects, unless it is connected or connecting already. */
  start(): void {
    if (this.disposed || this.socket || this.retry || this.connecting) return;
    void this.connect();
  }

  /**
   * Ends this session with the server without disposing the connection: the socket closes, nothing
   * is resumed, unanswered commands are forgotten. A later `start()` begins anew, with a snapshot.
   */
  stop(): void {
    if (this.disposed) return;
    this.stopTimers();
    const socket = this.socket;
    this.socket = null;
    this.connecting = false;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'client closed');
    }
    if (this.inSnapshot) this.events$.next({ kind: 'snapshot-abandoned' });
    this.resume = null;
    this.snapshotAt = null;
    this.inSnapshot = false;
    this.resendAt = null;
    this.attempt = 0;
    this.unanswered.clear();
    this.state$.next({ status: 'closed' });
  }

  /**
   * Sends a command now if live and caught up, else once it is; every unanswered command is sent
   * again after a reconnect, in the order first sent.
   */
  send(command: BackendCommand): void {
    if (this.disposed) return;
    this.unanswered.set(command.commandId, command);
    if (this.current.status === 'live' && this.resendAt === null) this.sendCommand(command);
  }

  /** Closes the connection for good: no reconnect, no event afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.stopTimers();
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      this.detach(socket);
      socket.close(1000, 'client closed');
    }
    this.state$.next({ status: 'closed' });
    this.state$.complete();
    this.events$.complete();
    this.problems$.complete();
    this.welcome$.complete();
  }

  private async connect(): Promise<void> {
    this.retry = null;
    this.connecting = true;
    this.attempt += 1;
    const current = this.current;
    if (current.status !== 'connecting' || current.attempt !== this.attempt) this.state$.next({ status: 'connecting', attempt: this.attempt });
    let token: string;
    try {
      token = await this.options.token();
    } catch {
      this.connecting = false;
      this.goOffline('token-rejected', true);
      return;
    }
    // Stopped or disposed while the host fetched the token.
    if (this.disposed || !this.connecting) return;
    const open = this.options.openSocket ?? ((url, protocols) => new WebSocket(url, protocols));
    let socket: SocketLike;
    try {
      socket = open(this.options.url, [PROTOCOL]);
    } catch {
      this.connecting = false;
      this.goOffline('server-unreachable', true);
      return;
    }
    this.connecting = false;
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      if (socket.protocol !== PROTOCOL) {
        // The server did not select outbound-kit.v1: nothing it says can be read as ours.
        this.drop(socket, 4400, 'protocol-error', false);
        return;
      }
      this.lastReceivedAt = this.clock.now();
      this.write(socket, {
        v: 1,
        kind: 'hello',
        protocols: [PROTOCOL],
        client: this.options.client ?? { name: 'outbound-kit', version: '1' },
        token,
        ...(this.resume ? { resume: this.resume } : {}),
      });
      this.welcomeDeadline = this.clock.setTimer(() => this.drop(socket, 4408, 'heartbeat-missed', true), this.options.welcomeTimeoutMs ?? 10_000);
    };
    socket.onmessage = (message) => this.receive(socket, message.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.stopTimers();
      const fatal = FATAL[event.code];
      if (fatal) this.goOffline(fatal, false);
      else this.goOffline(RETRIED[event.code] ?? (this.welcome$.getValue() ? 'connection-lost' : 'server-unreachable'), true);
    };
    socket.onerror = () => undefined;
  }

  private receive(socket: SocketLike, data: unknown): void {
    if (this.socket !== socket) return;
    this.lastReceivedAt = this.clock.now();
    const reading = readServerFrame(data);
    if (reading.ok === 'ignored') return;
    if (!reading.ok) {
      this.problems$.next(reading.problem);
      return;
    }
    this.handle(socket, reading.frame);
  }

  private handle(socket: SocketLike, frame: ServerFrame): void {
    switch (frame.kind) {
      case 'welcome':
        return this.welcomed(socket, frame);
      case 'evt':
        return this.event(socket, frame.epoch, frame.seq, frame.corr, frame.event);
      case 'snapshot-begin':
        this.inSnapshot = true;
        this.snapshotAt = { epoch: frame.epoch, lastSeq: frame.seq };
        if (this.current.status !== 'resyncing') this.state$.next({ status: 'resyncing' });
        this.events$.next({ kind: 'snapshot-begin' });
        return;
      case 'snapshot-end': {
        this.inSnapshot = false;
        // Only a complete snapshot moves the resume point: one cut short is asked for again.
        if (this.snapshotAt) this.resume = { epoch: this.snapshotAt.epoch, lastSeq: frame.seq };
        this.snapshotAt = null;
        this.events$.next({ kind: 'snapshot-end' });
        const welcome = this.welcome$.getValue();
        if (welcome) this.state$.next({ status: 'live', sessionId: welcome.sessionId, resumed: false });
        this.resendWhenCaughtUp();
        return;
      }
      case 'ping':
        this.write(socket, { v: 1, kind: 'pong', t: frame.t });
        return;
      case 'reauth':
        void this.reauthenticate(socket);
        return;
      case 'bye':
        this.retryNotBefore = this.clock.now() + (frame.retryAfterMs ?? 0);
        return;
      case 'error':
        // A command the server could not read will not read better a second time.
        if (frame.corr !== undefined) this.unanswered.delete(frame.corr);
        this.problems$.next({ field: frame.field ?? '', message: `${frame.code}: ${frame.message}` });
        return;
      case 'pong':
      case 'reauth-ok':
        return;
    }
  }

  private welcomed(socket: SocketLike, welcome: WelcomeFrame): void {
    if (this.welcomeDeadline) this.clock.clearTimer(this.welcomeDeadline);
    this.welcomeDeadline = null;
    this.attempt = 0;
    // A resumed session goes on from the client's own resume point; otherwise a snapshot sets it.
    this.welcome$.next(welcome);
    // Without a replay a snapshot follows: the desk is resyncing until it ends.
    this.state$.next(welcome.resumed ? { status: 'live', sessionId: welcome.sessionId, resumed: true } : { status: 'resyncing' });
    this.scheduleHeartbeat(socket, welcome.heartbeatMs);
    // Every command still without an answer goes again, once the replay has shown which ones the
    // server answered while the connection was down: it applies an id once and answers a retry.
    this.resendAt = welcome.seq;
    if (welcome.resumed) this.resendWhenCaughtUp();
  }

  private resendWhenCaughtUp(): void {
    if (this.resendAt === null || this.inSnapshot || (this.resume?.lastSeq ?? 0) < this.resendAt) return;
    this.resendAt = null;
    for (const command of this.unanswered.values()) this.sendCommand(command);
  }

  private event(socket: SocketLike, epoch: string, seq: number, corr: string | null, event: unknown): void {
    if (!this.inSnapshot) {
      const last = this.resume;
      if (!last) {
        // No resume point yet (the server sent an event before any snapshot): take its position.
        this.resume = { epoch, lastSeq: seq };
        if (corr !== null && isCommandAnswer(event)) this.unanswered.delete(corr);
        this.events$.next({ kind: 'event', event, corr });
        return;
      }
      // Another epoch outside a snapshot, or a gap: events were lost. Reconnect and resume from the
      // last one applied (the server sends a snapshot when it cannot replay).
      if (epoch !== last.epoch || seq > last.lastSeq + 1) {
        this.drop(socket, 4000, 'connection-lost', true);
        return;
      }
      // A duplicate after a reconnect: applied already.
      if (seq <= last.lastSeq) return;
      this.resume = { epoch, lastSeq: seq };
    }
    if (corr !== null && isCommandAnswer(event)) this.unanswered.delete(corr);
    this.events$.next({ kind: 'event', event, corr });
    this.resendWhenCaughtUp();
  }

  private async reauthenticate(socket: SocketLike): Promise<void> {
    let token: string;
    try {
      token = await this.options.token();
    } catch {
      return;
    }
    if (this.socket === socket) this.write(socket, { v: 1, kind: 'reauth', token });
  }

  /** Pings when nothing else went out in an interval; two intervals without a frame is a dead connection. */
  private scheduleHeartbeat(socket: SocketLike, intervalMs: number): void {
    const beat = () => {
      if (this.socket !== socket) return;
      const now = this.clock.now();
      if (now - this.lastReceivedAt >= 2 * intervalMs) {
        this.drop(socket, 4408, 'heartbeat-missed', true);
        return;
      }
      if (now - this.lastSentAt >= intervalMs / 2) this.write(socket, { v: 1, kind: 'ping', t: now });
      this.heartbeat = this.clock.setTimer(beat, intervalMs / 2);
    };
    this.heartbeat = this.clock.setTimer(beat, intervalMs / 2);
  }

  private sendCommand(command: BackendCommand): void {
    if (!this.socket) return;
    if (!this.write(this.socket, { v: 1, kind: 'cmd', id: command.commandId, cmd: command })) {
      // Too large for the protocol: it would be refused on every attempt, so it is not kept.
      this.unanswered.delete(command.commandId);
      this.problems$.next({ field: 'cmd', message: `command ${command.commandId} is over the ${MAX_FRAME_BYTES}-byte frame limit and was not sent` });
    }
  }

  /** Sends a frame; false when it is over the size limit (measured in UTF-8 bytes, as the server counts). */
  private write(socket: SocketLike, frame: ClientFrame): boolean {
    if (socket.readyState !== OPEN) return true;
    const data = JSON.stringify(frame);
    if (overFrameLimit(data)) return false;
    socket.send(data);
    this.lastSentAt = this.clock.now();
    return true;
  }

  /** Closes a socket the client gave up on and goes offline as that reason says. */
  private drop(socket: SocketLike, code: number, reason: OfflineReason, retry: boolean): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.detach(socket);
    this.stopTimers();
    socket.close(code, reason);
    this.goOffline(reason, retry);
  }

  private goOffline(reason: OfflineReason, retry: boolean): void {
    if (this.disposed) return;
    if (this.inSnapshot) this.events$.next({ kind: 'snapshot-abandoned' });
    this.inSnapshot = false;
    this.snapshotAt = null;
    if (!retry) {
      this.state$.next({ status: 'offline', reason, nextAttemptAt: null });
      return;
    }
    // Full jitter: a random delay up to the current bound, so a restarted server is not met by every desk at once.
    const bound = Math.min(this.backoff.maxMs, this.backoff.initialMs * 2 ** Math.max(0, this.attempt - 1));
    const delay = Math.max(this.random() * bound, this.retryNotBefore - this.clock.now());
    const nextAttemptAt = this.clock.now() + delay;
    this.state$.next({ status: 'offline', reason, nextAttemptAt });
    this.retry = this.clock.setTimer(() => void this.connect(), delay);
  }

  private detach(socket: SocketLike): void {
    socket.onopen = socket.onmessage = socket.onclose = socket.onerror = null;
  }

  private stopTimers(): void {
    for (const timer of [this.heartbeat, this.retry, this.welcomeDeadline]) if (timer) this.clock.clearTimer(timer);
    this.heartbeat = this.retry = this.welcomeDeadline = null;
  }
}
