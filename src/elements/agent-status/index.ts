export { AgentStatus } from './agent-status.js';
export * from '../events/agent-status-events.js';
