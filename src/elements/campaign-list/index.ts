export { CampaignList } from './campaign-list.js';
export * from './events.js';
