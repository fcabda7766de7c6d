import { defineOnce } from '../base/define-once.js';
import { CallControls } from './call-controls.js';

defineOnce('call-controls', CallControls);

declare global {
  interface HTMLElementTagNameMap {
    'call-controls': CallControls;
  }
}
