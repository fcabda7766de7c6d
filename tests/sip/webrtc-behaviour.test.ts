// The shared phone suite (PH-1) against the WebRTC phone: a real sip.js contact through Kamailio.
import { createWebRtcPhone } from '../../src/phone/webrtc/index.js';
import { describePhoneBehaviour, type ContactDriver, type PhoneHarness } from '../phone/phone-behaviour.js';
import { Contact, DOMAIN, agentPeer, receiving, sipServer, uniqueUser, until } from './support.js';

/**
 * Tones: RFC 4733 events travel inside the RTP stream and no browser API shows them at the
 * receiving end, so the tones "received" are those the agent's RTCDTMFSender played out on the
 * call's RTP stream towards this contact (after the contact's answer negotiated telephone-event),
 * plus any that came as SIP INFO. tests/sip/webrtc-calls.test.ts observes INFO at the receiver.
 */
function driver(contact: Contact, agentUser: () => string): ContactDriver {
  const played: string[] = [];
  const tapped = new WeakSet<RTCPeerConnection>();
  const tap = () => {
    const pc = agentPeer(contact);
    const dtmf = pc?.getSenders()[0]?.dtmf;
    if (!pc || !dtmf || tapped.has(pc)) return;
    tapped.add(pc);
    dtmf.addEventListener('tonechange', (e) => e.tone && played.push(e.tone));
  };
  return {
    address: contact.user,
    async callAgent() {
      contact.call(agentUser());
    },
    async waitForCall() {
      await contact.waitForCall();
    },
    async answer() {
      await contact.answer();
    },
    async hangUp() {
      await contact.hangUp();
    },
    tonesReceived() {
      tap();
      return played.join('') + contact.infoTones.join('');
    },
    async audioFlowing() {
      tap();
      const ours = agentPeer(contact);
      await until(() => ours?.connectionState === 'connected' && contact.peer()?.connectionState === 'connected', 'media');
      const [into, out] = await Promise.all([receiving(ours), receiving(contact.peer())]);
      return { in: into, out };
    },
    async onHold() {
      return contact.onHold();
    },
  };
}

describe('WebRTC phone: the shared phone suite', function () {
  this.timeout(20000);
  describePhoneBehaviour('WebRTC (sip.js through Kamailio)', async (): Promise<PhoneHarness> => {
    const server = await sipServer();
    const agent = uniqueUser('agent');
    const [contact, target] = await Promise.all([
      Contact.start(server, 'contact'),
      Contact.start(server, 'target', { autoAnswer: true }),
    ]);
    const phone = createWebRtcPhone({ server: `${server}/agent`, aor: `sip:${agent}@${DOMAIN}` });
    const d = driver(contact, () => agent);
    // Tap the agent's DTMF sender as soon as its call has a peer connection.
    const subscription = phone.state.subscribe((s) => s.call?.status === 'connected' && d.tonesReceived());
    return {
      phone,
      contact: d,
      transferTarget: target.user,
      async dispose() {
        subscription.unsubscribe();
        phone.dispose();
        await Promise.all([contact.stop(), target.stop()]);
      },
    };
  });
});
