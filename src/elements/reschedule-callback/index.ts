export { RescheduleCallback } from './reschedule-callback.js';
export * from '../events/reschedule-callback-events.js';
