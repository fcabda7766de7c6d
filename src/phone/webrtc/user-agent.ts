// The phone's SIP user agent as sip.js is told to build it, and the two requests the connection
// (connection.ts) sends its server, REGISTER and the OPTIONS ping, each turned into a promise of
// what the server answered. Apart from connection.ts so that its lifecycle reads without sip.js's
// request plumbing in the way.
import { SIPExtension, UserAgent, Web, type Invitation, type Registerer, type URI } from 'sip.js';
import type { PhoneResult } from '../../services/ports/phone.js';
import type { EngineContext } from './engine-context.js';
import { webRtcLabels } from './labels.js';
import type { WebRtcCredentials } from './options.js';
import { OK, fail } from './results.js';

/** What the user agent calls back into the phone for. */
export interface UserAgentHooks {
  /** The microphone's audio for a call's media. */
  readonly localMedia: () => Promise<MediaStream>;
  readonly onInvite: (invitation: Invitation) => void;
  /** The socket dropped by an error (not because the phone stopped it). */
  readonly onConnectionLost: () => void;
}

export function createUserAgent(
  context: EngineContext,
  uri: URI,
  credentials: WebRtcCredentials | undefined,
  hooks: UserAgentHooks,
): UserAgent {
  const iceServers = [...(context.options.iceServers ?? [])];
  const ua = new UserAgent({
    uri,
    displayName: context.options.displayName ?? '',
    authorizationUsername: credentials ? (credentials.username ?? uri.user ?? '') : '',
    authorizationPassword: credentials?.password ?? '',
    transportOptions: { server: context.options.server, connectionTimeout: 4, traceSip: false },
    // sip.js logs every SIP message by default, credentials and all: nothing goes to the console.
    logBuiltinEnabled: false,
    logLevel: 'error',
    logConnector: () => undefined,
    userAgentString: 'outbound-kit',
    sipExtensionReplaces: SIPExtension.Supported,
    sessionDescriptionHandlerFactory: Web.defaultSessionDescriptionHandlerFactory(() => hooks.localMedia()),
    sessionDescriptionHandlerFactoryOptions: {
      iceGatheringTimeout: context.setting('iceGatheringTimeoutMs'),
      peerConnectionConfiguration: { iceServers },
    },
    delegate: {
      onInvite: (invitation) => hooks.onInvite(invitation),
      onDisconnect: (error) => {
        if (error) hooks.onConnectionLost();
      },
    },
  });
  return ua;
}

/** Sends REGISTER and resolves with the server's answer. */
export function register(registerer: Registerer): Promise<PhoneResult> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fail('server-unreachable', webRtcLabels.serverUnreachable())), 8000);
    const done = (result: PhoneResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    registerer
      .register({
        requestDelegate: {
          onAccept: () => done(OK),
          onReject: (response) => {
            const status = response.message.statusCode ?? 0;
            done(fail('registration-refused', webRtcLabels.registrationRefused(status)));
          },
        },
      })
      .catch(() => done(fail('server-unreachable', webRtcLabels.serverUnreachable())));
  });
}

/** SIP OPTIONS to the target: resolves true on any answer at all, false when none comes in time. */
export function answersOptions(ua: UserAgent, target: URI, timeoutMs: number): Promise<boolean> {
  const core = ua.userAgentCore;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const answered = () => {
      clearTimeout(timer);
      resolve(true);
    };
    try {
      const message = core.makeOutgoingRequestMessage('OPTIONS', target, ua.configuration.uri, target, {});
      core.request(message, { onAccept: answered, onReject: answered, onRedirect: answered });
    } catch {
      clearTimeout(timer);
      resolve(false);
    }
  });
}
