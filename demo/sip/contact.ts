// The contact's tab: a plain sip.js user agent registered as "contact", to call and answer the agent.
import { Invitation, Inviter, Registerer, SessionState, UserAgent, Web, type Session } from 'sip.js';

const $ = (id: string) => document.getElementById(id)!;
const { wsUrl } = (await (await fetch('build/config.json')).json()) as { wsUrl: string };
const audio = new Audio();
audio.autoplay = true;
let session: Session | null = null;
let ringing: Invitation | null = null;
const status = (text: string) => ($('status').textContent = text);

function track(s: Session): void {
  session = s;
  s.delegate = {
    onInfo: (info) => {
      $('tones').textContent += /Signal=\s*(\S)/.exec(info.request.body)?.[1] ?? '';
      void info.accept();
    },
  };
  s.stateChange.addListener((state) => {
    status(`Call: ${state}`);
    if (state === SessionState.Established) {
      const sdh = s.sessionDescriptionHandler;
      if (sdh instanceof Web.SessionDescriptionHandler) audio.srcObject = sdh.remoteMediaStream;
    }
  });
}

const ua = new UserAgent({
  uri: UserAgent.makeURI('sip:contact@127.0.0.1'),
  transportOptions: { server: wsUrl },
  logLevel: 'error',
  sessionDescriptionHandlerFactoryOptions: { iceGatheringTimeout: 500, peerConnectionConfiguration: { iceServers: [] } },
  delegate: {
    onInvite: (invitation) => {
      ringing = invitation;
      track(invitation);
      status(`The agent is calling (${invitation.remoteIdentity.uri.user}): Answer?`);
    },
  },
});
await ua.start();
await new Registerer(ua).register();
status('Registered as contact. Waiting.');

const media = { sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } } };
$('call').addEventListener('click', () => {
  const inviter = new Inviter(ua, UserAgent.makeURI('sip:agent@127.0.0.1')!, media);
  track(inviter);
  void inviter.invite();
});
$('answer').addEventListener('click', () => void ringing?.accept(media));
$('hangup').addEventListener('click', () => {
  if (!session) return;
  if (session.state === SessionState.Established) void session.bye();
  else if (session instanceof Inviter) void session.cancel();
  else if (session instanceof Invitation) void session.reject();
});
