import { expect } from '@open-wc/testing';
import { startCall, type CallStatus } from '../../../../src/services/domain/interaction/call.js';
import { callControlsFor, KEYPAD_ROWS, toneForKey } from '../../../../src/services/domain/views/call-controls.js';

const callIn = (status: CallStatus) => ({ ...startCall('call-1', '+13125550100', null, 0), status });

describe('call controls by call status', () => {
  it('CALL-2: no call, or an ended one, has no controls', () => {
    expect(callControlsFor(null)).to.equal(null);
    expect(callControlsFor(callIn('ended'))).to.equal(null);
  });

  it('CALL-2: a connected call can be ended, held, sent tones and transferred', () => {
    expect(callControlsFor(callIn('connected'))).to.deep.equal({
      status: 'connected',
      holdAction: 'hold',
      end: null,
      hold: null,
      keypad: null,
      tones: null,
      transfer: null,
    });
  });

  it('CALL-2: a held call is retrieved, and takes no tones until then', () => {
    expect(callControlsFor(callIn('held'))).to.deep.include({ holdAction: 'retrieve', hold: null, tones: 'on-hold', transfer: null });
  });

  it('CALL-2: while dialing or establishing only End call applies', () => {
    for (const status of ['dialing', 'establishing'] as const) {
      expect(callControlsFor(callIn(status))).to.deep.include({
        end: null,
        hold: 'not-connected',
        keypad: null,
        tones: 'not-connected',
        transfer: 'not-connected',
      });
    }
  });

  it('DEL-6: while engaging every control is unavailable for that reason', () => {
    expect(callControlsFor(callIn('engaging'))).to.deep.include({
      end: 'engaging',
      hold: 'engaging',
      keypad: 'engaging',
      tones: 'engaging',
      transfer: 'engaging',
    });
  });

  it('CALL-2: typed keys that are tones: 0–9, *, #, A–D (a–d too); others are not', () => {
    expect(['0', '9', '*', '#', 'A', 'd'].map(toneForKey)).to.deep.equal(['0', '9', '*', '#', 'A', 'D']);
    expect(['e', 'Enter', ' ', '+', 'F1'].map(toneForKey)).to.deep.equal([null, null, null, null, null]);
    expect(KEYPAD_ROWS.flat().join('')).to.equal('123456789*0#');
  });
});
