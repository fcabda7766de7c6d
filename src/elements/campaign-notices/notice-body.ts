import { msg, str } from '@lit/localize';
import type { CampaignNotice } from '../../services/domain/campaign/notices.js';

/**
 * A notice's body in the kit's language. The server's text stays as sent (CAM-1); only the catch-up
 * notice at login has no server text: the kit says it, so the kit words it.
 */
export function noticeBody(notice: CampaignNotice): string {
  if (!notice.catchUp) return notice.message;
  const name = notice.campaignName;
  return msg(str`Campaign ${name} is running and you are assigned to it.`, { id: 'campaign-notices.catch-up-body' });
}
