import type { BackendCommand, BackendEvent } from '../backend/contract.js';
import type { KitError } from '../domain/errors.js';

export type KitAction =
  | { readonly type: 'session/signing-in'; readonly agentId: string }
  | { readonly type: 'session/reset' }
  | { readonly type: 'command/sent'; readonly command: BackendCommand }
  | { readonly type: 'backend/event'; readonly event: BackendEvent }
  | { readonly type: 'kit/error'; readonly error: KitError }
  | { readonly type: 'kit/error-dismissed' };
