/** What the host gives the WebRTC phone to register with. Never rendered, stored or logged. */
export interface WebRtcCredentials {
  /** The digest user name, when it differs from the user part of `aor`. */
  readonly username?: string;
  readonly password: string;
}

export interface WebRtcPhoneOptions {
  /** The SIP server's WebSocket URL, e.g. `wss://sip.example.com:7443`. */
  readonly server: string;
  /** The agent's SIP address of record, e.g. `sip:agent-42@example.com`. */
  readonly aor: string;
  /** Shown to the called party. */
  readonly displayName?: string;
  /**
   * The credentials, or a function that fetches them when the phone starts (so the host can keep
   * them out of page state). Leave out for a server without authentication.
   */
  readonly credentials?: WebRtcCredentials | (() => WebRtcCredentials | Promise<WebRtcCredentials>);
  /** ICE servers (STUN/TURN). Default none: sip.js would otherwise ask a public STUN server. */
  readonly iceServers?: readonly RTCIceServer[];
  /**
   * How long an offer or answer waits for ICE gathering, in ms (sip.js waits up to 5 s). On a LAN
   * the host candidates are there within milliseconds. Default 500.
   */
  readonly iceGatheringTimeoutMs?: number;
  /** How often the phone pings its server with SIP OPTIONS to find a half-open socket, in ms; 0: never. Default 15000. */
  readonly keepAliveIntervalMs?: number;
  /** How long the phone waits for the ping's answer before it calls the connection lost, in ms. Default 4000. */
  readonly keepAliveTimeoutMs?: number;
  /** First and longest wait between reconnection attempts, in ms (the wait doubles). Defaults 500 and 8000. */
  readonly reconnectDelayMs?: { readonly initial: number; readonly max: number };
  /**
   * How long an established call waits for the connection to come back before it is ended with
   * `{ by: 'system', reason: 'connection-lost' }`, in ms. Default 10000.
   */
  readonly callRecoveryMs?: number;
  /** Registration lifetime asked of the server, in seconds. Default 300. */
  readonly registerExpiresS?: number;
  /** 'auto' (default): RFC 4733 when the call negotiated it, else SIP INFO; or force one. */
  readonly dtmf?: 'auto' | 'rfc4733' | 'info';
  /** A ringtone URL for the ringer; default a tone generated in the page (no file, nothing for CSP to block). */
  readonly ringtone?: string;
}

export const webRtcDefaults = {
  iceGatheringTimeoutMs: 500,
  keepAliveIntervalMs: 15_000,
  keepAliveTimeoutMs: 4_000,
  reconnectDelayMs: { initial: 500, max: 8_000 },
  callRecoveryMs: 10_000,
  registerExpiresS: 300,
  dtmf: 'auto',
} as const;
