import type { Observable } from 'rxjs';

/** Where the phone stands with its server (SIP registrar, or the CTI link for a desk phone). */
export type PhoneRegistration = 'unregistered' | 'registering' | 'ready' | 'reconnecting' | 'failed';

/**
 * The one phone port the kit knows (SPEC PH-1). A WebRTC phone and a hard phone driven through CTI
 * both implement it, so no element knows which is in use. Calls and their actions are added with
 * the phone implementations.
 */
export interface PhoneService {
  readonly kind: 'webrtc' | 'cti';
  readonly registration: Observable<PhoneRegistration>;
  dispose(): void;
}
