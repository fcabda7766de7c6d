// The phone's calls: the call and, while the agent consults, a second one. Keeps the two slots,
// follows each session from dialling or ringing to its end, and shows both in the phone's state;
// the actions (call-setup.ts, mid-call.ts) and the connection (connection.ts) all go through here.
import { Invitation, Inviter, SessionState, type Session } from 'sip.js';
import type { PhoneCall } from '../../services/ports/phone.js';
import { applyTracks, createSlot, isLive, remoteStream, type Ended, type Slot } from './call-slot.js';
import { delay, type EngineContext } from './engine-context.js';
import type { AudioOut, Ringer } from './media.js';

export class Calls {
  readonly #context: EngineContext;
  readonly #speaker: AudioOut;
  readonly #ringer: Ringer;
  #main: Slot | null = null;
  #consult: Slot | null = null;

  constructor(context: EngineContext, speaker: AudioOut, ringer: Ringer) {
    this.#context = context;
    this.#speaker = speaker;
    this.#ringer = ringer;
  }

  /** The call; it stays here once ended, until the next one takes its place. */
  get main(): Slot | null {
    return this.#main;
  }

  /** The consultation, until it ends. */
  get consultation(): Slot | null {
    return this.#consult;
  }

  /** The call the agent is talking on: the consultation while there is one, else the call. */
  get active(): Slot | null {
    return isLive(this.#consult) ? this.#consult : this.#main;
  }

  /** The calls not yet ended. */
  live(): Slot[] {
    return [this.#main, this.#consult].filter((s): s is Slot => s !== null && !s.finished);
  }

  /** Takes a new session in as the call or the consultation, and follows it to its end. */
  open(session: Session, role: Slot['role'], direction: PhoneCall['direction'], remote: string): Slot {
    const slot = createSlot(session, role, direction, remote);
    if (role === 'call') this.#main = slot;
    else this.#consult = slot;
    session.delegate = {
      onBye: () => {
        slot.endedBy ??= { by: 'contact', reason: 'hang-up' };
      },
      onAck: () => slot.ack(),
      onInfo: (info) => void info.accept().catch(() => undefined),
      onRefer: (referral) => void referral.reject().catch(() => undefined),
    };
    session.stateChange.addListener((state) => {
      if (state === SessionState.Established) void this.#established(slot);
      if (state === SessionState.Terminated) this.#terminated(slot);
    });
    this.#show(slot);
    return slot;
  }

  update(slot: Slot, patch: Partial<PhoneCall>): void {
    slot.call = { ...slot.call, ...patch };
    this.#show(slot);
  }

  /** Ends a call here and now, whether or not the other side can still be told. */
  endLocally(slot: Slot, ended: Ended): void {
    if (slot.finished) return;
    slot.endedBy = ended;
    this.#finish(slot, ended);
    try {
      const session = slot.session;
      if (session.state === SessionState.Established) void session.bye().catch(() => undefined);
      else if (session instanceof Inviter) void session.cancel().catch(() => undefined);
      else if (session instanceof Invitation && session.state === SessionState.Initial) void session.reject().catch(() => undefined);
      session.sessionDescriptionHandler?.close();
    } catch {
      // The socket is gone: the local end is all there is.
    }
  }

  #show(slot: Slot): void {
    if (slot.role === 'call' && this.#main === slot) this.#context.patch({ call: slot.call });
    if (slot.role === 'consultation' && this.#consult === slot) {
      this.#context.patch({ consultation: slot.call.status === 'ended' ? null : slot.call });
    }
  }

  async #established(slot: Slot): Promise<void> {
    if (slot.finished) return;
    if (slot.call.direction === 'incoming') await Promise.race([slot.acked, delay(2000)]);
    if (slot.finished) return;
    if (slot.call.direction === 'incoming') this.#ringer.stop();
    applyTracks(slot);
    this.#playRemote(slot);
    this.update(slot, { status: slot.held ? 'held' : 'connected', connectedAt: slot.call.connectedAt ?? Date.now() });
  }

  #terminated(slot: Slot): void {
    if (slot.finished) return;
    this.#finish(slot, slot.endedBy ?? { by: 'system', reason: 'failed' });
  }

  #finish(slot: Slot, ended: Ended): void {
    slot.finished = true;
    if (slot.call.status === 'ringing') this.#ringer.stop();
    this.update(slot, { status: 'ended', ended });
    if (slot.role === 'consultation') {
      this.#consult = null;
      if (isLive(this.#main)) this.#playRemote(this.#main);
    } else {
      this.#speaker.stop();
    }
  }

  #playRemote(slot: Slot): void {
    const stream = remoteStream(slot);
    if (stream) void this.#speaker.play(stream);
  }
}
