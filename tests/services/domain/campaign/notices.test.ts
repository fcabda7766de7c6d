import { expect } from '@open-wc/testing';
import type { Campaign } from '../../../../src/services/domain/campaign/campaign.js';
import {
  keepNoticeOpen,
  catchUpNotices,
  dismissNotice,
  enqueueNotice,
  expireNotices,
  nextNoticeDeadline,
  noticeForChange,
} from '../../../../src/services/domain/campaign/notices.js';

const preview: Campaign = { id: 'p', name: 'Spring appeal', description: '', status: 'started', dialingMode: 'preview', receiving: false };
const dialer: Campaign = { ...preview, id: 'd', name: 'Collections', dialingMode: 'progressive', status: 'running' };
const closesAfter20 = { startedClosesAfterSeconds: 20 };
const waitsForOk = { startedClosesAfterSeconds: null };

describe('Campaign notices', () => {
  it('CAM-1: loaded, started, stopped and unloaded each give a notice with the server’s text', () => {
    const kinds = (['loaded', 'started', 'stopped', 'unloaded'] as const).map((status, i, all) =>
      noticeForChange(i === 0 ? undefined : all[i - 1], { ...dialer, status }, `text ${status}`, 0, waitsForOk),
    );
    expect(kinds.map((notice) => [notice?.kind, notice?.message])).to.deep.equal([
      ['loaded', 'text loaded'],
      ['started', 'text started'],
      ['stopped', 'text stopped'],
      ['unloaded', 'text unloaded'],
    ]);
  });

  it('CAM-1: started then running is one start, told once', () => {
    expect(noticeForChange('started', { ...dialer, status: 'running' }, 'x', 0, waitsForOk)).to.equal(null);
    expect(noticeForChange('loaded', { ...dialer, status: 'running' }, 'x', 0, waitsForOk)?.kind).to.equal('started');
  });

  it('CAM-1: a notice arriving while another is open queues behind it; OK dismisses one', () => {
    const first = noticeForChange(undefined, { ...dialer, status: 'loaded' }, 'a', 1, waitsForOk)!;
    const second = noticeForChange('loaded', preview, 'b', 2, waitsForOk)!;
    const queue = enqueueNotice(enqueueNotice([], first, 1), second, 2);
    expect(queue.map((notice) => notice.message)).to.deep.equal(['a', 'b']);
    expect(dismissNotice(queue, first.id, 3).map((notice) => notice.message)).to.deep.equal(['b']);
    expect(dismissNotice(queue, 'nope', 3)).to.equal(queue);
  });

  it('CAM-1, issue 12 #1: a queued notice made moot before it was shown merges into the newer one, which says so', () => {
    const shown = noticeForChange(undefined, { ...preview, status: 'loaded' }, 'other', 0, waitsForOk)!;
    const started = noticeForChange('loaded', dialer, 'started', 2, waitsForOk)!;
    const stopped = noticeForChange('running', { ...dialer, status: 'stopped' }, 'stopped', 3, waitsForOk)!;
    const queue = enqueueNotice(enqueueNotice([shown], started, 2), stopped, 3);
    // "1 of 2", not "1 of 3": the started notice was never shown, and the stopped one tells of it.
    expect(queue.map((notice) => [notice.kind, notice.replaces])).to.deep.equal([
      ['loaded', []],
      ['stopped', ['started']],
    ]);
  });

  it('CAM-1, issue 12 #1: the notice on screen is never replaced; a newer one of its campaign queues behind it', () => {
    const stopped = noticeForChange('running', { ...dialer, status: 'stopped' }, 'stopped', 1, waitsForOk)!;
    const unloaded = noticeForChange('stopped', { ...dialer, status: 'unloaded' }, 'unloaded', 2, waitsForOk)!;
    expect(enqueueNotice(enqueueNotice([], stopped, 1), unloaded, 2).map((notice) => notice.kind)).to.deep.equal([
      'stopped',
      'unloaded',
    ]);
  });

  it('CAM-1: at login, campaigns already running are announced as catch-up', () => {
    const notices = catchUpNotices([preview, dialer, { ...dialer, id: 'x', status: 'loaded' }], 5, waitsForOk);
    expect(notices.map((notice) => [notice.campaignId, notice.catchUp])).to.deep.equal([
      ['p', true],
      ['d', true],
    ]);
    expect(notices[0]?.message).to.equal('Campaign Spring appeal is running and you are assigned to it.');
  });

  it('CAM-2: the started notice of a Preview campaign offers Get Record; others do not', () => {
    expect(noticeForChange('loaded', preview, 'x', 0, waitsForOk)?.offersGetRecord).to.equal(true);
    expect(noticeForChange('loaded', dialer, 'x', 0, waitsForOk)?.offersGetRecord).to.equal(false);
    expect(noticeForChange(undefined, { ...preview, status: 'loaded' }, 'x', 0, waitsForOk)?.offersGetRecord).to.equal(false);
  });

  it('CAM-2: started notices close by themselves after the configured time once shown; others wait for OK', () => {
    const started = noticeForChange('loaded', preview, 'x', 1000, closesAfter20)!;
    const stopped = noticeForChange('running', { ...dialer, status: 'stopped' }, 'y', 1000, closesAfter20)!;
    const queue = enqueueNotice(enqueueNotice([], started, 1000), stopped, 1000);
    expect(queue.map((notice) => notice.closesAt)).to.deep.equal([21_000, null]);
    expect(nextNoticeDeadline(queue)).to.equal(21_000);
    expect(expireNotices(queue, 20_999)).to.equal(queue);
    expect(expireNotices(queue, 21_000).map((notice) => notice.kind)).to.deep.equal(['stopped']);
  });

  it('CAM-2, issue 12 #1: a queued notice gets its time limit when it is shown, not when it arrives', () => {
    const first = noticeForChange('loaded', preview, 'x', 1000, closesAfter20)!;
    const second = noticeForChange('loaded', dialer, 'y', 1000, closesAfter20)!;
    const queue = enqueueNotice(enqueueNotice([], first, 1000), second, 1000);
    // Waiting behind the first, the second has no deadline yet: nothing can close it unseen.
    expect(queue.map((notice) => notice.closesAt)).to.deep.equal([21_000, null]);
    const afterFirst = expireNotices(queue, 21_000);
    expect(afterFirst.map((notice) => [notice.id, notice.closesAt])).to.deep.equal([[second.id, 41_000]]);
    // Dismissed with OK at 25 s, the next one shown gets its full 20 s from then.
    const third = noticeForChange('running', { ...preview, status: 'stopped' }, 'z', 1000, closesAfter20)!;
    const fourth = noticeForChange('loaded', { ...dialer, id: 'e' }, 'w', 1000, closesAfter20)!;
    const later = enqueueNotice(enqueueNotice(afterFirst, third, 22_000), fourth, 22_000);
    const dismissed = dismissNotice(later, second.id, 25_000);
    expect(dismissed.map((notice) => notice.closesAt)).to.deep.equal([null, null]);
    expect(dismissNotice(dismissed, third.id, 30_000).map((notice) => notice.closesAt)).to.deep.equal([50_000]);
  });

  it('A11Y-3: Keep open turns the shown notice’s time limit off; the next one still gets its own', () => {
    const started = noticeForChange('loaded', preview, 'x', 1000, closesAfter20)!;
    const other = noticeForChange('loaded', dialer, 'y', 1000, closesAfter20)!;
    const queue = enqueueNotice(enqueueNotice([], started, 1000), other, 1000);
    const kept = keepNoticeOpen(queue, started.id);
    expect(kept.map((notice) => notice.closesAt)).to.deep.equal([null, null]);
    expect(keepNoticeOpen(kept, started.id)).to.equal(kept);
    expect(expireNotices(kept, 1e12)).to.equal(kept);
    expect(dismissNotice(kept, started.id, 5000).map((notice) => notice.closesAt)).to.deep.equal([25_000]);
  });
});
