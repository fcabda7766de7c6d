export { AgentStatus } from './agent-status.js';
export * from './events.js';
