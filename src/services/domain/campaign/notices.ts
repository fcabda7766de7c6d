/**
 * Campaign notices (CAM-1, CAM-2): loaded, started, stopped, unloaded, queued for the agent one at a
 * time, with catch-up at login for campaigns already running. Pure: time is passed in.
 */
import type { Campaign, CampaignStatus } from './campaign.js';

export type NoticeKind = 'loaded' | 'started' | 'stopped' | 'unloaded';

export interface CampaignNotice {
  readonly id: string;
  readonly campaignId: string;
  readonly campaignName: string;
  readonly kind: NoticeKind;
  /** The body text, from the server. */
  readonly message: string;
  /** A started Preview campaign offers Get Record on its notice (CAM-2). */
  readonly offersGetRecord: boolean;
  /** How long the notice stays once shown before it closes by itself (CAM-2), or null: it waits for OK. */
  readonly closesAfterMs: number | null;
  /**
   * When the notice closes by itself, or null. Set when it is shown (first in the queue), never when
   * it arrives: a notice waiting behind others must not run out of time unseen.
   */
  readonly closesAt: number | null;
  /** Earlier notices of the campaign that were never shown and that this one replaces, oldest first. */
  readonly replaces: readonly NoticeKind[];
  /** Announced at login for a campaign that started before it. */
  readonly catchUp: boolean;
}

export interface NoticeSettings {
  /** Seconds after which a started notice closes by itself; null: it waits for OK. */
  readonly startedClosesAfterSeconds: number | null;
}

export const defaultNoticeSettings: NoticeSettings = { startedClosesAfterSeconds: null };

const ACTIVE: readonly CampaignStatus[] = ['started', 'running'];

function kindOf(status: CampaignStatus): NoticeKind {
  return status === 'running' ? 'started' : status;
}

/**
 * The notice a status change calls for, or null when the agent has been told already (started
 * then running is one start).
 */
export function noticeForChange(
  previous: CampaignStatus | undefined,
  campaign: Campaign,
  message: string,
  now: number,
  settings: NoticeSettings,
): CampaignNotice | null {
  if (previous !== undefined && ACTIVE.includes(previous) && ACTIVE.includes(campaign.status)) return null;
  if (previous === campaign.status) return null;
  return makeNotice(campaign, message, now, settings, false);
}

/** At login, campaigns already started or running are announced (CAM-1). */
export function catchUpNotices(campaigns: readonly Campaign[], now: number, settings: NoticeSettings): CampaignNotice[] {
  return campaigns
    .filter((campaign) => ACTIVE.includes(campaign.status))
    .map((campaign) => makeNotice(campaign, `Campaign ${campaign.name} is running and you are assigned to it.`, now, settings, true));
}

function makeNotice(campaign: Campaign, message: string, now: number, settings: NoticeSettings, catchUp: boolean): CampaignNotice {
  const kind = kindOf(campaign.status);
  const closesAfter = kind === 'started' ? settings.startedClosesAfterSeconds : null;
  return {
    id: `${campaign.id}:${kind}:${now}`,
    campaignId: campaign.id,
    campaignName: campaign.name,
    kind,
    message,
    offersGetRecord: kind === 'started' && campaign.dialingMode === 'preview',
    closesAfterMs: closesAfter === null ? null : closesAfter * 1000,
    closesAt: null,
    replaces: [],
    catchUp,
  };
}

/**
 * The first notice of the queue is the one shown. When a notice becomes first, its time limit starts
 * (CAM-2): the deadline is stamped now, so every notice gets its full time on screen.
 */
function showFirst(queue: readonly CampaignNotice[], now: number): readonly CampaignNotice[] {
  const [first, ...rest] = queue;
  if (!first || first.closesAfterMs === null || first.closesAt !== null) return queue;
  return [{ ...first, closesAt: now + first.closesAfterMs }, ...rest];
}

/**
 * Queues a notice behind those already open. The notice on screen is never replaced: the agent may be
 * reading it. A waiting notice of the same campaign, never shown, is made moot by the newer one,
 * which takes its place at the back and records it (`replaces`), so the count stays honest and the
 * agent is still told.
 */
export function enqueueNotice(queue: readonly CampaignNotice[], notice: CampaignNotice, now: number): readonly CampaignNotice[] {
  const [shown, ...waiting] = queue;
  if (!shown) return showFirst([notice], now);
  const moot = waiting.filter((queued) => queued.campaignId === notice.campaignId);
  const replaces = moot.flatMap((queued) => [...queued.replaces, queued.kind]);
  const merged = replaces.length ? { ...notice, replaces: [...replaces, ...notice.replaces] } : notice;
  return [shown, ...waiting.filter((queued) => queued.campaignId !== notice.campaignId), merged];
}

/** OK (or Get Record): the notice goes, and the next one is shown with its full time. */
export function dismissNotice(queue: readonly CampaignNotice[], id: string, now: number): readonly CampaignNotice[] {
  const next = queue.filter((notice) => notice.id !== id);
  return next.length === queue.length ? queue : showFirst(next, now);
}

/** The agent wants more time (WCAG 2.2.1): the notice no longer closes by itself. */
export function keepNoticeOpen(queue: readonly CampaignNotice[], id: string): readonly CampaignNotice[] {
  const target = queue.find((notice) => notice.id === id);
  if (!target || target.closesAfterMs === null) return queue;
  return queue.map((notice) => (notice === target ? { ...notice, closesAfterMs: null, closesAt: null } : notice));
}

/** Drops the notices whose time has come; the next one is shown with its full time. */
export function expireNotices(queue: readonly CampaignNotice[], now: number): readonly CampaignNotice[] {
  const next = queue.filter((notice) => notice.closesAt === null || notice.closesAt > now);
  return next.length === queue.length ? queue : showFirst(next, now);
}

/** The earliest moment a notice of the queue closes by itself, or null. */
export function nextNoticeDeadline(queue: readonly CampaignNotice[]): number | null {
  const deadlines = queue.flatMap((notice) => (notice.closesAt === null ? [] : [notice.closesAt]));
  return deadlines.length ? Math.min(...deadlines) : null;
}
