// Test parts for the WebRTC phone against the real Kamailio: the proxy's URL, a second real sip.js
// user agent that plays the contact, and taps on the page's WebSockets and peer connections so a
// test can cut the agent's socket or read what went onto the wire.
import { executeServerCommand } from '@web/test-runner-commands';
import { filter, firstValueFrom, timeout, type Observable } from 'rxjs';
import {
  Invitation,
  Inviter,
  Registerer,
  SIPExtension,
  SessionState,
  UserAgent,
  Web,
  type Session,
  type SessionDescriptionHandlerModifier,
} from 'sip.js';
import type { PhoneState } from '../../src/services/ports/phone.js';

export const DOMAIN = '127.0.0.1';

/** The Kamailio that scripts/kamailio.mjs started around this run. */
export async function sipServer(): Promise<string> {
  const { wsUrl } = (await executeServerCommand<{ wsUrl: string | null }, undefined>('sip-server')) ?? { wsUrl: null };
  if (!wsUrl) throw new Error('No Kamailio: run the SIP tests through scripts/kamailio.mjs (npm run test:browser)');
  return wsUrl;
}

/** Stops, starts or restarts this run's Kamailio (the same PID handling as at the end of the run). */
export async function proxy(action: 'stop' | 'start' | 'restart'): Promise<void> {
  await executeServerCommand('sip-proxy', { action });
}

let users = 0;
/** A SIP user name no other test uses, so registrations never cross. */
export const uniqueUser = (role: string) => `${role}-${Date.now().toString(36)}-${++users}`;

// ---- taps --------------------------------------------------------------------------------------

/** Every WebSocket the page opens, with a switch that makes one go deaf (a half-open socket). */
export const sockets: TappedSocket[] = [];
export class TappedSocket extends WebSocket {
  deaf = false;
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    sockets.push(this);
    // Swallow incoming frames while deaf: the socket looks open but nothing comes back.
    this.addEventListener('message', (event) => this.deaf && event.stopImmediatePropagation());
  }
  override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
    if (!this.deaf) super.send(data);
  }
}
globalThis.WebSocket = TappedSocket;

/** The agent's sockets: the phone connects to the proxy's /agent path, contacts to /contact. */
export const agentSockets = () => sockets.filter((s) => s.url.endsWith('/agent') && s.readyState <= WebSocket.OPEN);

/** Every peer connection the page makes. */
export const peers: RTCPeerConnection[] = [];
const NativePeerConnection = RTCPeerConnection;
globalThis.RTCPeerConnection = class extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peers.push(this);
  }
};

// ---- waiting -----------------------------------------------------------------------------------

/** The first phone state that satisfies `test` (the current one included). */
export function phoneState(state: Observable<PhoneState>, test: (s: PhoneState) => boolean, ms = 8000): Promise<PhoneState> {
  return firstValueFrom(state.pipe(filter(test), timeout(ms)));
}

export async function until(test: () => boolean | Promise<boolean>, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Inbound audio bytes of a peer connection. */
export async function bytesReceived(pc: RTCPeerConnection | undefined): Promise<number> {
  if (!pc) return 0;
  let bytes = 0;
  (await pc.getStats()).forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
    if (report.type === 'inbound-rtp' && report.kind === 'audio') bytes += report.bytesReceived ?? 0;
  });
  return bytes;
}

/** Whether inbound audio grows over a short window (RTP arrives every 20 ms when it flows). */
export async function receiving(pc: RTCPeerConnection | undefined, windowMs = 400): Promise<boolean> {
  const before = await bytesReceived(pc);
  await pause(windowMs);
  return (await bytesReceived(pc)) > before;
}

/** The agent phone's peer connection: the newest one that no contact owns. */
export function agentPeer(...contacts: Contact[]): RTCPeerConnection | undefined {
  const theirs = new Set(contacts.flatMap((c) => c.peers()));
  return [...peers].reverse().find((pc) => !theirs.has(pc) && pc.connectionState !== 'closed');
}

// ---- the contact -------------------------------------------------------------------------------

/** Removes telephone-event from an SDP: a far end that cannot take RFC 4733 tones. */
export const withoutTelephoneEvent: SessionDescriptionHandlerModifier = async (description) => {
  const sdp = description.sdp ?? '';
  const payloads = [...sdp.matchAll(/a=rtpmap:(\d+) telephone-event\/\d+/g)].map((m) => m[1]);
  let out = sdp;
  for (const pt of payloads) {
    out = out
      .replace(new RegExp(`a=rtpmap:${pt} .*\\r\\n`, 'g'), '')
      .replace(new RegExp(`a=fmtp:${pt} .*\\r\\n`, 'g'), '')
      .replace(/^(m=audio \d+ [\w/]+)((?: \d+)+)/m, (_, head: string, list: string) =>
        head + list.split(' ').filter((p) => p && p !== pt).map((p) => ` ${p}`).join(''),
      );
  }
  return { type: description.type, sdp: out };
};

export interface ContactOptions {
  /** Answer incoming calls at once. */
  autoAnswer?: boolean;
  /** Answer without telephone-event, so RFC 4733 is not negotiated. */
  noRfc4733?: boolean;
}

/** A second real sip.js user agent in the page, registered with the same Kamailio: the contact. */
export class Contact {
  readonly user: string;
  readonly ua: UserAgent;
  readonly sessions: Session[] = [];
  readonly infoTones: string[] = [];
  readonly referredTo: string[] = [];
  /** Whether the last incoming session ended with a BYE from the far end. */
  byeReceived = false;
  #registerer: Registerer;
  #incoming: Invitation[] = [];

  private constructor(user: string, server: string, private readonly options: ContactOptions) {
    this.user = user;
    this.ua = new UserAgent({
      uri: UserAgent.makeURI(`sip:${user}@${DOMAIN}`),
      transportOptions: { server: `${server}/contact`, traceSip: false },
      logBuiltinEnabled: false,
      logLevel: 'error',
      sipExtensionReplaces: SIPExtension.Supported,
      sessionDescriptionHandlerFactoryOptions: { iceGatheringTimeout: 500, peerConnectionConfiguration: { iceServers: [] } },
      delegate: { onInvite: (invitation) => this.#onInvite(invitation) },
    });
    this.#registerer = new Registerer(this.ua);
  }

  static async start(server: string, role = 'contact', options: ContactOptions = {}): Promise<Contact> {
    const contact = new Contact(uniqueUser(role), server, options);
    await contact.ua.start();
    await new Promise<void>((resolve, reject) => {
      void contact.#registerer.register({ requestDelegate: { onAccept: () => resolve(), onReject: () => reject(new Error('contact not registered')) } });
    });
    return contact;
  }

  get session(): Session | undefined {
    return this.sessions.at(-1);
  }

  peers(): RTCPeerConnection[] {
    return this.sessions.flatMap((s) => {
      const sdh = s.sessionDescriptionHandler;
      return sdh instanceof Web.SessionDescriptionHandler && sdh.peerConnection ? [sdh.peerConnection] : [];
    });
  }

  peer(): RTCPeerConnection | undefined {
    return this.peers().at(-1);
  }

  #track(session: Session): void {
    this.sessions.push(session);
    session.delegate = {
      onBye: () => (this.byeReceived = true),
      onInfo: (info) => {
        const signal = /Signal=\s*(\S)/.exec(info.request.body)?.[1];
        if (signal) this.infoTones.push(signal);
        void info.accept();
      },
      // A blind or attended transfer: accept it and call whom we are referred to.
      onRefer: (referral) => {
        this.referredTo.push(referral.referTo.uri.user ?? '');
        void referral.accept().then(() => {
          const inviter = referral.makeInviter({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
          this.#track(inviter);
          void inviter.invite();
        });
      },
    };
  }

  #onInvite(invitation: Invitation): void {
    this.#incoming.push(invitation);
    this.#track(invitation);
    if (this.options.autoAnswer) void this.answer();
  }

  /** The next incoming call (the agent's, or a transferred one). */
  async waitForCall(ms = 8000): Promise<Invitation> {
    await until(() => this.#incoming.length > 0, `a call to ${this.user}`, ms);
    return this.#incoming[this.#incoming.length - 1];
  }

  async answer(): Promise<void> {
    const invitation = await this.waitForCall();
    if (invitation.state !== SessionState.Initial) return;
    await invitation.accept({
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
      sessionDescriptionHandlerModifiers: this.options.noRfc4733 ? [withoutTelephoneEvent] : [],
    });
    await this.established();
  }

  async established(): Promise<void> {
    await until(() => this.session?.state === SessionState.Established, 'the contact to be in a call');
  }

  /** Calls a SIP user (the agent). */
  call(user: string): Inviter {
    const inviter = new Inviter(this.ua, UserAgent.makeURI(`sip:${user}@${DOMAIN}`)!, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    this.#track(inviter);
    void inviter.invite();
    return inviter;
  }

  async hangUp(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (session.state === SessionState.Established) await session.bye();
    else if (session instanceof Inviter) await session.cancel();
    else if (session instanceof Invitation) await session.reject();
  }

  /** The contact hears itself held: the agent's offer made the contact's side receive-only. */
  onHold(): boolean {
    const pc = this.peer();
    const transceiver = pc?.getTransceivers()[0];
    return transceiver?.currentDirection === 'recvonly' || transceiver?.currentDirection === 'inactive';
  }

  async stop(): Promise<void> {
    for (const session of this.sessions) {
      try {
        if (session.state === SessionState.Established) await session.bye();
        else if (session.state !== SessionState.Terminated) await session.dispose();
      } catch {
        // already gone
      }
    }
    await this.ua.stop().catch(() => undefined);
  }
}
