/**
 * Why an agent action is not possible now, as data (for code paths and translations) with a
 * sentence for the agent. Every refusal of the engine is listed here, so each is tested once.
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
}

export type RefusalCode =
  | 'wrong-phase'
  | 'reject-not-allowed'
  | 'cannot-extend'
  | 'engaging'
  | 'call-result-required'
  | 'read-only-after-transfer'
  | 'disposition-required'
  | 'call-active'
  | 'no-number'
  | 'number-blocked'
  | 'unknown-number'
  | 'manual-dial-required'
  | 'not-allowed-by-campaign'
  | 'unknown-caller-id'
  | 'invalid-callback'
  | 'im-blocks-outbound'
  | 'logout-during-interaction'
  /** Get Record on an automatic campaign that pushes records while the agent is Ready (CAM-3). */
  | 'records-pushed';

export const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** Agent actions that the assured-connection engaging phase refuses (DEL-6). */
export const ENGAGING_REFUSED = {
  reschedule: 'Reschedule',
  'set-call-result': 'Setting the call result',
  'end-call': 'Release',
  transfer: 'Transfer',
  consult: 'Consultation',
  conference: 'Conference',
  recall: 'Recall',
  'voice-logoff': 'Voice logoff',
  hold: 'Hold',
  'new-call': 'A new call',
  exit: 'Exit',
} as const;

export type EngagingRefusedAction = keyof typeof ENGAGING_REFUSED;

export function engagingRefusal(action: EngagingRefusedAction): Refusal {
  return refuse(
    'engaging',
    `${ENGAGING_REFUSED[action]} is not available while the contact is being connected: you hear ` +
      'waiting music until they answer (assured connection).',
  );
}

export function isEngagingRefused(action: string): action is EngagingRefusedAction {
  return action in ENGAGING_REFUSED;
}
