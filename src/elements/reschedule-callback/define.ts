import { defineOnce } from '../base/define-once.js';
import { RescheduleCallback } from './reschedule-callback.js';

defineOnce('reschedule-callback', RescheduleCallback);

declare global {
  interface HTMLElementTagNameMap {
    'reschedule-callback': RescheduleCallback;
  }
}
