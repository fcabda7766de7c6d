import { msg, str } from '@lit/localize';

// Sentences the agent is told about the desk phone (CTI). Functions: each reads the locale.
export const ctiLabels = {
  shutDown: () => msg('This phone has been shut down.', { id: 'cti-phone.shut-down' }),
  muteOnDesk: () => msg('Use the Mute button on your desk phone.', { id: 'cti-phone.mute-on-desk' }),
  consultBeforeTransfer: () => msg('Consult the person to transfer to first.', { id: 'cti-phone.consult-before-transfer' }),
  consultBeforeConference: () =>
    msg('Consult the person to bring into the conference first.', { id: 'cti-phone.consult-before-conference' }),
  ownDevices: () => msg('A desk phone uses its own handset, speaker and ringer.', { id: 'cti-phone.own-devices' }),
  /** `reason` is the server's own words. */
  signInRefused: (reason: string) =>
    msg(str`The desk phone cannot be controlled: the server refused the sign-in (${reason}).`, { id: 'cti-phone.sign-in-refused' }),
  notConnected: () => msg('The desk phone is not connected to the server yet.', { id: 'cti-phone.not-connected' }),
  connectionLost: () => msg('The connection to the server was lost before it answered.', { id: 'cti-phone.connection-lost' }),
};
