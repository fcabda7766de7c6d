import { expect } from '@open-wc/testing';
import type { PhoneService } from '../../src/services/ports/phone.js';
import { createWebRtcPhone, type WebRtcPhoneOptions } from '../../src/phone/webrtc/index.js';
import {
  Contact,
  type ContactOptions,
  DOMAIN,
  agentPeer,
  peers,
  phoneState,
  receiving,
  sipServer,
  uniqueUser,
  until,
} from './support.js';

describe('WebRTC phone through Kamailio: calls', function () {
  this.timeout(20000);
  let server: string;
  let phone: PhoneService;
  let agent: string;
  const contacts: Contact[] = [];

  async function startPhone(options: Partial<WebRtcPhoneOptions> = {}): Promise<PhoneService> {
    agent = uniqueUser('agent');
    phone = createWebRtcPhone({ server: `${server}/agent`, aor: `sip:${agent}@${DOMAIN}`, ...options });
    const result = await phone.start();
    expect(result).to.deep.equal({ ok: true });
    return phone;
  }

  async function contact(options?: ContactOptions): Promise<Contact> {
    const c = await Contact.start(server, 'contact', options);
    contacts.push(c);
    return c;
  }

  before(async () => {
    server = await sipServer();
  });

  afterEach(async () => {
    phone?.dispose();
    await Promise.all(contacts.splice(0).map((c) => c.stop()));
  });

  it('PH-1, PH-2: the phone registers with the SIP server and is ready', async () => {
    await startPhone();
    expect(phone.current.registration).to.equal('ready');
    expect(phone.current.error).to.equal(null);
    expect(phone.current.devices.available.some((d) => d.kind === 'microphone')).to.equal(true);
  });

  it('PH-2, CALL-2: the agent calls the contact, audio flows both ways, tones go out as RFC 4733, hold and retrieve stop and resume audio, the agent hangs up', async () => {
    const theirs = await contact();
    await startPhone();
    expect(await phone.dial(theirs.user)).to.deep.equal({ ok: true });
    expect(phone.current.call?.status).to.equal('dialing');
    await theirs.answer();
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    const ours = agentPeer(theirs);
    await until(() => ours?.connectionState === 'connected', 'media');
    expect(await receiving(ours), 'agent hears the contact').to.equal(true);
    expect(await receiving(theirs.peer()), 'contact hears the agent').to.equal(true);

    // RFC 4733: the telephone-event payload was negotiated, and the tones were played out on the RTP sender.
    const played: string[] = [];
    ours!.getSenders()[0].dtmf!.addEventListener('tonechange', (e) => played.push(e.tone));
    expect(await phone.sendDtmf('12#')).to.deep.equal({ ok: true });
    expect(played.join('')).to.equal('12#');
    expect(theirs.peer()!.remoteDescription!.sdp).to.match(/telephone-event/);
    expect(theirs.infoTones).to.deep.equal([]);

    expect(await phone.hold()).to.deep.equal({ ok: true });
    expect(phone.current.call?.status).to.equal('held');
    expect(theirs.onHold(), 'the contact is held').to.equal(true);
    expect(await receiving(ours, 500), 'no audio from the held contact').to.equal(false);
    expect(await phone.retrieve()).to.deep.equal({ ok: true });
    expect(phone.current.call?.status).to.equal('connected');
    expect(theirs.onHold()).to.equal(false);
    expect(await receiving(ours), 'audio again after retrieve').to.equal(true);

    expect(await phone.setMuted(true)).to.deep.equal({ ok: true });
    expect(phone.current.call?.muted).to.equal(true);
    expect(ours!.getSenders()[0].track!.enabled).to.equal(false);
    await phone.setMuted(false);

    expect(await phone.hangUp()).to.deep.equal({ ok: true });
    const ended = await phoneState(phone.state, (s) => s.call?.status === 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'agent', reason: 'hang-up' });
    await until(() => theirs.byeReceived, 'the BYE at the contact');
  });

  it('PH-2: the contact calls the agent, the phone rings, the agent answers, the contact hangs up', async () => {
    const theirs = await contact();
    await startPhone();
    theirs.call(agent);
    const ringing = await phoneState(phone.state, (s) => s.call?.status === 'ringing');
    expect(ringing.call?.direction).to.equal('incoming');
    expect(ringing.call?.remote).to.equal(theirs.user);
    expect(await phone.answer()).to.deep.equal({ ok: true });
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    await theirs.established();
    await until(() => agentPeer(theirs)?.connectionState === 'connected', 'media');
    expect(await receiving(agentPeer(theirs))).to.equal(true);
    await theirs.hangUp();
    const ended = await phoneState(phone.state, (s) => s.call?.status === 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'contact', reason: 'hang-up' });
  });

  it('PH-2: a contact who gives up before the agent answers ends the ringing call as theirs', async () => {
    const theirs = await contact();
    await startPhone();
    theirs.call(agent);
    await phoneState(phone.state, (s) => s.call?.status === 'ringing');
    await theirs.hangUp();
    const ended = await phoneState(phone.state, (s) => s.call?.status === 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'contact', reason: 'hang-up' });
  });

  it('PH-2: tones fall back to SIP INFO when the call has no RFC 4733, and the contact receives them', async () => {
    const theirs = await contact({ noRfc4733: true });
    await startPhone();
    await phone.dial(theirs.user);
    await theirs.answer();
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    expect(await phone.sendDtmf('5*9')).to.deep.equal({ ok: true });
    expect(theirs.infoTones).to.deep.equal(['5', '*', '9']);
  });

  it('PH-2, CALL-2: blind transfer by REFER hands the contact to a third party', async () => {
    const theirs = await contact();
    const target = await contact();
    await startPhone();
    await phone.dial(theirs.user);
    await theirs.answer();
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    expect(await phone.transfer(target.user)).to.deep.equal({ ok: true });
    const ended = await phoneState(phone.state, (s) => s.call?.status === 'ended');
    expect(ended.call?.ended).to.deep.equal({ by: 'agent', reason: 'transferred' });
    const transferred = await target.waitForCall();
    expect(transferred.remoteIdentity.uri.user).to.equal(theirs.user);
    await target.answer();
    await until(() => target.peer()?.connectionState === 'connected', 'contact and target media');
    expect(await receiving(target.peer())).to.equal(true);
  });

  it('PH-2, CALL-2: consult the target while the contact holds, then complete the transfer (REFER with Replaces)', async () => {
    const theirs = await contact();
    const target = await contact({ autoAnswer: true });
    await startPhone();
    await phone.dial(theirs.user);
    await theirs.answer();
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    expect(await phone.consult(target.user)).to.deep.equal({ ok: true });
    expect(phone.current.call?.status).to.equal('held');
    const consulting = await phoneState(phone.state, (s) => s.consultation?.status === 'connected');
    expect(consulting.consultation?.remote).to.equal(target.user);
    expect(await phone.completeTransfer()).to.deep.equal({ ok: true });
    await until(() => phone.current.call?.status === 'ended' && phone.current.consultation === null, 'both legs to end');
    expect(phone.current.call?.ended).to.deep.equal({ by: 'agent', reason: 'transferred' });
    // The target now talks to the contact: its newest call came from the contact and replaced ours.
    await until(() => target.sessions.length === 2 && target.peer()?.connectionState === 'connected', 'the replacing call');
    expect(target.session?.remoteIdentity.uri.user).to.equal(theirs.user);
    expect(await receiving(target.peer())).to.equal(true);
  });

  it('PH-2: devices are listed, the microphone changes mid-call on the same sender without renegotiation, the speaker is chosen', async () => {
    const theirs = await contact();
    await startPhone();
    await phone.dial(theirs.user);
    await theirs.answer();
    await phoneState(phone.state, (s) => s.call?.status === 'connected');
    const microphones = phone.current.devices.available.filter((d) => d.kind === 'microphone');
    expect(microphones.length).to.be.greaterThan(0);
    const ours = agentPeer(theirs)!;
    const sender = ours.getSenders()[0];
    const before = sender.track;
    const sdpBefore = ours.localDescription?.sdp;
    const other = microphones.at(-1)!;
    expect(await phone.chooseDevice('microphone', other.id)).to.deep.equal({ ok: true });
    expect(phone.current.devices.chosen.microphone).to.equal(other.id);
    expect(sender.track).to.not.equal(before);
    expect(sender.track?.readyState).to.equal('live');
    expect(ours.localDescription?.sdp, 'no renegotiation').to.equal(sdpBefore);
    await until(() => receiving(theirs.peer()), 'audio from the new microphone');
    expect(await phone.chooseDevice('speaker', null)).to.deep.equal({ ok: true });
    expect(await phone.chooseDevice('microphone', 'no-such-device')).to.include({ ok: false });
    expect(peers.length).to.be.greaterThan(1);
  });
});
