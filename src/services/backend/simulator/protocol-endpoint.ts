import type { Subscription } from 'rxjs';
import type { BackendAdapter, InteractionUpdatedEvent } from '../../ports/backend/contract.js';
import type { Interaction } from '../../domain/interaction/interaction.js';
import { interactionFacts } from '../../ports/backend/interaction-facts.js';
import { readCommand } from '../../ports/backend/command-schema.js';
import { systemClock, type Clock, type TimerHandle } from '../../ports/clock.js';
import { isCommandAnswer, MAX_FRAME_BYTES, overFrameLimit, PROTOCOL, readClientFrame, typeField, type ResumePoint } from '../../ports/backend/protocol-frames.js';

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
  /**
   * Whether a `hello`'s or `reauth`'s token is good for this agent; a bad one closes with 4401. It
   * may answer later (a JWT checked against a key set): frames that arrive meanwhile wait.
   */
  readonly acceptToken: (token: string) => boolean | Promise<boolean>;
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

/** How long a command's final answer is kept for its retries (docs/protocol/, Commands and answers). */
export const ANSWERS_KEPT_MS = 24 * 60 * 60 * 1000;

/** How long a connection may take to say hello (docs/protocol/, Handshake). */
const HELLO_TIMEOUT_MS = 10_000;

/**
 * The server's side of `outbound-kit.v1` (docs/protocol/) for one agent, in front of a back end
 * that speaks the kit's contract: the event log with its epoch and sequence numbers, hello and
 * welcome, resume or snapshot, heartbeats, and idempotent commands (the same id and body is
 * answered again, a different body is `idempotency-mismatch`). Transport-agnostic: a WebSocket
 * server or an in-page loopback hands it each connection's frames.
 */
export class ProtocolEndpoint {
  /** The last `resumeWindow` events; `seq` goes on counting past those dropped. */
  private readonly log: LogEntry[] = [];
  private seq = 0;
  /** Each command id's body, and its final answer once the engine gave one. */
  /** In the order first received; answered ones are forgotten after `ANSWERS_KEPT_MS` (docs/protocol/). */
  private readonly commands = new Map<string, { readonly body: string; answer: unknown; answeredAt: number | null }>();
  /** The agent's state now, as a snapshot describes it: kept up to date as events pass. */
  private campaigns: { readonly id: string }[] | null = null;
  private readonly latest = new Map<string, unknown>();
  /** The engine's interaction as last sent, for the facts of its next change. */
  private interaction: Interaction | null = null;
  private disposed = false;
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
    this.following = options.engine.events.subscribe((event) => {
      const commandId = answeredCommand(event);
      const known = commandId === null ? undefined : this.commands.get(commandId);
      if (known && known.answer === undefined) {
        known.answer = event;
        known.answeredAt = this.clock.now();
      }
      for (const wire of this.onTheWire(event)) this.append(wire, commandId);
    });
  }

  /** A new connection: the endpoint waits for its `hello`. A second live one replaces the first (4409). */
  connect(socket: ServerSocket): EndpointConnection {
    if (this.disposed) {
      socket.close(1001, 'going away');
      return { receive: () => undefined, closed: () => undefined };
    }
    let helloed = false;
    let helloDeadline: TimerHandle | null = this.clock.setTimer(() => {
      helloDeadline = null;
      if (!helloed) socket.close(4400, 'no hello within 10 s');
    }, HELLO_TIMEOUT_MS);
    const clearHelloDeadline = () => {
      if (helloDeadline) this.clock.clearTimer(helloDeadline);
      helloDeadline = null;
    };
    /** Frames that arrived while the hello's token was being checked, or null when none is. */
    let waiting: unknown[] | null = null;
    let gone = false;
    const connection: EndpointConnection = {
      receive: (data) => {
        if (waiting) {
          waiting.push(data);
          return;
        }
        // After hello only the live connection is listened to: a refused, replaced or dead one is not.
        if (helloed && this.live?.socket !== socket) return;
        if (typeof data === 'string' && overFrameLimit(data)) {
          if (this.live?.socket === socket) this.end();
          socket.close(1009, `a frame over ${MAX_FRAME_BYTES} bytes`);
          return;
        }
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
          case 'hello': {
            if (helloed) return;
            helloed = true;
            clearHelloDeadline();
            if (!frame.protocols.includes(PROTOCOL)) {
              socket.close(4400, 'hello refused: no protocol this server speaks');
              return;
            }
            waiting = [];
            void this.checkToken(frame.token).then((good) => {
              const held = waiting ?? [];
              waiting = null;
              if (gone) return;
              if (!good) {
                socket.close(4401, 'hello refused: token rejected');
                return;
              }
              this.welcome(socket, frame.resume);
              for (const data of held) connection.receive(data);
            });
            return;
          }
          case 'cmd':
            this.command(frame.id, frame.cmd);
            return;
          case 'ping':
            this.write(socket, { kind: 'pong', t: frame.t });
            return;
          case 'reauth':
            void this.checkToken(frame.token).then((good) => {
              if (this.live?.socket !== socket) return;
              if (!good) {
                this.end();
                socket.close(4401, 'token rejected');
              } else this.write(socket, { kind: 'reauth-ok', expiresAt: this.clock.now() + 3_600_000 });
            });
            return;
          case 'pong':
            return;
        }
      },
      closed: () => {
        gone = true;
        clearHelloDeadline();
        if (this.live?.socket === socket) this.end();
      },
    };
    return connection;
  }

  /** A token check that fails closed: a check that throws rejects the token. */
  private async checkToken(token: string): Promise<boolean> {
    try {
      return (await this.options.acceptToken(token)) && !this.disposed;
    } catch {
      return false;
    }
  }

  /** Stops following the engine and closes the live connection (going away: the client resumes elsewhere). */
  dispose(): void {
    this.disposed = true;
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
    const seq = this.seq;
    const oldest = this.log[0]?.seq ?? seq + 1;
    // Resumable when every event after the client's last one is still in the log.
    const resumed = resume !== undefined && resume.epoch === this.epoch && resume.lastSeq <= seq && resume.lastSeq + 1 >= oldest;
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
      for (const entry of this.log) if (entry.seq > resume.lastSeq) this.write(socket, { kind: 'evt', epoch: this.epoch, ...entry });
    } else {
      this.write(socket, { kind: 'snapshot-begin', epoch: this.epoch, seq });
      for (const event of this.snapshot()) this.write(socket, { kind: 'evt', epoch: this.epoch, seq: 0, corr: null, event });
      this.write(socket, { kind: 'snapshot-end', seq });
    }
    this.live = { socket, lastReceivedAt: this.clock.now(), timer: null };
    this.scheduleHeartbeat();
  }

  private command(id: string, cmd: unknown): void {
    const body = JSON.stringify(cmd);
    this.forgetOldAnswers();
    const known = this.commands.get(id);
    if (known && known.body !== body) {
      this.append(
        { type: 'command-rejected', commandId: id, code: 'idempotency-mismatch', message: 'Another command was sent under this id.', retryable: false },
        id,
      );
      return;
    }
    if (known) {
      // A retry: its answer again (a new log entry), the engine not asked twice. Still in flight: the answer is on its way.
      if (known.answer !== undefined) this.append(known.answer, id);
      return;
    }
    const read = readCommand(cmd);
    // A connection acts for the agent its token names, never for another.
    const reading: ReturnType<typeof readCommand> =
      read.ok && read.command.type === 'login' && read.command.agentId !== this.options.agentId
        ? { ok: false, code: 'agent-mismatch', field: 'cmd.agentId', message: `This connection is signed in as ${this.options.agentId}.` }
        : read;
    if (!reading.ok) {
      // Answered here, once and for good: the engine never sees a command it could misread.
      const answer = { type: 'command-rejected', commandId: id, code: reading.code, params: { field: reading.field }, message: reading.message, retryable: false };
      this.commands.set(id, { body, answer, answeredAt: this.clock.now() });
      this.append(answer, id);
      return;
    }
    this.commands.set(id, { body, answer: undefined, answeredAt: null });
    this.options.engine.send(reading.command);
  }

  /**
   * Final answers are kept 24 hours (the protocol's promise), then forgotten, so a desk that runs
   * for weeks does not grow the server without bound. Commands still in flight are kept.
   */
  private forgetOldAnswers(): void {
    const before = this.clock.now() - ANSWERS_KEPT_MS;
    for (const [id, command] of this.commands) {
      if (command.answeredAt === null) continue;
      if (command.answeredAt >= before) break;
      this.commands.delete(id);
    }
  }

  private append(event: unknown, corr: string | null): void {
    this.seq += 1;
    const entry: LogEntry = { seq: this.seq, corr, event };
    this.log.push(entry);
    if (this.log.length > this.resumeWindow) this.log.shift();
    this.project(event);
    if (this.live) this.write(this.live.socket, { kind: 'evt', epoch: this.epoch, ...entry });
  }

  /** An engine event as outbound-kit.v1 sends it: an interaction as the facts of its change, the rest as it is. */
  private onTheWire(event: unknown): unknown[] {
    if (typeOf(event) !== 'interaction-updated') return [event];
    const after = (event as InteractionUpdatedEvent).interaction;
    const facts = interactionFacts(this.interaction, after);
    this.interaction = after;
    return facts;
  }

  /** Keeps the snapshot's picture of the agent's state up to date with an event. */
  private project(event: unknown): void {
    const type = typeOf(event);
    if (type === 'campaigns-snapshot') {
      this.campaigns = [...((event as { campaigns?: { id: string }[] }).campaigns ?? [])];
    } else if (type === 'campaign-status-changed' && this.campaigns) {
      const campaign = (event as { campaign: { id: string; status?: string } }).campaign;
      const others = this.campaigns.filter((known) => known.id !== campaign.id);
      const index = this.campaigns.findIndex((known) => known.id === campaign.id);
      if (campaign.status === 'unloaded') this.campaigns = others;
      else if (index < 0) this.campaigns = [...others, campaign];
      else this.campaigns = this.campaigns.map((known) => (known.id === campaign.id ? campaign : known));
    } else if (type === 'participation-changed' && this.campaigns) {
      const { campaignId, receiving } = event as { campaignId: string; receiving: boolean };
      this.campaigns = this.campaigns.map((known) => (known.id === campaignId ? { ...known, receiving } : known));
    } else if (type === 'agent-state-changed' || type === 'desk-phone') {
      this.latest.set(type, event);
    }
  }

  /** The events that describe the agent's whole state now: the campaign list as it stands, the agent, the interaction, the desk phone. */
  private snapshot(): unknown[] {
    const campaigns = this.campaigns ? [{ type: 'campaigns-snapshot', campaigns: this.campaigns }] : [];
    const interaction = this.interaction ? interactionFacts(null, this.interaction) : [];
    return [...campaigns, ...this.latest.values(), ...interaction];
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
  const type = typeField(event);
  return typeof type === 'string' ? type : null;
}

/** The command an answer belongs to, for the frame's `corr`. */
function answeredCommand(event: unknown): string | null {
  if (!isCommandAnswer(event)) return null;
  const commandId = (event as { commandId?: unknown }).commandId;
  return typeof commandId === 'string' ? commandId : null;
}
