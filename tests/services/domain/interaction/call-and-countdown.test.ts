import { expect } from '@open-wc/testing';
import { canMoveCall, endCall, moveCall, startCall, type CallStatus } from '../../../../src/services/domain/interaction/call.js';
import {
  crossedThreshold,
  extendCountdown,
  isExpired,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  secondsLeft,
  startCountdown,
} from '../../../../src/services/domain/interaction/countdown.js';

const STATUSES: CallStatus[] = ['dialing', 'establishing', 'engaging', 'connected', 'held', 'ended'];
const ALLOWED = new Set([
  'dialing>establishing',
  'dialing>engaging',
  'dialing>connected',
  'dialing>ended',
  'establishing>connected',
  'establishing>ended',
  'engaging>connected',
  'engaging>ended',
  'connected>held',
  'connected>ended',
  'held>connected',
  'held>ended',
]);

describe('Call state machine', () => {
  it('CALL-1: exactly the listed status changes are allowed (all 36 pairs checked)', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES) {
        expect(canMoveCall(from, to), `${from} > ${to}`).to.equal(ALLOWED.has(`${from}>${to}`));
      }
    }
  });

  it('CALL-1: records when the call connected and who ended it, once', () => {
    const dialing = startCall('c1', '+13125550101', null, 1000);
    const connected = moveCall(dialing, 'connected', 2000)!;
    expect(connected.connectedAt).to.equal(2000);
    expect(moveCall(moveCall(connected, 'held', 3000)!, 'connected', 4000)!.connectedAt).to.equal(2000);
    const ended = endCall(connected, 'contact', 'hang-up', 5000)!;
    expect(ended.ended).to.deep.equal({ at: 5000, by: 'contact', reason: 'hang-up' });
    expect(endCall(ended, 'agent', 'hang-up', 6000)).to.equal(null);
    expect(moveCall(ended, 'connected', 6000)).to.equal(null);
  });
});

describe('Countdowns are deadlines', () => {
  it('DEL-7: remaining time comes from the deadline, however late the reader wakes', () => {
    const countdown = startCountdown(10_000, 9);
    expect(remainingMs(countdown, 10_000)).to.equal(9000);
    expect(secondsLeft(countdown, 10_001)).to.equal(9);
    expect(isExpired(countdown, 18_999)).to.equal(false);
    // A background tab throttled for a minute still sees the limit as passed.
    expect(isExpired(countdown, 79_000)).to.equal(true);
    expect(remainingMs(countdown, 79_000)).to.equal(0);
  });

  it('DEL-8: pausing keeps the time left; resuming sets a new deadline from it', () => {
    const paused = pauseCountdown(startCountdown(0, 16), 10_000);
    expect(paused).to.deep.equal({ state: 'paused', remainingMs: 6000 });
    expect(isExpired(paused, 1e12)).to.equal(false);
    expect(pauseCountdown(paused, 20_000)).to.equal(paused);
    expect(resumeCountdown(paused, 50_000)).to.deep.equal({ state: 'running', deadline: 56_000 });
  });

  it('A11Y-3: extending adds time whether running or paused', () => {
    expect(extendCountdown(startCountdown(0, 10), 30)).to.deep.equal({ state: 'running', deadline: 40_000 });
    expect(extendCountdown({ state: 'paused', remainingMs: 1000 }, 30)).to.deep.equal({ state: 'paused', remainingMs: 31_000 });
  });

  it('A11Y-2: announces at 10 s and 5 s, once each, never every second', () => {
    expect(crossedThreshold(10_500, 9_500)).to.equal(10);
    expect(crossedThreshold(9_500, 8_500)).to.equal(null);
    expect(crossedThreshold(5_001, 5_000)).to.equal(5);
    // A reader that slept through both thresholds says only the nearer one.
    expect(crossedThreshold(12_000, 3_000)).to.equal(5);
  });
});
