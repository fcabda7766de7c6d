import type { Subscription } from 'rxjs';
import type { BackendAdapter, BackendCommand } from '../../ports/backend/contract.js';
import { systemClock, type Clock, type TimerHandle } from '../../ports/clock.js';
import { PROTOCOL, readClientFrame, type ResumePoint } from '../../ports/backend/protocol-frames.js';

/** The server's end of one WebSocket (or of a loopback pair), as the endpoint needs it. */
export interface ServerSocket {
  send(data: string): void;
  close(code: number, reason: string): void;
}

/** What the endpoint gives a transport for each connection: where its frames go, and its end. */
export interface EndpointConnection {
  receive(data: unknown): void;
  closed(): void;
}

export interface ProtocolEndpointOptions {
  /** The agent's server side: the embedded simulator, or any back end the endpoint fronts. */
  readonly engine: BackendAdapter;
  readonly agentId: string;
  /** Whether a `hello`'s or `reauth`'s token is good; a bad one closes with 4401. */
  readonly acceptToken: (token: string) => boolean;
  /** The log's epoch: a new one means earlier resume points are void. */
  readonly epoch?: string;
  readonly heartbeatMs?: number;
  /** How many events back a resume is replayed; further back, a snapshot. */
  readonly resumeWindow?: number;
  readonly clock?: Clock;
}

interface LogEntry {
  readonly seq: number;
  readonly corr: string | null;
  readonly event: unknown;
}

/**
 * The server's side of `outbound-kit.v1` (docs/protocol/) for one agent, in front of a back end
 * that speaks the kit's contract: the event log with its epoch and sequence numbers, hello and
 * welcome, resume or snapshot, heartbeats, and idempotent commands (the same id and body is
 * answered again, a different body is `idempotency-mismatch`). Transport-agnostic: a WebSocket
 * server or an in-page loopback hands it each connection's frames.
 */
export class ProtocolEndpoint {
  private readonly log: LogEntry[] = [];
  private readonly bodies = new Map<string, string>();
  private readonly clock: Clock;
  private readonly epoch: string;
  private readonly heartbeatMs: number;
  private readonly resumeWindow: number;
  private readonly following: Subscription;
  private live: { readonly socket: ServerSocket; lastReceivedAt: number; timer: TimerHandle | null } | null = null;
  private sessions = 0;

  constructor(private readonly options: ProtocolEndpointOptions) {
    this.clock = options.clock ?? systemClock;
    this.epoch = options.epoch ?? `epoch-${this.clock.now().toString(36)}`;
    this.heartbeatMs = options.heartbeatMs ?? 15_000;
    this.resumeWindow = options.resumeWindow ?? 1000;
    this.following = options.engine.events.subscribe((event) => this.append(event, answeredCommand(event)));
  }

  /** A new connection: the endpoint waits for its `hello`. A second live one replaces the first (4409). */
  connect(socket: ServerSocket): EndpointConnection {
    let helloed = false;
    return {
      receive: (data) => {
        const reading = readClientFrame(data);
        if (!reading.ok) {
          if (!helloed) socket.close(4400, 'the first frame must be hello');
          else this.write(socket, { kind: 'error', code: reading.problem.code, message: reading.problem.message, field: reading.problem.field });
          return;
        }
        const frame = reading.frame;
        if (!helloed && frame.kind !== 'hello') {
          socket.close(4400, 'the first frame must be hello');
          return;
        }
        if (this.live?.socket === socket) this.live.lastReceivedAt = this.clock.now();
        switch (frame.kind) {
          case 'hello':
            if (helloed) return;
            helloed = true;
            if (!frame.protocols.includes(PROTOCOL) || !this.options.acceptToken(frame.token)) {
              socket.close(frame.protocols.includes(PROTOCOL) ? 4401 : 4400, 'hello refused');
              return;
            }
            this.welcome(socket, frame.resume);
            return;
          case 'cmd':
            this.command(frame.id, frame.cmd as unknown as BackendCommand);
            return;
          case 'ping':
            this.write(socket, { kind: 'pong', t: frame.t });
            return;
          case 'reauth':
            if (!this.options.acceptToken(frame.token)) socket.close(4401, 'token rejected');
            else this.write(socket, { kind: 'reauth-ok', expiresAt: this.clock.now() + 3_600_000 });
            return;
          case 'pong':
            return;
        }
      },
      closed: () => {
        if (this.live?.socket === socket) this.end();
      },
    };
  }

  /** Stops following the engine and closes the live connection (going away: the client resumes elsewhere). */
  dispose(): void {
    this.following.unsubscribe();
    const live = this.live;
    this.end();
    live?.socket.close(1001, 'going away');
  }

  private welcome(socket: ServerSocket, resume: ResumePoint | undefined): void {
    const previous = this.live;
    this.end();
    previous?.socket.close(4409, 'replaced by a newer connection');
    this.sessions += 1;
    const seq = this.log.length;
    const resumed = resume !== undefined && resume.epoch === this.epoch && resume.lastSeq <= seq && seq - resume.lastSeq <= this.resumeWindow;
    this.write(socket, {
      kind: 'welcome',
      protocol: PROTOCOL,
      sessionId: `${this.options.agentId}-${this.sessions}`,
      agentId: this.options.agentId,
      epoch: this.epoch,
      seq,
      serverTime: this.clock.now(),
      heartbeatMs: this.heartbeatMs,
      resumeWindow: this.resumeWindow,
      capabilities: this.options.engine.capabilities,
      resumed,
    });
    if (resumed) {
      for (const entry of this.log.slice(resume.lastSeq)) this.write(socket, { kind: 'evt', epoch: this.epoch, ...entry });
    } else {
      this.write(socket, { kind: 'snapshot-begin', epoch: this.epoch, seq });
      for (const event of this.snapshot()) this.write(socket, { kind: 'evt', epoch: this.epoch, seq: 0, corr: null, event });
      this.write(socket, { kind: 'snapshot-end', seq });
    }
    this.live = { socket, lastReceivedAt: this.clock.now(), timer: null };
    this.scheduleHeartbeat();
  }

  private command(id: string, command: BackendCommand): void {
    const body = JSON.stringify(command);
    const known = this.bodies.get(id);
    if (known !== undefined && known !== body) {
      this.append(
        { type: 'command-rejected', commandId: id, code: 'idempotency-mismatch', message: 'Another command was sent under this id.', retryable: false },
        id,
      );
      return;
    }
    this.bodies.set(id, body);
    // The engine applies an id once and answers a retry again.
    this.options.engine.send(command);
  }

  private append(event: unknown, corr: string | null): void {
    const entry: LogEntry = { seq: this.log.length + 1, corr, event };
    this.log.push(entry);
    if (this.live) this.write(this.live.socket, { kind: 'evt', epoch: this.epoch, ...entry });
  }

  /**
   * The events that describe the agent's whole state now: the latest campaign list with the
   * changes since, the latest agent state, interaction and desk phone.
   */
  private snapshot(): unknown[] {
    const latest = new Map<string, unknown>();
    let campaigns: unknown[] = [];
    for (const { event } of this.log) {
      const type = typeOf(event);
      if (type === 'campaigns-snapshot') campaigns = [event];
      else if (type === 'campaign-status-changed' || type === 'participation-changed') campaigns.push(event);
      else if (type === 'agent-state-changed' || type === 'interaction-updated' || type === 'desk-phone') latest.set(type, event);
    }
    return [...campaigns, ...latest.values()];
  }

  /** Pings an idle connection; one silent for two intervals is dead (4408). */
  private scheduleHeartbeat(): void {
    const live = this.live;
    if (!live) return;
    live.timer = this.clock.setTimer(() => {
      if (this.live !== live) return;
      if (this.clock.now() - live.lastReceivedAt >= 2 * this.heartbeatMs) {
        this.end();
        live.socket.close(4408, 'no frame within two heartbeat intervals');
        return;
      }
      this.write(live.socket, { kind: 'ping', t: this.clock.now() });
      this.scheduleHeartbeat();
    }, this.heartbeatMs / 2);
  }

  private end(): void {
    if (this.live?.timer) this.clock.clearTimer(this.live.timer);
    this.live = null;
  }

  private write(socket: ServerSocket, frame: Record<string, unknown>): void {
    socket.send(JSON.stringify({ v: 1, ...frame }));
  }
}

function typeOf(event: unknown): string | null {
  return typeof event === 'object' && event !== null && 'type' in event && typeof event.type === 'string' ? event.type : null;
}

/** The command an answer belongs to, for the frame's `corr`. */
function answeredCommand(event: unknown): string | null {
  const type = typeOf(event);
  if (type !== 'command-accepted' && type !== 'command-rejected') return null;
  const commandId = (event as { commandId?: unknown }).commandId;
  return typeof commandId === 'string' ? commandId : null;
}
