import { msg, str } from '@lit/localize';
import type { UnavailableReason } from '../../services/domain/views/call-controls.js';

// Functions, not constants: each call reads the current locale.

export const callControlsLabels = {
  title: () => msg('Call controls', { id: 'call-controls.title' }),
  noCall: () => msg('No call', { id: 'call-controls.no-call' }),
  callEnded: () => msg('Call ended', { id: 'call-controls.call-ended' }),
  callTransferred: () => msg('Call ended: transferred', { id: 'call-controls.call-transferred' }),
  endCall: () => msg('End call', { id: 'call-controls.end-call' }),
  hold: () => msg('Hold', { id: 'call-controls.hold' }),
  retrieve: () => msg('Retrieve', { id: 'call-controls.retrieve' }),
  keypad: () => msg('Keypad', { id: 'call-controls.keypad' }),
  tonesSent: (tones: string) => msg(str`Tones sent: ${tones}`, { id: 'call-controls.tones-sent' }),
  toneSent: (tone: string) => msg(str`Tone ${tone} sent`, { id: 'call-controls.tone-sent' }),
  transferToggle: () => msg('Consult or transfer', { id: 'call-controls.transfer-toggle' }),
  target: () => msg('Target', { id: 'call-controls.target' }),
  targetHint: () => msg('A phone number or an agent’s extension.', { id: 'call-controls.target-hint' }),
  targetRequired: () =>
    msg('Enter a phone number or an agent’s extension to consult, transfer or conference.', {
      id: 'call-controls.target-required',
    }),
  consult: () => msg('Consult', { id: 'call-controls.consult' }),
  transfer: () => msg('Transfer', { id: 'call-controls.transfer' }),
  transferring: (target: string) => msg(str`Transferring the call to ${target}…`, { id: 'call-controls.transferring' }),
  conference: () => msg('Conference', { id: 'call-controls.conference' }),
};

/** Why a control is unavailable now, said before the agent tries it. */
export function unavailableLabel(reason: UnavailableReason, control: 'end' | 'hold' | 'keypad' | 'tones' | 'transfer'): string {
  switch (reason) {
    case 'engaging':
      return msg('Not available while the contact is being connected (assured connection): you hear waiting music until they answer.', {
        id: 'call-controls.unavailable.engaging',
      });
    case 'on-hold':
      return msg('Tones can be sent only on a connected call: retrieve the call first.', {
        id: 'call-controls.unavailable.on-hold',
      });
    case 'not-connected':
      return control === 'tones'
        ? msg('Tones can be sent once the contact is connected.', { id: 'call-controls.unavailable.tones-not-connected' })
        : msg('Available once the contact is connected.', { id: 'call-controls.unavailable.not-connected' });
  }
}
