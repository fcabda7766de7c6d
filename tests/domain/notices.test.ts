import { expect } from '@open-wc/testing';
import type { Campaign } from '../../src/services/domain/campaign.js';
import {
  keepNoticeOpen,
  catchUpNotices,
  dismissNotice,
  enqueueNotice,
  expireNotices,
  nextNoticeDeadline,
  noticeForChange,
} from '../../src/services/domain/notices.js';

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
    const queue = enqueueNotice(enqueueNotice([], first), second);
    expect(queue.map((notice) => notice.message)).to.deep.equal(['a', 'b']);
    expect(dismissNotice(queue, first.id).map((notice) => notice.message)).to.deep.equal(['b']);
    expect(dismissNotice(queue, 'nope')).to.equal(queue);
  });

  it('CAM-1: a newer notice of the same campaign replaces its older one', () => {
    const loaded = noticeForChange(undefined, { ...dialer, status: 'loaded' }, 'loaded', 1, waitsForOk)!;
    const started = noticeForChange('loaded', dialer, 'started', 2, waitsForOk)!;
    expect(enqueueNotice([loaded], started).map((notice) => notice.kind)).to.deep.equal(['started']);
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

  it('CAM-2: started notices close by themselves after the configured time; others wait for OK', () => {
    const started = noticeForChange('loaded', preview, 'x', 1000, closesAfter20)!;
    const stopped = noticeForChange('running', { ...preview, status: 'stopped' }, 'y', 1000, closesAfter20)!;
    expect(started.closesAt).to.equal(21_000);
    expect(stopped.closesAt).to.equal(null);
    const queue = [started, stopped];
    expect(nextNoticeDeadline(queue)).to.equal(21_000);
    expect(expireNotices(queue, 20_999)).to.equal(queue);
    expect(expireNotices(queue, 21_000).map((notice) => notice.kind)).to.deep.equal(['stopped']);
  });

  it('A11Y-3: Keep open turns one notice’s time limit off and leaves the others alone', () => {
    const started = noticeForChange('loaded', preview, 'x', 1000, closesAfter20)!;
    const other = noticeForChange('loaded', dialer, 'y', 1000, closesAfter20)!;
    const kept = keepNoticeOpen([started, other], started.id);
    expect(kept.map((notice) => notice.closesAt)).to.deep.equal([null, 21_000]);
    expect(keepNoticeOpen(kept, started.id)).to.equal(kept);
    expect(expireNotices(kept, 1e12).map((notice) => notice.id)).to.deep.equal([started.id]);
  });
});
