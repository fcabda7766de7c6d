// What the agent does with a call that is up: hold and retrieve, mute, and transfer, blind or after
// consulting the target on a second call. (Key tones are in dtmf.ts.)
import { SessionState, type Session, type URI } from 'sip.js';
import type { PhoneResult } from '../../services/ports/phone.js';
import { applyTracks, isLive, reInvite, type Slot } from './call-slot.js';
import type { CallSetup } from './call-setup.js';
import type { Calls } from './calls.js';
import type { Connection } from './connection.js';
import { targetUri } from './dial-target.js';
import { webRtcLabels } from './labels.js';
import { OK, fail, refused } from './results.js';

export class MidCallActions {
  readonly #calls: Calls;
  readonly #connection: Connection;
  readonly #setup: CallSetup;

  constructor(calls: Calls, connection: Connection, setup: CallSetup) {
    this.#calls = calls;
    this.#connection = connection;
    this.#setup = setup;
  }

  /** Holds or retrieves the call, by re-INVITE. */
  async setHeld(held: boolean): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    if (slot.held === held) return fail('not-possible', held ? webRtcLabels.alreadyHeld() : webRtcLabels.notHeld());
    const result = await reInvite(slot, held);
    if (!result.ok) return result;
    slot.held = held;
    applyTracks(slot);
    this.#calls.update(slot, { status: held ? 'held' : 'connected' });
    return OK;
  }

  /** Mutes the call the agent is talking on; no renegotiation. */
  async setMuted(muted: boolean): Promise<PhoneResult> {
    const slot = this.#calls.active;
    if (!isLive(slot)) return fail('not-possible', webRtcLabels.noCall());
    slot.muted = muted;
    applyTracks(slot);
    this.#calls.update(slot, { muted });
    return OK;
  }

  /** Blind transfer: REFER the other side to the target, then leave. */
  async transfer(target: string): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    const uri = targetUri(target, this.#connection.domain);
    if (!uri) return fail('call-failed', webRtcLabels.callFailed());
    return this.#refer(slot, uri, []);
  }

  #refer(slot: Slot, referTo: URI | Session, alsoEnds: Slot[]): Promise<PhoneResult> {
    return new Promise((resolve) => {
      slot.session
        .refer(referTo, {
          onNotify: (notification) => void notification.accept().catch(() => undefined),
          requestDelegate: {
            onAccept: () => {
              for (const s of [slot, ...alsoEnds]) s.endedBy = { by: 'agent', reason: 'transferred' };
              void slot.session.bye().catch(() => this.#calls.endLocally(slot, { by: 'agent', reason: 'transferred' }));
              resolve(OK);
            },
            onReject: (response) => resolve(refused(response.message.statusCode ?? 0)),
          },
        })
        .catch(() => resolve(fail('not-possible', webRtcLabels.callFailed())));
    });
  }

  /** Holds the call and calls the target; the target is `consultation` until transfer or hang-up. */
  async consult(target: string): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || slot.session.state !== SessionState.Established) return fail('not-possible', webRtcLabels.noCall());
    if (isLive(this.#calls.consultation)) return fail('not-possible', webRtcLabels.busy());
    if (!slot.held) {
      const held = await this.setHeld(true);
      if (!held.ok) return held;
    }
    return this.#setup.invite(target, 'consultation');
  }

  /** Attended transfer: REFER with Replaces hands the held call to the consulted party; both legs end here. */
  async completeTransfer(): Promise<PhoneResult> {
    const main = this.#calls.main;
    const consult = this.#calls.consultation;
    if (!isLive(main) || !isLive(consult) || consult.session.state !== SessionState.Established) {
      return fail('not-possible', webRtcLabels.noCall());
    }
    return this.#refer(main, consult.session, [consult]);
  }
}
