export { DispositionPanel } from './disposition-panel.js';
export { OutboundRecordDoneEvent, type RecordDoneDetail } from '../events/outbound-preview-events.js';
