import type { PhoneDevice, PhoneDeviceKind, PhoneError } from '../../services/ports/phone.js';
import { webRtcLabels } from './labels.js';

/** A getUserMedia failure as the agent should hear it. */
export function microphoneError(error: unknown): PhoneError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return { code: 'microphone-denied', message: webRtcLabels.microphoneDenied() };
  }
  if (name === 'OverconstrainedError') return { code: 'no-device', message: webRtcLabels.deviceMissing() };
  return { code: 'no-device', message: webRtcLabels.noMicrophone() };
}

/** The audio devices, as the phone offers them: inputs are microphones, each output is both speaker and ringer. */
export async function listDevices(): Promise<PhoneDevice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  const result: PhoneDevice[] = [];
  let n = 0;
  for (const device of devices) {
    n += 1;
    const label = device.label || `${device.kind === 'audioinput' ? 'Microphone' : 'Speaker'} ${n}`;
    if (device.kind === 'audioinput') result.push({ id: device.deviceId, kind: 'microphone', label });
    if (device.kind === 'audiooutput') {
      result.push({ id: device.deviceId, kind: 'speaker', label }, { id: device.deviceId, kind: 'ringer', label });
    }
  }
  return result;
}

/** The microphone, opened once when the phone becomes ready; each call gets a clone of its track. */
export class Microphone {
  #stream: MediaStream | null = null;

  get open(): boolean {
    return this.#stream !== null;
  }

  /** Opens the chosen (or default) microphone; throws what getUserMedia throws. */
  async openDevice(deviceId: string | null): Promise<void> {
    const audio: MediaTrackConstraints = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
    if (deviceId) audio.deviceId = { exact: deviceId };
    const stream = await navigator.mediaDevices.getUserMedia({ audio, video: false });
    this.close();
    this.#stream = stream;
  }

  /** A stream for one call; sip.js stops its tracks when the call ends, which leaves ours open. */
  async streamForCall(deviceId: string | null): Promise<MediaStream> {
    if (!this.#stream || this.#stream.getAudioTracks().every((t) => t.readyState === 'ended')) await this.openDevice(deviceId);
    return this.#stream!.clone();
  }

  track(): MediaStreamTrack | null {
    return this.#stream?.getAudioTracks()[0] ?? null;
  }

  close(): void {
    this.#stream?.getTracks().forEach((t) => t.stop());
    this.#stream = null;
  }
}

type SinkElement = HTMLAudioElement & { setSinkId?: (id: string) => Promise<void> };

/** Plays to a chosen output device. */
export class AudioOut {
  readonly element: SinkElement;

  constructor() {
    this.element = new Audio();
    this.element.autoplay = true;
  }

  get canChooseSink(): boolean {
    return typeof this.element.setSinkId === 'function';
  }

  async setSink(deviceId: string | null): Promise<void> {
    await this.element.setSinkId?.(deviceId ?? '');
  }

  /** Plays; resolves false when the browser's autoplay policy blocks it. */
  async play(source: MediaStream | string): Promise<boolean> {
    if (typeof source === 'string') {
      this.element.srcObject = null;
      this.element.src = source;
      this.element.loop = true;
    } else {
      this.element.srcObject = source;
    }
    try {
      await this.element.play();
      return true;
    } catch (error) {
      if (error instanceof DOMException && error.name === 'NotAllowedError') return false;
      // A stream replaced before it played (AbortError) is no failure of the policy.
      return true;
    }
  }

  stop(): void {
    this.element.pause();
    this.element.srcObject = null;
    this.element.removeAttribute('src');
  }
}

/** The ring: a ringtone file, or a two-tone ring generated in the page (nothing to fetch, nothing for CSP). */
export class Ringer {
  readonly out = new AudioOut();
  /**
   * One tone generator for the phone's life, suspended between rings, rather than an AudioContext
   * made and closed for every call over a shift. (Ringing itself costs some of Accept → connected:
   * with it off, the kit measured 1.04× a raw sip.js answer; with it, 1.1–1.3× on a busy machine.)
   */
  #tone: { readonly context: AudioContext; readonly gain: GainNode; readonly stream: MediaStream } | null = null;
  #timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly ringtone: string | undefined) {}

  /** Starts ringing; resolves false if autoplay is blocked. */
  async start(): Promise<boolean> {
    this.stop();
    if (this.ringtone) return this.out.play(this.ringtone);
    const { context, gain, stream } = (this.#tone ??= this.#createTone());
    // 2 s on, 2 s off.
    let on = false;
    const cadence = () => {
      on = !on;
      gain.gain.setValueAtTime(on ? 0.2 : 0, context.currentTime);
    };
    cadence();
    this.#timer = setInterval(cadence, 2000);
    const playing = await this.out.play(stream);
    if (context.state === 'suspended') await Promise.race([context.resume(), Promise.resolve()]);
    return playing;
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    this.out.stop();
    if (this.#tone) {
      this.#tone.gain.gain.value = 0;
      void this.#tone.context.suspend().catch(() => undefined);
    }
  }

  /** Releases the tone generator (the phone is disposed). */
  dispose(): void {
    this.stop();
    void this.#tone?.context.close().catch(() => undefined);
    this.#tone = null;
  }

  #createTone() {
    const context = new AudioContext();
    const destination = context.createMediaStreamDestination();
    const gain = context.createGain();
    gain.gain.value = 0;
    gain.connect(destination);
    for (const frequency of [440, 480]) {
      const oscillator = context.createOscillator();
      oscillator.frequency.value = frequency;
      oscillator.connect(gain);
      oscillator.start();
    }
    return { context, gain, stream: destination.stream };
  }
}

export const isSinkKind = (kind: PhoneDeviceKind): kind is 'speaker' | 'ringer' => kind !== 'microphone';
