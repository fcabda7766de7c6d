import { msg } from '@lit/localize';
import type { NumberBlock, NumberType, RecordOrigin } from '../../services/domain/campaign/record.js';

// The ids keep the prefix of the element that first showed these labels, so translations stay.

export function originLabel(origin: RecordOrigin): string {
  switch (origin) {
    case 'campaign':
      return msg('Campaign', { id: 'outbound-preview.origin.campaign' });
    case 'callback':
      return msg('Callback', { id: 'outbound-preview.origin.callback' });
    case 'personal-callback':
      return msg('Personal callback', { id: 'outbound-preview.origin.personal-callback' });
  }
}

export function numberTypeLabel(type: NumberType): string {
  switch (type) {
    case 'home':
      return msg('Home', { id: 'outbound-preview.number.home' });
    case 'mobile':
      return msg('Mobile', { id: 'outbound-preview.number.mobile' });
    case 'work':
      return msg('Work', { id: 'outbound-preview.number.work' });
    case 'other':
      return msg('Other', { id: 'outbound-preview.number.other' });
  }
}

export function blockLabel(block: NumberBlock): string {
  switch (block) {
    case 'dnc':
      return msg('On the Do-Not-Call list', { id: 'outbound-preview.blocked.dnc' });
    case 'attempt-limit':
      return msg('No call attempts left', { id: 'outbound-preview.blocked.attempt-limit' });
    case 'invalid':
      return msg('Not a valid number', { id: 'outbound-preview.blocked.invalid' });
    case 'uncallable':
      return msg('Marked not to be called by an earlier call', { id: 'outbound-preview.blocked.uncallable' });
  }
}
