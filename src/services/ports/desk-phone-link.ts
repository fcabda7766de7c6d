import type { Observable } from 'rxjs';
import type { Interaction } from '../domain/interaction/interaction.js';
import type { DeskPhoneEvent, InteractionActionCommand } from './backend/contract.js';
import type { CommandOutcome } from './command-outcome.js';

/** What the server says about the interaction the desk phone's call belongs to. */
export interface DeskPhoneSituation {
  readonly interaction: Interaction | null;
  /** The interaction that closed last: who ended its call, and why. */
  readonly lastClosed: Interaction | null;
}

/**
 * Where the kit's session with the server stands: for a desk phone, that session is the CTI link.
 * `refused`: the server refused the agent's login, with its sentence.
 */
export type DeskPhoneLinkStatus =
  | { readonly status: 'signed-out' | 'signing-in' | 'ready' }
  | { readonly status: 'refused'; readonly message: string };

/**
 * What a hard phone driven by third-party call control (PH-3) needs from the kit's session, and
 * nothing more: the session provides it (`services.deskPhoneLink`), so a CTI phone never sees the
 * store or the commands behind it.
 */
export interface DeskPhoneLink {
  /** The session's status now, then every change. */
  readonly status: Observable<DeskPhoneLinkStatus>;
  /** The desk phone's events as the server's CTI link reports them; the last one first (null before any). */
  readonly deskPhone: Observable<DeskPhoneEvent | null>;
  /** The interaction on screen and the last closed one, now. */
  situation(): DeskPhoneSituation;
  /** An agent action on the current interaction, checked by the kit's rules, then sent to the server. */
  act(action: InteractionActionCommand['action']): Promise<CommandOutcome>;
}
