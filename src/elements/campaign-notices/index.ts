export { CampaignNotices } from './campaign-notices.js';
export * from './events.js';
