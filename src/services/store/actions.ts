import type { BackendCommand, BackendEvent } from '../backend/contract.js';
import type { KitError } from '../domain/errors.js';
import type { OutcomeDraft } from '../domain/outcome.js';
import type { OutboxState } from '../outbox/outbox.js';

export type KitAction =
  | { readonly type: 'session/signing-in'; readonly agentId: string }
  | { readonly type: 'session/reset' }
  | { readonly type: 'command/sent'; readonly command: BackendCommand }
  | { readonly type: 'backend/event'; readonly event: BackendEvent }
  | { readonly type: 'kit/error'; readonly error: KitError }
  | { readonly type: 'kit/error-dismissed' }
  | { readonly type: 'draft/changed'; readonly interactionId: string; readonly draft: OutcomeDraft }
  | { readonly type: 'outbox/changed'; readonly outbox: OutboxState };
