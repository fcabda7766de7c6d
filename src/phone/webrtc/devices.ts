// The agent's audio devices: the microphone opened when the phone starts, the device list kept up
// to date as headsets come and go, and the choice of microphone, speaker and ringer, which mid-call
// swaps the microphone under the running calls without renegotiating them.
import type { PhoneDeviceKind, PhoneResult } from '../../services/ports/phone.js';
import { peerConnection } from './call-slot.js';
import type { Calls } from './calls.js';
import type { EngineContext } from './engine-context.js';
import { webRtcLabels } from './labels.js';
import { isSinkKind, listDevices, microphoneError, type AudioOut, type Microphone, type Ringer } from './media.js';
import { OK, fail } from './results.js';

/** What the phone records and plays through, made once for the engine's life. */
export interface PhoneAudio {
  readonly microphone: Microphone;
  readonly speaker: AudioOut;
  readonly ringer: Ringer;
}

export class Devices {
  readonly #context: EngineContext;
  readonly #audio: PhoneAudio;
  readonly #calls: Calls;
  readonly #onDeviceChange = () => void this.#refresh();

  constructor(context: EngineContext, audio: PhoneAudio, calls: Calls) {
    this.#context = context;
    this.#audio = audio;
    this.#calls = calls;
  }

  /** Opens the chosen microphone and starts following the device list; resolves with the microphone's problem, if any. */
  async openMicrophone(): Promise<PhoneResult> {
    try {
      await this.#audio.microphone.openDevice(this.#context.state.devices.chosen.microphone);
      navigator.mediaDevices.addEventListener('devicechange', this.#onDeviceChange);
      await this.#refresh();
      return OK;
    } catch (error) {
      await this.#refresh().catch(() => undefined);
      const e = microphoneError(error);
      return { ok: false, error: e };
    }
  }

  /** The microphone's audio for a new call (sip.js asks for it as each call sets up its media). */
  streamForCall(): Promise<MediaStream> {
    return this.#audio.microphone.streamForCall(this.#context.state.devices.chosen.microphone);
  }

  async choose(kind: PhoneDeviceKind, deviceId: string | null): Promise<PhoneResult> {
    const devices = this.#context.state.devices;
    if (deviceId !== null && !devices.available.some((d) => d.kind === kind && d.id === deviceId)) {
      await this.#refresh();
      if (!this.#context.state.devices.available.some((d) => d.kind === kind && d.id === deviceId)) {
        return fail('no-device', webRtcLabels.deviceMissing());
      }
    }
    if (kind === 'microphone') {
      try {
        await this.#audio.microphone.openDevice(deviceId);
      } catch (error) {
        const e = microphoneError(error);
        this.#context.error(e);
        return { ok: false, error: e };
      }
      // Mid-call the new microphone replaces the track on the sender: no renegotiation.
      const track = this.#audio.microphone.track();
      for (const slot of this.#calls.live()) {
        const sender = peerConnection(slot)?.getSenders().find((s) => s.track?.kind === 'audio' || s.track === null);
        if (!sender || !track) continue;
        const old = sender.track;
        const clone = track.clone();
        clone.enabled = !slot.muted && !slot.held;
        await sender.replaceTrack(clone);
        old?.stop();
      }
    } else if (isSinkKind(kind)) {
      const out = kind === 'speaker' ? this.#audio.speaker : this.#audio.ringer.out;
      if (!out.canChooseSink) return fail('not-possible', webRtcLabels.noSinkSelection());
      try {
        await out.setSink(deviceId);
      } catch {
        return fail('no-device', webRtcLabels.deviceMissing());
      }
    }
    const now = this.#context.state.devices;
    this.#context.patch({ devices: { ...now, chosen: { ...now.chosen, [kind]: deviceId } } });
    return OK;
  }

  /** Stops following the device list and lets go of the microphone, the speaker and the ringer. */
  dispose(): void {
    navigator.mediaDevices?.removeEventListener('devicechange', this.#onDeviceChange);
    this.#audio.ringer.dispose();
    this.#audio.speaker.stop();
    this.#audio.microphone.close();
  }

  async #refresh(): Promise<void> {
    const available = await listDevices();
    this.#context.patch({ devices: { ...this.#context.state.devices, available } });
  }
}
