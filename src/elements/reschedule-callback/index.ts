export { RescheduleCallback } from './reschedule-callback.js';
export * from './events.js';
