// Setting a call up and taking it down: dialling, an incoming call ringing, answering, hanging up.
// What happens to a call once it is up is in mid-call.ts; its life from here to ended, in calls.ts.
import { Invitation, Inviter, SessionState } from 'sip.js';
import type { PhoneResult } from '../../services/ports/phone.js';
import { isLive, rejection, type Slot } from './call-slot.js';
import type { Calls } from './calls.js';
import type { Connection } from './connection.js';
import { targetUri } from './dial-target.js';
import { delay, type EngineContext } from './engine-context.js';
import { webRtcLabels } from './labels.js';
import { microphoneError, type Ringer } from './media.js';
import { OK, fail } from './results.js';

export class CallSetup {
  readonly #context: EngineContext;
  readonly #calls: Calls;
  readonly #connection: Connection;
  readonly #ringer: Ringer;

  constructor(context: EngineContext, calls: Calls, connection: Connection, ringer: Ringer) {
    this.#context = context;
    this.#calls = calls;
    this.#connection = connection;
    this.#ringer = ringer;
  }

  async dial(target: string): Promise<PhoneResult> {
    if (!this.#connection.ready) return fail('not-possible', webRtcLabels.notStarted());
    if (isLive(this.#calls.main)) return fail('not-possible', webRtcLabels.busy());
    return this.invite(target, 'call');
  }

  /** Calls the target as the call or, while the agent consults, as the consultation. */
  async invite(target: string, role: Slot['role']): Promise<PhoneResult> {
    const uri = targetUri(target, this.#connection.domain);
    if (!uri) return fail('call-failed', webRtcLabels.callFailed());
    const inviter = new Inviter(this.#connection.userAgent!, uri, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    const slot = this.#calls.open(inviter, role, 'outgoing', target);
    try {
      await inviter.invite({
        requestDelegate: {
          onReject: (response) => {
            slot.endedBy ??= rejection(response.message.statusCode ?? 0);
          },
        },
      });
      return OK;
    } catch (error) {
      this.#calls.endLocally(slot, { by: 'system', reason: 'failed' });
      const micProblem = error instanceof DOMException ? microphoneError(error) : null;
      return micProblem ? { ok: false, error: micProblem } : fail('call-failed', webRtcLabels.callFailed());
    }
  }

  /** A call the server offers: it rings, unless the phone already has one or is disposed (486 Busy Here). */
  incoming(invitation: Invitation): void {
    if (isLive(this.#calls.main) || this.#context.disposed) {
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      return;
    }
    const identity = invitation.remoteIdentity;
    const slot = this.#calls.open(invitation, 'call', 'incoming', identity.uri.user ?? identity.uri.toString());
    invitation.delegate = {
      ...invitation.delegate,
      onCancel: () => {
        slot.endedBy ??= { by: 'contact', reason: 'hang-up' };
      },
    };
    void this.#ring(slot);
  }

  async #ring(slot: Slot): Promise<void> {
    const playing = await this.#ringer.start();
    if (slot.call.status !== 'ringing') {
      this.#ringer.stop();
      return;
    }
    if (!playing) this.#context.error({ code: 'ringer-blocked', message: webRtcLabels.ringerBlocked() });
  }

  async answer(): Promise<PhoneResult> {
    const slot = this.#calls.main;
    if (!isLive(slot) || !(slot.session instanceof Invitation) || slot.call.status !== 'ringing') {
      return fail('not-possible', webRtcLabels.noCall());
    }
    this.#ringer.stop();
    if (this.#context.state.error?.code === 'ringer-blocked') this.#context.error(null);
    try {
      await slot.session.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
      await Promise.race([slot.acked, delay(2000)]);
      return OK;
    } catch (error) {
      this.#calls.endLocally(slot, { by: 'system', reason: 'failed' });
      return { ok: false, error: error instanceof DOMException ? microphoneError(error) : { code: 'call-failed', message: webRtcLabels.callFailed() } };
    }
  }

  async hangUp(): Promise<PhoneResult> {
    // With a consultation up, hanging up ends the consultation; the held call stays.
    const slot = this.#calls.active;
    if (!isLive(slot)) return fail('not-possible', webRtcLabels.noCall());
    slot.endedBy = { by: 'agent', reason: slot.call.status === 'ringing' ? 'rejected' : 'hang-up' };
    const session = slot.session;
    try {
      if (session.state === SessionState.Established) await session.bye();
      else if (session instanceof Inviter) await session.cancel();
      else if (session instanceof Invitation) await session.reject({ statusCode: 486 });
    } catch {
      this.#calls.endLocally(slot, slot.endedBy);
    }
    return OK;
  }
}
