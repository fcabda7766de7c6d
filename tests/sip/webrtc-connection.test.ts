import { expect } from '@open-wc/testing';
import { Invitation, SessionState } from 'sip.js';
import type { PhoneService } from '../../src/services/ports/phone.js';
import { createWebRtcPhone, type WebRtcPhoneOptions } from '../../src/phone/webrtc/index.js';
import { Contact, DOMAIN, agentPeer, agentSockets, phoneState, proxy, receiving, sipServer, uniqueUser, until } from './support.js';

describe('WebRTC phone through Kamailio: connection, errors, credentials, timing', function () {
  this.timeout(30000);
  let server: string;
  let phone: PhoneService | undefined;
  let agent: string;
  const contacts: Contact[] = [];

  function makePhone(options: Partial<WebRtcPhoneOptions> = {}): PhoneService {
    agent = uniqueUser('agent');
    phone = createWebRtcPhone({
      server: `${server}/agent`,
      aor: `sip:${agent}@${DOMAIN}`,
      reconnectDelayMs: { initial: 100, max: 400 },
      ...options,
    });
    return phone;
  }

  async function connectedCall(p: PhoneService): Promise<Contact> {
    const theirs = await Contact.start(server);
    contacts.push(theirs);
    expect(await p.start()).to.deep.equal({ ok: true });
    await p.dial(theirs.user);
    await theirs.answer();
    await phoneState(p.state, (s) => s.call?.status === 'connected');
    return theirs;
  }

  before(async () => {
    server = await sipServer();
  });

  afterEach(async () => {
    phone?.dispose();
    phone = undefined;
    await Promise.all(contacts.splice(0).map((c) => c.stop()));
  });

  it('PH-2: a refused registration and an unreachable server fail with a sentence for the agent', async () => {
    const refused = createWebRtcPhone({ server: `${server}/agent`, aor: `sip:refused@${DOMAIN}` });
    const result = await refused.start();
    expect(result.ok).to.equal(false);
    expect(refused.current.registration).to.equal('failed');
    expect(refused.current.error?.code).to.equal('registration-refused');
    expect(refused.current.error?.message).to.contain('403');
    refused.dispose();

    const nowhere = createWebRtcPhone({ server: 'ws://127.0.0.1:9/agent', aor: `sip:${uniqueUser('agent')}@${DOMAIN}` });
    expect((await nowhere.start()).ok).to.equal(false);
    expect(nowhere.current.error?.code).to.equal('server-unreachable');
    nowhere.dispose();
  });

  it('PH-2: a denied microphone is told to the agent; the phone still registers', async () => {
    const original = navigator.mediaDevices.getUserMedia;
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      const p = makePhone();
      const result = await p.start();
      expect(result.ok).to.equal(false);
      expect(p.current.registration).to.equal('ready');
      expect(p.current.error?.code).to.equal('microphone-denied');
    } finally {
      navigator.mediaDevices.getUserMedia = original;
    }
  });

  it('PH-2: when autoplay blocks the ringer the agent is told (ringer-blocked), and answering clears it', async () => {
    const original = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
    try {
      const theirs = await Contact.start(server);
      contacts.push(theirs);
      const p = makePhone();
      await p.start();
      theirs.call(agent);
      const blocked = await phoneState(p.state, (s) => s.error?.code === 'ringer-blocked');
      expect(blocked.call?.status).to.equal('ringing');
      expect(blocked.error?.message).to.match(/ring/);
      await p.answer();
      expect(p.current.error).to.equal(null);
    } finally {
      HTMLMediaElement.prototype.play = original;
    }
  });

  it('PH-2: no credentials and no SIP traffic reach the console', async () => {
    const lines: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => lines.push(args.map(String).join(' '))));
    try {
      const p = makePhone({ credentials: () => ({ username: 'digest-user-7731', password: 'pa55-word-9d1e' }) });
      const theirs = await connectedCall(p);
      await p.sendDtmf('1');
      await p.hangUp();
      await until(() => theirs.byeReceived, 'the BYE');
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]));
    }
    const all = lines.join('\n');
    expect(all).to.not.contain('pa55-word-9d1e');
    expect(all).to.not.contain('digest-user-7731');
    expect(all).to.not.contain('SIP/2.0');
  });

  it('PH-2: the WebSocket dropped mid-call: reconnecting with connection-lost at once, re-registered, and the call recovered', async () => {
    const p = makePhone();
    const theirs = await connectedCall(p);
    const [socket] = agentSockets();
    socket.close();
    const lost = await phoneState(p.state, (s) => s.registration === 'reconnecting', 3000);
    expect(lost.error?.code).to.equal('connection-lost');
    await phoneState(p.state, (s) => s.registration === 'ready' && s.error === null);
    expect(agentSockets()[0]).to.not.equal(socket);
    expect(p.current.call?.status).to.equal('connected');
    expect(await receiving(agentPeer(theirs)), 'audio goes on').to.equal(true);
    // In-dialog requests reach us over the new socket: the contact's hang-up arrives.
    await theirs.hangUp();
    const ended = await phoneState(p.state, (s) => s.call?.status === 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'contact', reason: 'hang-up' });
  });

  it('PH-2: a half-open socket (open but silent) is found by the OPTIONS ping and replaced', async () => {
    const p = makePhone({ keepAliveIntervalMs: 300, keepAliveTimeoutMs: 300 });
    expect(await p.start()).to.deep.equal({ ok: true });
    const [socket] = agentSockets();
    socket.deaf = true;
    await phoneState(p.state, (s) => s.registration === 'reconnecting', 3000);
    await phoneState(p.state, (s) => s.registration === 'ready');
    expect(agentSockets().some((s) => s !== socket && s.readyState === WebSocket.OPEN)).to.equal(true);
  });

  it('PH-2: Kamailio stopped mid-call: the call ends cleanly as lost by the system; restarted, the phone registers again', async () => {
    const p = makePhone({ callRecoveryMs: 800 });
    await connectedCall(p);
    await proxy('stop');
    try {
      await phoneState(p.state, (s) => s.registration === 'reconnecting', 3000);
      const ended = await phoneState(p.state, (s) => s.call?.status === 'ended', 5000);
      expect(ended.call?.ended).to.deep.equal({ by: 'system', reason: 'connection-lost' });
    } finally {
      await proxy('start');
    }
    await phoneState(p.state, (s) => s.registration === 'ready' && s.error === null, 8000);
  });

  it('PH-2: Accept to connected through Kamailio, the kit’s phone beside a raw sip.js call (printed)', async () => {
    const runs = 7;
    const theirs = await Contact.start(server);
    contacts.push(theirs);
    const p = makePhone();
    await p.start();
    // The same through a bare sip.js user agent with the same ICE settings, interleaved round by
    // round with the kit's phone, so both meet the same machine load.
    const raw = await Contact.start(server, 'raw');
    contacts.push(raw);
    const kit: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      theirs.call(agent);
      await phoneState(p.state, (s) => s.call?.status === 'ringing');
      const t0 = performance.now();
      await p.answer();
      await phoneState(p.state, (s) => s.call?.status === 'connected');
      kit.push(performance.now() - t0);
      await p.hangUp();
      await phoneState(p.state, (s) => s.call?.status === 'ended');

      const before = raw.sessions.length;
      theirs.call(raw.user);
      await until(() => raw.sessions.length > before, 'the raw call');
      const invitation = raw.session as Invitation;
      const t1 = performance.now();
      const acked = new Promise<void>((resolve) => (invitation.delegate = { ...invitation.delegate, onAck: () => resolve() }));
      await invitation.accept({ sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } });
      await acked;
      bare.push(performance.now() - t1);
      await invitation.bye();
      await until(() => invitation.state === SessionState.Terminated, 'the raw call to end');
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratios = kit.map((ms, i) => ms / bare[i]);
    console.log(
      `Accept → connected through Kamailio (${runs} interleaved rounds): kit/raw ${median(ratios).toFixed(2)} ` +
        `(${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}); medians kit ${median(kit).toFixed(1)} ms, raw sip.js ${median(bare).toFixed(1)} ms`,
    );
    expect(kit.length).to.equal(runs);
  });
});
