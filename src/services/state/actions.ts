import type { BackendCommand, BackendConnectionState, BackendEvent } from '../ports/backend/contract.js';
import type { KitError } from '../domain/refusals/errors.js';
import type { NoticeSettings } from '../domain/campaign/notices.js';
import type { OutcomeDraft } from '../domain/interaction/outcome.js';
import type { OutboxState } from './outbox-state.js';
import type { PhoneState } from '../ports/phone.js';

export type KitAction =
  | { readonly type: 'session/signing-in'; readonly agentId: string }
  | { readonly type: 'session/reset' }
  | { readonly type: 'command/sent'; readonly command: BackendCommand }
  /** `at`: when the event arrived, for the deadlines it starts. */
  | { readonly type: 'backend/event'; readonly event: BackendEvent; readonly at: number }
  | { readonly type: 'notice/dismissed'; readonly id: string; readonly now: number }
  | { readonly type: 'notice/kept-open'; readonly id: string }
  | { readonly type: 'notices/expired'; readonly now: number }
  | { readonly type: 'notices/settings'; readonly settings: NoticeSettings }
  | { readonly type: 'kit/error'; readonly error: KitError }
  | { readonly type: 'kit/error-dismissed' }
  | { readonly type: 'draft/changed'; readonly interactionId: string; readonly draft: OutcomeDraft }
  | { readonly type: 'outbox/changed'; readonly outbox: OutboxState }
  /** The agent's phone changed (any phone, through `linkPhone`); null: the kit has no phone now. */
  | { readonly type: 'phone/changed'; readonly phone: PhoneState | null }
  /** The back end's connection changed (BE-3); null: the back end reports none. */
  | { readonly type: 'backend/connection'; readonly connection: BackendConnectionState | null };
