import { defineOnce } from '../base/define-once.js';
import { DispositionPanel } from './disposition-panel.js';

defineOnce('disposition-panel', DispositionPanel);

declare global {
  interface HTMLElementTagNameMap {
    'disposition-panel': DispositionPanel;
  }
}
