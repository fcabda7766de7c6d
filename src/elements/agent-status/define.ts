import { defineOnce } from '../base/define-once.js';
import { AgentStatus } from './agent-status.js';

defineOnce('agent-status', AgentStatus);

declare global {
  interface HTMLElementTagNameMap {
    'agent-status': AgentStatus;
  }
}
