import { msg, str } from '@lit/localize';
import type { CampaignNotice } from '../../services/domain/campaign/notices.js';

// Functions, not constants: each call reads the current locale.

export const campaignNoticesLabels = {
  ok: () => msg('OK', { id: 'campaign-notices.ok' }),
  keepOpen: () => msg('Keep open', { id: 'campaign-notices.keep-open' }),
  keptOpen: () => msg('The notice stays open until you choose OK.', { id: 'campaign-notices.kept-open' }),
  getRecord: () => msg('Get Record', { id: 'campaign-notices.get-record' }),
  position: (index: number, count: number) =>
    msg(str`Notice ${index} of ${count}`, { id: 'campaign-notices.position' }),
  /** The visible countdown; `time` is mm:ss. */
  closesIn: (time: string) => msg(str`Closes in ${time}`, { id: 'campaign-notices.closes-in' }),
  /** Spoken when the notice appears, after its name. */
  closesInSeconds: (seconds: number) =>
    seconds === 1
      ? msg('This notice closes in 1 second.', { id: 'campaign-notices.closes-in-one-second' })
      : msg(str`This notice closes in ${seconds} seconds.`, { id: 'campaign-notices.closes-in-seconds' }),
  /** Spoken at the countdown's thresholds, on its own, so it names the notice by its campaign. */
  noticeClosesInSeconds: (campaignName: string, seconds: number) =>
    seconds === 1
      ? msg(str`The notice of ${campaignName} closes in 1 second.`, { id: 'campaign-notices.notice-closes-in-one-second' })
      : msg(str`The notice of ${campaignName} closes in ${seconds} seconds.`, { id: 'campaign-notices.notice-closes-in-seconds' }),
  /** Spoken when a notice appears: its title, its campaign and the server's text. */
  announcement: (title: string, campaignName: string, message: string) =>
    msg(str`${title}: ${campaignName}. ${message}`, { id: 'campaign-notices.announcement' }),
  /** A notice that took the place of earlier ones of its campaign, never shown (`titles`: their titles, as a list). */
  replaces: (titles: string) =>
    msg(str`This notice replaces one you had not seen yet: ${titles}.`, { id: 'campaign-notices.replaces' }),
  requested: (name: string) =>
    msg(str`Requesting a record from ${name}.`, { id: 'campaign-notices.requested' }),
};

/** The notice's title. A catch-up notice at login says the campaign is already running (CAM-1). */
export function noticeTitle(notice: Pick<CampaignNotice, 'kind' | 'catchUp'>): string {
  switch (notice.kind) {
    case 'loaded':
      return msg('Campaign loaded', { id: 'campaign-notices.title.loaded' });
    case 'started':
      return notice.catchUp
        ? msg('Campaign running', { id: 'campaign-notices.title.running' })
        : msg('Campaign started', { id: 'campaign-notices.title.started' });
    case 'stopped':
      return msg('Campaign stopped', { id: 'campaign-notices.title.stopped' });
    case 'unloaded':
      return msg('Campaign unloaded', { id: 'campaign-notices.title.unloaded' });
  }
}

/** mm:ss, as the kit's other countdowns show time ("Accept (00:09)"). */
export function formatTimeLeft(seconds: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
}
