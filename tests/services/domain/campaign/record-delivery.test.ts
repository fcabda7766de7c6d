import { expect } from '@open-wc/testing';
import type { Campaign, DialingMode } from '../../../../src/services/domain/campaign/campaign.js';
import { campaignOffer, recordRequestRefusal } from '../../../../src/services/domain/campaign/record-delivery.js';

const campaign = (dialingMode: DialingMode, receiving: boolean): Campaign => ({
  id: 'c',
  name: 'Win-back Q4',
  description: '',
  status: 'running',
  dialingMode,
  receiving,
});

describe('What the agent may ask of a campaign, by delivery mode', () => {
  it('CAM-3, DEL-1..4, issue 12 #7: Preview pulls; Direct Push-Preview toggles; automatic modes push while Ready, Get Record only resumes after Done and Stop', () => {
    expect(campaignOffer(campaign('preview', false))).to.deep.equal({ kind: 'get-record' });
    expect(campaignOffer(campaign('direct-push-preview', false))).to.deep.equal({ kind: 'get-record' });
    expect(campaignOffer(campaign('direct-push-preview', true))).to.deep.equal({ kind: 'stop' });
    expect(campaignOffer(campaign('predictive', true))).to.deep.equal({ kind: 'pushed', channel: 'voice' });
    expect(campaignOffer(campaign('progressive', true))).to.deep.equal({ kind: 'pushed', channel: 'voice' });
    expect(campaignOffer(campaign('push-preview', true))).to.deep.equal({ kind: 'pushed', channel: 'outbound-preview' });
    // After Done and Stop the agent no longer takes part: Get Record takes them back.
    expect(campaignOffer(campaign('push-preview', false))).to.deep.equal({ kind: 'get-record' });
    expect(campaignOffer(campaign('predictive', false))).to.deep.equal({ kind: 'get-record' });
  });

  it('CAM-3, issue 12 #7: Get Record that would do nothing is refused with the rule, naming the channel', () => {
    expect(recordRequestRefusal(campaign('predictive', true))).to.deep.equal({
      code: 'records-pushed',
      params: { campaign: 'Win-back Q4', channel: 'voice' },
      message: 'Win-back Q4 sends you records by itself while your Voice channel is Ready, so there is nothing to request.',
    });
    expect(recordRequestRefusal(campaign('push-preview', true))?.message).to.contain('Outbound preview channel');
    for (const works of [campaign('preview', false), campaign('direct-push-preview', true), campaign('predictive', false)]) {
      expect(recordRequestRefusal(works), works.dialingMode).to.equal(null);
    }
  });
});
