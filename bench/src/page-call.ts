/**
 * Call setup through the real Kamailio (bench item 6). In this page: a raw sip.js user agent that
 * plays the contact and calls; the kit's WebRTC phone (`createWebRtcPhone`, as a host uses it); and
 * a bare sip.js user agent that answers the way a page without the kit would. Each round the contact
 * calls the kit's phone, then the bare agent; both are timed from the agent's Accept to connected
 * (the caller's ACK in) and to the first inbound audio packet (inbound-rtp bytesReceived > 0).
 * Served without the bench's CSP: the proxy's WebSocket is on another port than the page.
 */
import { Invitation, Inviter, Registerer, SessionState, UserAgent, type Session } from 'sip.js';
import type { PhoneService, PhoneState } from '../../src/services/ports/phone.js';
import { createWebRtcPhone } from '../../src/phone/webrtc/index.js';

const DOMAIN = '127.0.0.1';
const ICE = { iceGatheringTimeout: 500, peerConnectionConfiguration: { iceServers: [] } };
const AUDIO = { constraints: { audio: true, video: false } };
/**
 * Both answerers let the call ring this long before Accept, as an agent does (nobody answers within
 * a millisecond): what the kit does when a call starts ringing (its ringer) is not Accept's cost.
 */
const RING_MS = 300;

// Every peer connection with the moment it was made: the one made after Accept is the answerer's.
const peers: { pc: RTCPeerConnection; at: number }[] = [];
const NativePeerConnection = RTCPeerConnection;
globalThis.RTCPeerConnection = class extends NativePeerConnection {
  constructor(configuration?: RTCConfiguration) {
    super(configuration);
    peers.push({ pc: this, at: performance.now() });
  }
};

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(test: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`bench call: timed out waiting for ${what}`);
    await pause(5);
  }
}

async function inboundAudioBytes(pc: RTCPeerConnection): Promise<number> {
  let bytes = 0;
  (await pc.getStats()).forEach((r: { type: string; kind?: string; bytesReceived?: number }) => {
    if (r.type === 'inbound-rtp' && r.kind === 'audio') bytes += r.bytesReceived ?? 0;
  });
  return bytes;
}

/** When the first audio packet reached the peer connection made after `since`, polled back to back. */
async function firstAudioAfter(since: number, exclude: Set<RTCPeerConnection>, ms = 10_000): Promise<number> {
  const end = performance.now() + ms;
  let pc: RTCPeerConnection | undefined;
  while (performance.now() < end) {
    pc ??= peers.find((p) => p.at >= since && !exclude.has(p.pc))?.pc;
    if (pc && (await inboundAudioBytes(pc)) > 0) return performance.now();
    if (!pc) await pause(1);
  }
  throw new Error('bench call: no audio packet arrived');
}

let users = 0;
const user = (role: string) => `bench-${role}-${Date.now().toString(36)}-${++users}`;

async function registeredAgent(server: string, role: string, onInvite?: (invitation: Invitation) => void) {
  const name = user(role);
  const ua = new UserAgent({
    uri: UserAgent.makeURI(`sip:${name}@${DOMAIN}`),
    transportOptions: { server: `${server}/contact`, traceSip: false },
    logBuiltinEnabled: false,
    logLevel: 'error',
    sessionDescriptionHandlerFactoryOptions: ICE,
    delegate: { onInvite },
  });
  await ua.start();
  const registerer = new Registerer(ua);
  await new Promise<void>((resolve, reject) => {
    void registerer.register({ requestDelegate: { onAccept: () => resolve(), onReject: () => reject(new Error(`${role} not registered`)) } });
  });
  return { name, ua };
}

const peerOf = (session: Session | undefined) =>
  (session?.sessionDescriptionHandler as { peerConnection?: RTCPeerConnection } | undefined)?.peerConnection;

interface Round {
  connectedMs: number;
  firstAudioMs: number;
}

let caller: { name: string; ua: UserAgent };
let raw: { name: string; ua: UserAgent };
const rawInvitations: Invitation[] = [];
const calls: Inviter[] = [];
let phone: PhoneService;
let agent = '';
let state: PhoneState | null = null;

function call(target: string): Inviter {
  const inviter = new Inviter(caller.ua, UserAgent.makeURI(`sip:${target}@${DOMAIN}`)!, { sessionDescriptionHandlerOptions: AUDIO });
  calls.push(inviter);
  void inviter.invite();
  return inviter;
}

const callerPeers = () => new Set(calls.map(peerOf).filter((pc): pc is RTCPeerConnection => !!pc));

/** The caller's call is over on its side too, so the next round starts from nothing. */
async function callerDone(inviter: Inviter): Promise<void> {
  await until(() => inviter.state === SessionState.Terminated, 'the caller to hang up');
  await pause(100);
}

const bench = {
  async start(server: string): Promise<void> {
    caller = await registeredAgent(server, 'caller');
    raw = await registeredAgent(server, 'raw', (invitation) => rawInvitations.push(invitation));
    agent = user('agent');
    phone = createWebRtcPhone({ server: `${server}/agent`, aor: `sip:${agent}@${DOMAIN}` });
    phone.state.subscribe((s) => (state = s));
    const started = await phone.start();
    if (!started.ok) throw new Error(`bench call: the kit's phone did not start: ${started.error.code}`);
  },

  /** The kit's phone: phone.answer() → status connected, → first audio packet. */
  async kit(): Promise<Round> {
    const inviter = call(agent);
    await until(() => state?.call?.status === 'ringing', 'the kit phone to ring');
    await pause(RING_MS);
    let connectedAt = 0;
    const watch = phone.state.subscribe((s) => {
      if (!connectedAt && s.call?.status === 'connected') connectedAt = performance.now();
    });
    const t0 = performance.now();
    const audio = firstAudioAfter(t0, callerPeers());
    const answered = await phone.answer();
    if (!answered.ok) throw new Error(`bench call: answer failed: ${answered.error.code}`);
    const audioAt = await audio;
    await until(() => connectedAt > 0, 'the kit phone to be connected');
    watch.unsubscribe();
    await phone.hangUp();
    await until(() => state?.call?.status === 'ended', 'the kit call to end');
    await callerDone(inviter);
    return { connectedMs: connectedAt - t0, firstAudioMs: audioAt - t0 };
  },

  /** A bare sip.js answerer: invitation.accept() → ACK in (established), → first audio packet. */
  async raw(): Promise<Round> {
    const before = rawInvitations.length;
    const inviter = call(raw.name);
    await until(() => rawInvitations.length > before, 'the raw call');
    const invitation = rawInvitations[rawInvitations.length - 1];
    await pause(RING_MS);
    let ackedAt = 0;
    invitation.delegate = { ...invitation.delegate, onAck: () => void (ackedAt = performance.now()) };
    const t0 = performance.now();
    const audio = firstAudioAfter(t0, callerPeers());
    await invitation.accept({ sessionDescriptionHandlerOptions: AUDIO });
    const audioAt = await audio;
    await until(() => ackedAt > 0 && invitation.state === SessionState.Established, 'the raw call to be established');
    await invitation.bye();
    await until(() => invitation.state === SessionState.Terminated, 'the raw call to end');
    await callerDone(inviter);
    return { connectedMs: ackedAt - t0, firstAudioMs: audioAt - t0 };
  },

  async stop(): Promise<void> {
    phone?.dispose();
    for (const inviter of calls) if (inviter.state !== SessionState.Terminated) await inviter.dispose().catch(() => undefined);
    await Promise.all([caller?.ua.stop(), raw?.ua.stop()].map((p) => p?.catch(() => undefined)));
  },
};

Object.assign(window, { bench });
