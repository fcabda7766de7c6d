import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs';
import type {
  PhoneCapabilities,
  PhoneDeviceKind,
  PhoneRegistration,
  PhoneResult,
  PhoneService,
  PhoneState,
} from '../../services/ports/phone.js';
import { webRtcLabels } from './labels.js';
import type { WebRtcPhoneOptions } from './options.js';
import type { SipEngine } from './sip-engine.js';

export type { WebRtcPhoneOptions, WebRtcCredentials } from './options.js';

/** The state every WebRTC phone starts from. */
const INITIAL: PhoneState = {
  registration: 'unregistered',
  call: null,
  consultation: null,
  error: null,
  devices: { available: [], chosen: { microphone: null, speaker: null, ringer: null } },
};

/** What the WebRTC phone can do; conference would need mixing both calls' audio in the page, which it does not. */
export const webRtcCapabilities: PhoneCapabilities = {
  answer: true,
  hold: true,
  mute: true,
  dtmf: true,
  blindTransfer: true,
  consultTransfer: true,
  conference: false,
  devices: true,
};

/**
 * The agent's phone in the browser (SPEC PH-2): SIP over WebSocket with sip.js, audio by WebRTC.
 * sip.js is fetched by `start()`, so a page that never chooses this phone never downloads it.
 */
export function createWebRtcPhone(options: WebRtcPhoneOptions): PhoneService {
  return new WebRtcPhone(options);
}

class WebRtcPhone implements PhoneService {
  readonly kind = 'webrtc' as const;
  readonly capabilities = webRtcCapabilities;
  readonly #subject = new BehaviorSubject<PhoneState>(INITIAL);
  readonly state: Observable<PhoneState> = this.#subject.asObservable();
  readonly registration: Observable<PhoneRegistration> = this.state.pipe(
    map((s) => s.registration),
    distinctUntilChanged(),
  );
  #engine: Promise<SipEngine> | null = null;
  #disposed = false;

  constructor(private readonly options: WebRtcPhoneOptions) {}

  get current(): PhoneState {
    return this.#subject.value;
  }

  async start(): Promise<PhoneResult> {
    if (this.#disposed) return notStarted();
    this.#engine ??= import('./sip-engine.js').then(({ SipEngine }) => new SipEngine(this.options, this.#subject));
    const engine = await this.#engine;
    return this.#disposed ? notStarted() : engine.start();
  }

  dial(target: string) {
    return this.#with((e) => e.dial(target));
  }
  answer() {
    return this.#with((e) => e.answer());
  }
  hangUp() {
    return this.#with((e) => e.hangUp());
  }
  hold() {
    return this.#with((e) => e.setHeld(true));
  }
  retrieve() {
    return this.#with((e) => e.setHeld(false));
  }
  setMuted(muted: boolean) {
    return this.#with((e) => e.setMuted(muted));
  }
  sendDtmf(tones: string) {
    return this.#with((e) => e.sendDtmf(tones));
  }
  transfer(target: string) {
    return this.#with((e) => e.transfer(target));
  }
  consult(target: string) {
    return this.#with((e) => e.consult(target));
  }
  completeTransfer() {
    return this.#with((e) => e.completeTransfer());
  }
  async conference(): Promise<PhoneResult> {
    return { ok: false, error: { code: 'not-possible', message: webRtcLabels.conferenceUnsupported() } };
  }
  chooseDevice(kind: PhoneDeviceKind, deviceId: string | null) {
    return this.#with((e) => e.chooseDevice(kind, deviceId));
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    void this.#engine?.then((engine) => engine.dispose());
    // Unregistered at once for whoever reads the state; the engine says goodbye to the server after.
    this.#subject.next({ ...this.#subject.value, registration: 'unregistered' });
  }

  async #with(action: (engine: SipEngine) => Promise<PhoneResult>): Promise<PhoneResult> {
    if (!this.#engine || this.#disposed) return notStarted();
    return action(await this.#engine);
  }
}

const notStarted = (): PhoneResult => ({ ok: false, error: { code: 'not-possible', message: webRtcLabels.notStarted() } });
