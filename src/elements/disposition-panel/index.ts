export { DispositionPanel } from './disposition-panel.js';
export { OutboundRecordDoneEvent, type RecordDoneDetail } from '../outbound-preview/events.js';
