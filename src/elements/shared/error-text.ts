import type { KitError } from '../../services/domain/refusals/errors.js';
import type { Interaction } from '../../services/domain/interaction/interaction.js';
import type { Refusal } from '../../services/domain/refusals/refusals.js';

/**
 * The wording of refusal and pre-dial codes, loaded with the first translation: in the source
 * language (English) the domain's own sentence is the wording (a test keeps the two equal), so a
 * page that stays in English never downloads it, and the core stays small.
 */
let wording: typeof import('./refusal-labels.js') | undefined;
let loading: Promise<unknown> | undefined;

export function loadWording(): Promise<unknown> {
  loading ??= import('./refusal-labels.js').then((module) => {
    wording = module;
  });
  return loading;
}

/**
 * What the agent is told about an error, in the kit's language: a refusal the kit knows, and the
 * kit's own problems (a lost connection, an unreadable event), are worded from code and parameters; anything else (a server's own refusal, bad server data) as sent.
 * Every element that shows or announces a KitError uses this.
 */
export function errorText(error: KitError): string {
  if (!wording) return error.message;
  if (error.refusal) return wording.refusalText(error.refusal, error.message);
  return error.detail ? wording.kitErrorText(error.detail) : error.message;
}

/** A refusal of the domain (with its English sentence), in the kit's language. */
export function refusalLabel(refusal: Refusal): string {
  return wording ? wording.refusalText(refusal, refusal.message) : refusal.message;
}

/** The pre-dial notice of an interaction (DNC-1) in the kit's language, or null when there is none. */
export function dialNoticeLabel(interaction: Pick<Interaction, 'dialNotice' | 'dialNoticeDetail'>): string | null {
  return interaction.dialNoticeDetail && wording ? wording.dialNoticeText(interaction.dialNoticeDetail) : interaction.dialNotice;
}
