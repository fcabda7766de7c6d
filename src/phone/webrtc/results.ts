// The answers the WebRTC phone's actions give, built one way: every part of the engine says
// success and refusal in the same words the port (PhoneResult) expects.
import type { PhoneError, PhoneResult } from '../../services/ports/phone.js';
import { webRtcLabels } from './labels.js';

export const OK: PhoneResult = { ok: true };

export const fail = (code: PhoneError['code'], message: string): PhoneResult => ({ ok: false, error: { code, message } });

/** The other side answered a request of ours with a failure status. */
export const refused = (status: number) => fail('not-possible', webRtcLabels.requestRefused(status));
