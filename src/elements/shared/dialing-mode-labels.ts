import { msg } from '@lit/localize';
import type { DialingMode } from '../../services/domain/campaign/campaign.js';

// The ids keep the prefix of the element that first showed these labels, so translations stay.

/** A campaign's dialing mode, as the list, the preview and the call view name it. */
export function dialingModeLabel(mode: DialingMode): string {
  switch (mode) {
    case 'preview':
      return msg('Preview', { id: 'campaign.dialing.preview' });
    case 'push-preview':
      return msg('Push-Preview', { id: 'campaign.dialing.push-preview' });
    case 'direct-push-preview':
      return msg('Direct Push-Preview', { id: 'campaign.dialing.direct-push-preview' });
    case 'progressive':
      return msg('Progressive', { id: 'campaign.dialing.progressive' });
    case 'predictive':
      return msg('Predictive', { id: 'campaign.dialing.predictive' });
  }
}
