export { CallControls } from './call-controls.js';
export * from '../events/call-controls-events.js';
