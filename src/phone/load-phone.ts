/**
 * The phones for pages without a bundler: each loads its code when asked for, so a page pays only
 * for the phone it uses (and the WebRTC phone fetches sip.js only when it starts).
 *
 * ```js
 * provider.phone = await loadCtiPhone(provider.services);
 * provider.phone = await loadWebRtcPhone({ server: 'wss://sip.example.com', aor: 'sip:agent-7@example.com', credentials });
 * ```
 */
import type { PhoneService } from '../services/ports/phone.js';
import type { CtiPhoneOptions } from './cti/cti-phone.js';
import type { WebRtcPhoneOptions } from './webrtc/options.js';

/** The desk phone driven through the back end (PH-3). */
export async function loadCtiPhone(options: CtiPhoneOptions): Promise<PhoneService> {
  const { createCtiPhone } = await import('./cti/cti-phone.js');
  return createCtiPhone(options);
}

/** The WebRTC phone (PH-2). */
export async function loadWebRtcPhone(options: WebRtcPhoneOptions): Promise<PhoneService> {
  const { createWebRtcPhone } = await import('./webrtc/index.js');
  return createWebRtcPhone(options);
}
