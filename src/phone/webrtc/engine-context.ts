// What every part of the WebRTC phone's engine shares: the host's options with their defaults, and
// the phone's state. The parts write the state only through here, so that none of them changes it
// once the engine is disposed (the WebRtcPhone has said "unregistered" by then).
import type { BehaviorSubject } from 'rxjs';
import type { PhoneError, PhoneState } from '../../services/ports/phone.js';
import { webRtcDefaults, type WebRtcPhoneOptions } from './options.js';

export class EngineContext {
  readonly options: WebRtcPhoneOptions;
  readonly #state: BehaviorSubject<PhoneState>;
  #disposed = false;

  constructor(options: WebRtcPhoneOptions, state: BehaviorSubject<PhoneState>) {
    this.options = options;
    this.#state = state;
  }

  get state(): PhoneState {
    return this.#state.value;
  }

  get disposed(): boolean {
    return this.#disposed;
  }

  /** From now on the state is left alone. */
  dispose(): void {
    this.#disposed = true;
  }

  /** An option as the host gave it, or its default. */
  setting<K extends keyof typeof webRtcDefaults>(key: K): NonNullable<WebRtcPhoneOptions[K]> | (typeof webRtcDefaults)[K] {
    return this.options[key] ?? webRtcDefaults[key];
  }

  patch(patch: Partial<PhoneState>): void {
    if (this.#disposed) return;
    this.#state.next({ ...this.#state.value, ...patch });
  }

  error(error: PhoneError | null): void {
    this.patch({ error });
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
