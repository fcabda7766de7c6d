export { CampaignNotices } from './campaign-notices.js';
export * from '../events/campaign-notices-events.js';
