import type { PhoneRegistration } from '../../services/ports/phone.js';
import type { BackendConnectionState, BackendOfflineReason } from '../../services/ports/backend/contract.js';
import { getKitLocale } from '../../localization/current-locale.js';
import { msg, str } from '@lit/localize';
import type { Channel, ChannelActivity } from '../../services/domain/agent/agent.js';

// Functions, not constants: each call reads the current locale.

export const agentStatusLabels = {
  title: () => msg('My Channels', { id: 'agent-status.title' }),
  loading: () => msg('Waiting for your status from the server…', { id: 'agent-status.loading' }),
  statusHeading: () => msg('Status:', { id: 'agent-status.status-heading' }),
  ready: () => msg('Ready', { id: 'agent-status.choose-ready' }),
  notReady: () => msg('Not Ready', { id: 'agent-status.choose-not-ready' }),
  afterCallWorkHint: () =>
    msg('The system set after-call work when the call ended. Choose Ready or Not Ready when you have finished.', {
      id: 'agent-status.after-call-work-hint',
    }),
  imBlocks: () =>
    msg(
      'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging to make a channel Ready.',
      { id: 'agent-status.im-blocks' },
    ),
  imUnblocked: () =>
    msg('You are logged out of instant messaging. Your channels can be Ready again.', {
      id: 'agent-status.im-unblocked',
    }),
  imToggle: () => msg('Logged in to instant messaging', { id: 'agent-status.im-toggle' }),
  logout: () => msg('Log out', { id: 'agent-status.logout' }),
  logoutPendingMessage: () =>
    msg(
      'Awaiting logout authorization. A call may already be on its way to you, so your logout waits until it can no longer reach you. The time left stays shown next to Log out.',
      { id: 'agent-status.logout-pending-message' },
    ),
  /** The visible countdown, next to Log out: what is waited for, then the time left. */
  countdown: (time: string) =>
    msg(str`Waiting for the server to authorize logout: ${time}`, { id: 'agent-status.countdown-waiting' }),
  countdownDue: () => msg('Logout authorization is due…', { id: 'agent-status.countdown-due' }),
  logoutAuthorized: () =>
    msg('Logout authorized. You can log out now.', { id: 'agent-status.logout-authorized' }),
  cancelLogout: () => msg('Cancel logout', { id: 'agent-status.cancel-logout' }),
  loggedOut: () => msg('You are logged out.', { id: 'agent-status.logged-out' }),
  login: () => msg('Log in', { id: 'agent-status.login' }),
  logoutCancelled: () => msg('Logout cancelled. You stay logged in.', { id: 'agent-status.logout-cancelled' }),
  onCallHint: () =>
    msg('You are on a call. Ready or Not Ready takes effect when it ends.', { id: 'agent-status.on-call-hint' }),
  dismiss: () => msg('Dismiss', { id: 'agent-status.dismiss' }),
  // Announcements.
  confirmed: (channel: string, status: string) =>
    msg(str`${channel} is now ${status}.`, { id: 'agent-status.confirmed' }),
  changedByServer: (channel: string, status: string) =>
    msg(str`Your ${channel} status was changed to ${status}.`, { id: 'agent-status.changed-by-server' }),
  logoutPending: (duration: string) =>
    msg(str`Awaiting logout authorization. You can log out in ${duration}.`, { id: 'agent-status.logout-pending' }),
  logoutIn: (duration: string) => msg(str`You can log out in ${duration}.`, { id: 'agent-status.logout-in' }),
};

export function channelLabel(channel: Channel): string {
  return channel === 'voice'
    ? msg('Voice', { id: 'agent-status.channel.voice' })
    : msg('Outbound preview', { id: 'agent-status.channel.outbound-preview' });
}

export function channelStatusLabel(status: ChannelActivity): string {
  switch (status) {
    case 'on-call':
      return msg('On a call', { id: 'agent-status.status.on-call' });
    case 'ready':
      return msg('Ready', { id: 'agent-status.status.ready' });
    case 'not-ready':
      return msg('Not Ready', { id: 'agent-status.status.not-ready' });
    case 'after-call-work':
      return msg('After-call work', { id: 'agent-status.status.after-call-work' });
  }
}

/** Where the agent's phone stands, as the status line says it (the same for a softphone and a desk phone). */
export function phoneRegistrationLabel(registration: PhoneRegistration): string {
  switch (registration) {
    case 'unregistered':
      return msg('Phone: not connected', { id: 'agent-status.phone.unregistered' });
    case 'registering':
      return msg('Phone: connecting…', { id: 'agent-status.phone.registering' });
    case 'ready':
      return msg('Phone: ready', { id: 'agent-status.phone.ready' });
    case 'reconnecting':
      return msg('Phone: connection lost, reconnecting…', { id: 'agent-status.phone.reconnecting' });
    case 'failed':
      return msg('Phone: not available', { id: 'agent-status.phone.failed' });
  }
}

/** The campaign server's connection as the status line says it (BE-3); null when there is nothing to say. */
export function connectionLabel(connection: BackendConnectionState, connectedBefore: boolean): string | null {
  switch (connection.status) {
    case 'live':
    case 'closed':
      return null;
    case 'connecting':
      return connectedBefore || connection.attempt > 1
        ? msg('Server: reconnecting…', { id: 'agent-status.server.reconnecting' })
        : msg('Server: connecting…', { id: 'agent-status.server.connecting' });
    case 'resyncing':
      return msg('Server: catching up…', { id: 'agent-status.server.resyncing' });
    case 'offline':
      return connection.nextAttemptAt === null ? offlineForGood(connection.reason) : offlineRetrying(connection.reason, clockOf(connection.nextAttemptAt));
  }
}

/** Said once when the connection is up after a loss (`again`), or after a first connection that failed. */
export function connectionBackLabel(again: boolean): string {
  return again ? msg('Server: connected again.', { id: 'agent-status.server.back' }) : msg('Server: connected.', { id: 'agent-status.server.connected' });
}

function offlineRetrying(reason: BackendOfflineReason, time: string): string {
  switch (reason) {
    case 'server-unreachable':
      return msg(str`Server: not reachable. Trying again at ${time}.`, { id: 'agent-status.server.unreachable' });
    case 'token-rejected':
      return msg(str`Server: your sign-in was not accepted. Trying again at ${time}.`, { id: 'agent-status.server.token-rejected' });
    default:
      return msg(str`Server: connection lost. Trying again at ${time}.`, { id: 'agent-status.server.lost' });
  }
}

function offlineForGood(reason: BackendOfflineReason): string {
  switch (reason) {
    case 'replaced':
      return msg('Server: this desk is open in another window or tab, which has the connection now.', { id: 'agent-status.server.replaced' });
    case 'protocol-error':
      return msg('Server: the server does not speak this desk’s protocol. Ask your administrator.', { id: 'agent-status.server.protocol' });
    default:
      return msg('Server: this page may not connect. Reload the page or ask your administrator.', { id: 'agent-status.server.not-allowed' });
  }
}

/** A time of day on the agent's clock, with seconds: when the next attempt is made. */
function clockOf(instant: number): string {
  return new Intl.DateTimeFormat(getKitLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(instant);
}
