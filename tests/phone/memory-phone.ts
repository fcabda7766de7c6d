import { BehaviorSubject, distinctUntilChanged, map } from 'rxjs';
import type {
  PhoneCall,
  PhoneCapabilities,
  PhoneError,
  PhoneResult,
  PhoneService,
  PhoneState,
} from '../../src/services/ports/phone.js';
import type { PhoneHarness } from './phone-behaviour.js';

const TONES = /^[0-9*#A-D]+$/;

/**
 * A softphone whose line is in memory: a whole phone (registration, one call, hold, tones, transfer,
 * the far end hanging up, a lost connection) with no network. It stands in for a WebRTC phone where
 * the kit's side of the link is tested, and passes the same behaviour suite as the real phones.
 */
export class MemoryPhone implements PhoneService {
  readonly kind = 'webrtc';
  readonly capabilities: PhoneCapabilities = {
    answer: true,
    hold: true,
    mute: true,
    dtmf: true,
    blindTransfer: true,
    consultTransfer: false,
    conference: false,
    devices: false,
  };
  private readonly state$ = new BehaviorSubject<PhoneState>({
    registration: 'unregistered',
    call: null,
    consultation: null,
    error: null,
    devices: { available: [], chosen: { microphone: null, speaker: null, ringer: null } },
  });
  readonly state = this.state$.asObservable();
  readonly registration = this.state.pipe(
    map((state) => state.registration),
    distinctUntilChanged(),
  );
  private calls = 0;

  /** The other end of the line. */
  readonly far = {
    tones: '',
    /** A call reaches the agent's phone from `remote`. */
    ring: (remote = '+13125550100') => {
      this.far.tones = '';
      this.setCall({ id: `mem-${++this.calls}`, direction: 'incoming', remote, status: 'ringing', muted: false, connectedAt: null, ended: null });
    },
    /** The far end answers the agent's call. */
    pickUp: () => this.move('dialing', { status: 'connected', connectedAt: Date.now() }),
    hangUp: () => this.end('contact', 'hang-up'),
    /** The network goes: the call is lost and the agent is told. */
    loseConnection: () => {
      const error: PhoneError = { code: 'connection-lost', message: 'The phone lost its connection. Reconnecting…' };
      const call = this.live();
      this.update({
        registration: 'reconnecting',
        error,
        call: call ? { ...call, status: 'ended', ended: { by: 'system', reason: 'connection-lost' } } : this.current.call,
      });
    },
  };

  get current(): PhoneState {
    return this.state$.getValue();
  }

  async start(): Promise<PhoneResult> {
    this.update({ registration: 'ready', error: null });
    return { ok: true };
  }

  async dial(target: string): Promise<PhoneResult> {
    if (this.current.registration !== 'ready') return refused('The phone is not registered.');
    if (this.live()) return refused('End the current call first.');
    if (!target.trim()) return refused('Enter a number to call.');
    this.far.tones = '';
    this.setCall({ id: `mem-${++this.calls}`, direction: 'outgoing', remote: target, status: 'dialing', muted: false, connectedAt: null, ended: null });
    return { ok: true };
  }

  async answer(): Promise<PhoneResult> {
    const call = this.live();
    if (call?.status !== 'ringing') return refused('No call is ringing.');
    this.setCall({ ...call, status: 'connected', connectedAt: Date.now() });
    return { ok: true };
  }

  async hangUp(): Promise<PhoneResult> {
    const call = this.live();
    if (!call) return refused('There is no call.');
    this.end('agent', call.status === 'ringing' ? 'rejected' : 'hang-up');
    return { ok: true };
  }

  async hold(): Promise<PhoneResult> {
    return this.move('connected', { status: 'held' }) ? { ok: true } : refused('Only a connected call can be put on hold.');
  }

  async retrieve(): Promise<PhoneResult> {
    return this.move('held', { status: 'connected' }) ? { ok: true } : refused('The call is not on hold.');
  }

  async setMuted(muted: boolean): Promise<PhoneResult> {
    const call = this.live();
    if (!call || call.status === 'ringing') return refused('There is no call to mute.');
    this.setCall({ ...call, muted });
    return { ok: true };
  }

  async sendDtmf(tones: string): Promise<PhoneResult> {
    if (this.live()?.status !== 'connected') return refused('Tones can be sent only on a connected call.');
    if (!TONES.test(tones)) return refused('Only 0–9, *, # and A–D can be sent as tones.');
    this.far.tones += tones;
    return { ok: true };
  }

  async transfer(target: string): Promise<PhoneResult> {
    const status = this.live()?.status;
    if (status !== 'connected' && status !== 'held') return refused('There is no call to transfer.');
    if (!target.trim()) return refused('Enter a number to transfer to.');
    this.end('agent', 'transferred');
    return { ok: true };
  }

  async consult(): Promise<PhoneResult> {
    return refused('This phone cannot consult.');
  }

  async completeTransfer(): Promise<PhoneResult> {
    return refused('This phone cannot consult.');
  }

  async conference(): Promise<PhoneResult> {
    return refused('This phone cannot hold a conference.');
  }

  async chooseDevice(): Promise<PhoneResult> {
    return refused('This phone has no devices to choose.');
  }

  dispose(): void {
    if (this.state$.closed) return;
    this.update({ registration: 'unregistered' });
    this.state$.complete();
  }

  private live(): PhoneCall | null {
    const call = this.current.call;
    return call && call.status !== 'ended' ? call : null;
  }

  private move(from: PhoneCall['status'], change: Partial<PhoneCall>): boolean {
    const call = this.live();
    if (call?.status !== from) return false;
    this.setCall({ ...call, ...change });
    return true;
  }

  private end(by: NonNullable<PhoneCall['ended']>['by'], reason: NonNullable<PhoneCall['ended']>['reason']): boolean {
    const call = this.live();
    if (!call) return false;
    this.setCall({ ...call, status: 'ended', ended: { by, reason } });
    return true;
  }

  private setCall(call: PhoneCall): void {
    this.update({ call });
  }

  private update(change: Partial<PhoneState>): void {
    if (!this.state$.closed) this.state$.next({ ...this.current, ...change });
  }
}

function refused(message: string): PhoneResult {
  return { ok: false, error: { code: 'not-possible', message } };
}

/** The memory phone with its far end as the contact, for the behaviour suite. */
export async function memoryHarness(): Promise<PhoneHarness> {
  const phone = new MemoryPhone();
  return {
    phone,
    transferTarget: '+13125550199',
    contact: {
      address: '+13125550100',
      callAgent: async () => phone.far.ring(),
      waitForCall: async () => {
        if (phone.current.call?.status !== 'dialing') throw new Error('the agent is not calling');
      },
      answer: async () => {
        phone.far.pickUp();
      },
      hangUp: async () => {
        phone.far.hangUp();
      },
      tonesReceived: () => phone.far.tones,
      audioFlowing: async () => ({ unavailable: 'An in-memory line carries no audio.' }),
      onHold: async () => phone.current.call?.status === 'held',
    },
    dispose: async () => phone.dispose(),
  };
}
