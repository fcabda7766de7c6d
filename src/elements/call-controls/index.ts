export { CallControls } from './call-controls.js';
export * from './events.js';
