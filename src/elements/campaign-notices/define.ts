import { defineOnce } from '../base/define-once.js';
import { CampaignNotices } from './campaign-notices.js';

defineOnce('campaign-notices', CampaignNotices);

declare global {
  interface HTMLElementTagNameMap {
    'campaign-notices': CampaignNotices;
  }
}
