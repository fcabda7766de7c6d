import { BehaviorSubject, Subscription, distinctUntilChanged, filter, firstValueFrom, map, type Observable } from 'rxjs';
import type { InteractionActionCommand } from '../../services/ports/backend/contract.js';
import type { RefusalReason } from '../../services/domain/refusals/refusals.js';
import type { CallTarget } from '../../services/domain/interaction/interaction.js';
import type { CommandAnswer } from '../../services/ports/command-outcome.js';
import type { DeskPhoneLink } from '../../services/ports/desk-phone-link.js';
import { systemClock, type Clock } from '../../services/ports/clock.js';
import type {
  PhoneCapabilities,
  PhoneDeviceKind,
  PhoneError,
  PhoneRegistration,
  PhoneResult,
  PhoneService,
  PhoneState,
} from '../../services/ports/phone.js';
import { nextDeskPhoneCall } from './desk-phone-call.js';
import { ctiLabels } from './labels.js';

/** What the CTI phone needs from the kit: `provider.services` has all of it. */
export interface CtiPhoneOptions {
  /** The session's window for a desk phone: its status, the desk phone's events, and agent actions. */
  readonly deskPhoneLink: DeskPhoneLink;
  /** The kit's clock, for when a call connected if the server does not say. */
  readonly clock?: Pick<Clock, 'now'>;
}

/**
 * The agent's hard phone, driven through the back end by third-party call control (PH-3). Give it to
 * the provider: `provider.phone = createCtiPhone(provider.services)`.
 */
export function createCtiPhone(options: CtiPhoneOptions): PhoneService {
  return new CtiPhone(options);
}

type Action = InteractionActionCommand['action'];

const CAPABILITIES: PhoneCapabilities = {
  answer: true,
  hold: true,
  // A desk phone mutes with its own button, and its handset and speaker are its own.
  mute: false,
  dtmf: true,
  blindTransfer: true,
  consultTransfer: true,
  conference: true,
  devices: false,
};

const INITIAL: PhoneState = {
  registration: 'unregistered',
  call: null,
  consultation: null,
  error: null,
  devices: { available: [], chosen: { microphone: null, speaker: null, ringer: null } },
};

class CtiPhone implements PhoneService {
  readonly kind = 'cti';
  readonly capabilities = CAPABILITIES;
  private readonly state$ = new BehaviorSubject<PhoneState>(INITIAL);
  readonly state: Observable<PhoneState> = this.state$.asObservable();
  readonly registration: Observable<PhoneRegistration> = this.state.pipe(
    map((state) => state.registration),
    distinctUntilChanged(),
  );
  private readonly link$: DeskPhoneLink;
  private readonly clock: Pick<Clock, 'now'>;
  private link: Subscription | null = null;
  /** Settles once, when the phone is disposed: every action still waiting answers with it. */
  private readonly shutDown: Promise<PhoneResult>;
  private shut: () => void = () => undefined;
  private disposed = false;
  /** The target of the consultation in progress, which Complete transfer and Conference join. */
  private consultTarget: string | null = null;

  constructor(options: CtiPhoneOptions) {
    this.link$ = options.deskPhoneLink;
    // One promise for the phone's life, not a subscription per action left open until dispose.
    this.shutDown = new Promise((resolve) => (this.shut = () => resolve(notPossible(ctiLabels.shutDown()))));
    this.clock = options.clock ?? systemClock;
  }

  get current(): PhoneState {
    return this.state$.getValue();
  }

  /** The CTI link is the kit's session with the server: ready once that is up. */
  start(): Promise<PhoneResult> {
    if (this.disposed) return Promise.resolve(notPossible(ctiLabels.shutDown()));
    if (!this.link) this.link = this.follow();
    return firstValueFrom(
      this.state.pipe(
        map((state): PhoneResult | null => {
          if (state.registration === 'ready') return { ok: true };
          // Unregistered again: disposed while waiting.
          if (state.registration !== 'failed' && state.registration !== 'unregistered') return null;
          return { ok: false, error: state.error ?? { code: 'not-possible', message: ctiLabels.shutDown() } };
        }),
        filter(isResult),
      ),
    );
  }

  dial(target: string): Promise<PhoneResult> {
    const record = this.link$.situation().interaction?.record;
    const known = record?.numbers.find((number) => number.e164 === target);
    const callTarget: CallTarget = known ? { numberId: known.id } : { e164: target, numberType: 'other' };
    return this.run({ type: 'call', target: callTarget });
  }

  /** Accepts the offered dialer record: the server connects the desk phone to the contact. */
  answer(): Promise<PhoneResult> {
    return this.run({ type: 'accept' });
  }

  hangUp(): Promise<PhoneResult> {
    return this.run(this.link$.situation().interaction?.phase === 'offered' ? { type: 'reject' } : { type: 'end-call' });
  }

  hold(): Promise<PhoneResult> {
    return this.run({ type: 'hold' });
  }

  retrieve(): Promise<PhoneResult> {
    return this.run({ type: 'retrieve' });
  }

  setMuted(): Promise<PhoneResult> {
    return Promise.resolve(notPossible(ctiLabels.muteOnDesk()));
  }

  sendDtmf(tones: string): Promise<PhoneResult> {
    return this.run({ type: 'send-dtmf', digits: tones });
  }

  transfer(target: string): Promise<PhoneResult> {
    return this.run({ type: 'transfer', target });
  }

  async consult(target: string): Promise<PhoneResult> {
    const result = await this.run({ type: 'consult', target });
    if (result.ok) this.consultTarget = target;
    return result;
  }

  async completeTransfer(): Promise<PhoneResult> {
    if (this.consultTarget === null) return notPossible(ctiLabels.consultBeforeTransfer());
    const result = await this.run({ type: 'transfer', target: this.consultTarget });
    if (result.ok) this.consultTarget = null;
    return result;
  }

  async conference(): Promise<PhoneResult> {
    if (this.consultTarget === null) return notPossible(ctiLabels.consultBeforeConference());
    const result = await this.run({ type: 'conference', target: this.consultTarget });
    if (result.ok) this.consultTarget = null;
    return result;
  }

  chooseDevice(_kind: PhoneDeviceKind, _deviceId: string | null): Promise<PhoneResult> {
    return Promise.resolve(notPossible(ctiLabels.ownDevices()));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.shut();
    this.link?.unsubscribe();
    this.link = null;
    this.update({ registration: 'unregistered' });
    this.state$.complete();
  }

  /** Follows the session (the CTI link) and the desk phone's events. */
  private follow(): Subscription {
    const link = new Subscription();
    let everReady = false;
    link.add(
      this.link$.status.subscribe((session) => {
        if (session.status === 'ready') {
          everReady = true;
          this.update({ registration: 'ready', error: null });
        } else if (session.status === 'refused') {
          this.update({ registration: 'failed', error: { code: 'registration-refused', message: ctiLabels.signInRefused(session.message) } });
        } else if (this.current.registration !== 'failed') {
          this.update({ registration: everReady ? 'reconnecting' : 'registering' });
        }
      }),
    );
    link.add(
      this.link$.deskPhone.subscribe((event) => {
        if (!event) return;
        const call = nextDeskPhoneCall(this.current.call, event, this.link$.situation(), this.clock.now());
        if (call !== this.current.call) this.update({ call });
        if (call?.status === 'ended') this.consultTarget = null;
      }),
    );
    return link;
  }

  /**
   * Sends an action through the engine's rules and waits for the server's answer: by then the desk
   * phone's event has arrived too, so the state shows what the action did.
   */
  private async run(action: Action): Promise<PhoneResult> {
    if (this.current.registration !== 'ready') return notPossible(ctiLabels.notConnected());
    const outcome = await Promise.race([this.link$.act(action), this.shutDown]);
    if ('ok' in outcome) return outcome;
    if (!outcome.sent) return refused(outcome.error);
    return Promise.race([outcome.answer.then(resultOf), this.shutDown]);
  }

  private update(change: Partial<PhoneState>): void {
    if (this.state$.closed) return;
    this.state$.next({ ...this.current, ...change });
  }
}

function isResult(value: PhoneResult | null): value is PhoneResult {
  return value !== null;
}

function failure(code: PhoneError['code'], message: string): PhoneResult {
  return { ok: false, error: { code, message } };
}

function notPossible(message: string): PhoneResult {
  return failure('not-possible', message);
}

/** The engine's or the server's refusal, passed on with its code so the elements can word it. */
function refused({ message, refusal }: { readonly message: string; readonly refusal?: RefusalReason }): PhoneResult {
  return { ok: false, error: { code: 'not-possible', message, ...(refusal ? { refusal } : {}) } };
}

function resultOf(answer: CommandAnswer): PhoneResult {
  switch (answer.answer) {
    case 'accepted':
      return { ok: true };
    case 'refused':
      return refused(answer);
    case 'unanswered':
      return failure('connection-lost', ctiLabels.connectionLost());
  }
}
