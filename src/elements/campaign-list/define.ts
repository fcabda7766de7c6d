import { defineOnce } from '../base/define-once.js';
import { CampaignList } from './campaign-list.js';

defineOnce('campaign-list', CampaignList);

declare global {
  interface HTMLElementTagNameMap {
    'campaign-list': CampaignList;
  }
}
