export { CampaignList } from './campaign-list.js';
export * from '../events/campaign-list-events.js';
