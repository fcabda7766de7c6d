import { msg, str } from '@lit/localize';

// Sentences the agent is told when the WebRTC phone has a problem. Functions: each reads the locale.
export const webRtcLabels = {
  microphoneDenied: () =>
    msg('The browser does not allow the microphone. Allow it for this page, then try again.', {
      id: 'webrtc-phone.microphone-denied',
    }),
  noMicrophone: () => msg('No microphone was found. Connect one, then try again.', { id: 'webrtc-phone.no-microphone' }),
  deviceMissing: () => msg('That device is no longer available.', { id: 'webrtc-phone.device-missing' }),
  serverUnreachable: () =>
    msg('The phone cannot reach its server. Check the network; the phone keeps trying.', {
      id: 'webrtc-phone.server-unreachable',
    }),
  registrationRefused: (status: number) =>
    msg(str`The phone server refused the sign-in (${status}). Ask your supervisor to check the phone account.`, {
      id: 'webrtc-phone.registration-refused',
    }),
  connectionLost: () =>
    msg('The connection to the phone server was lost. Reconnecting…', { id: 'webrtc-phone.connection-lost' }),
  ringerBlocked: () =>
    msg('A call is ringing but the browser blocked the ring tone. Click anywhere on the page to allow sound.', {
      id: 'webrtc-phone.ringer-blocked',
    }),
  notStarted: () => msg('The phone is not signed in yet.', { id: 'webrtc-phone.not-started' }),
  noCall: () => msg('There is no call for that.', { id: 'webrtc-phone.no-call' }),
  alreadyHeld: () => msg('The call is already on hold.', { id: 'webrtc-phone.already-held' }),
  notHeld: () => msg('The call is not on hold.', { id: 'webrtc-phone.not-held' }),
  busy: () => msg('There is already a call.', { id: 'webrtc-phone.busy' }),
  callFailed: () => msg('The call could not be set up.', { id: 'webrtc-phone.call-failed' }),
  requestRefused: (status: number) =>
    msg(str`The other side refused the request (${status}).`, { id: 'webrtc-phone.request-refused' }),
  noSinkSelection: () =>
    msg('This browser cannot choose the speaker or ringer.', { id: 'webrtc-phone.no-sink-selection' }),
  conferenceUnsupported: () =>
    msg('The WebRTC phone cannot join calls into a conference.', { id: 'webrtc-phone.conference-unsupported' }),
  badTones: () => msg('Tones can be 0–9, *, #, A–D.', { id: 'webrtc-phone.bad-tones' }),
};
