import { msg, str } from '@lit/localize';
import type { Channel } from '../../services/domain/agent/agent.js';
import type { CampaignStatus, DeliveryMode } from '../../services/domain/campaign/campaign.js';

// Functions, not constants: each call reads the current locale.

export const campaignListLabels = {
  title: () => msg('My Campaigns', { id: 'campaign-list.title' }),
  status: () => msg('Status', { id: 'campaign-list.column.status' }),
  name: () => msg('Name', { id: 'campaign-list.column.name' }),
  deliveryMode: () => msg('Delivery mode', { id: 'campaign-list.column.delivery-mode' }),
  dialingMode: () => msg('Dialing mode', { id: 'campaign-list.column.dialing-mode' }),
  description: () => msg('Description', { id: 'campaign-list.column.description' }),
  action: () => msg('Action', { id: 'campaign-list.column.action' }),
  getRecord: () => msg('Get Record', { id: 'campaign-list.get-record' }),
  stop: () => msg('Stop', { id: 'campaign-list.stop' }),
  requesting: () => msg('Waiting for the server…', { id: 'campaign-list.requesting' }),
  loading: () => msg('Loading your campaigns…', { id: 'campaign-list.loading' }),
  empty: () =>
    msg('No active or running campaigns. Campaigns you are assigned to appear here when they start.', {
      id: 'campaign-list.empty',
    }),
  dismiss: () => msg('Dismiss', { id: 'campaign-list.dismiss' }),
  selected: (name: string) => msg(str`${name} selected`, { id: 'campaign-list.selected' }),
  requested: (name: string) =>
    msg(str`Requesting a record from ${name}.`, { id: 'campaign-list.requested' }),
  stopping: (name: string) =>
    msg(str`Asking ${name} to stop sending records.`, { id: 'campaign-list.stopping' }),
  receiving: (name: string) =>
    msg(str`${name}: records will keep coming until you choose Stop.`, { id: 'campaign-list.receiving' }),
  stopped: (name: string) =>
    msg(str`${name}: no more records will be sent to you.`, { id: 'campaign-list.stopped' }),
  pushed: (channel: string) => msg(str`Sent while ${channel} is Ready`, { id: 'campaign-list.pushed' }),
  resumed: (name: string, channel: string) =>
    msg(str`${name}: records will come again while ${channel} is Ready.`, { id: 'campaign-list.resumed' }),
};

/** The channel that brings an automatic campaign's records, as My Channels names it. */
export function channelLabel(channel: Channel): string {
  return channel === 'voice'
    ? msg('Voice', { id: 'campaign-list.channel.voice' })
    : msg('Outbound preview', { id: 'campaign-list.channel.outbound-preview' });
}

export function statusLabel(status: CampaignStatus): string {
  switch (status) {
    case 'loaded':
      return msg('Loaded', { id: 'campaign.status.loaded' });
    case 'started':
      return msg('Active', { id: 'campaign.status.started' });
    case 'running':
      return msg('Running', { id: 'campaign.status.running' });
    case 'stopped':
      return msg('Stopped', { id: 'campaign.status.stopped' });
    case 'unloaded':
      return msg('Unloaded', { id: 'campaign.status.unloaded' });
  }
}

export function deliveryModeLabel(mode: DeliveryMode): string {
  return mode === 'manual'
    ? msg('Manual', { id: 'campaign.delivery.manual' })
    : msg('Automatic', { id: 'campaign.delivery.automatic' });
}

