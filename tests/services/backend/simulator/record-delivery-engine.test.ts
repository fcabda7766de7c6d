import { expect } from '@open-wc/testing';
import { campaignOffer } from '../../../../src/services/domain/campaign/record-delivery.js';
import { campaign, engineDesk } from '../../../support/engine-desk.js';

describe('Automatic delivery with the simulator: Done and Stop, then Get Record', () => {
  it('CAM-3, DEL-2, issue 12 #7: Push-Preview pushes while Ready; after Done and Stop Get Record is offered and resumes it; asked while pushing it is refused, nothing sent', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'push-preview' })] });
    const offer = () => campaignOffer(desk.store.state.campaigns.byId['c']);
    const getRecords = () => desk.simulator.receivedCommands.filter((command) => command.type === 'get-record');
    expect(offer()).to.deep.equal({ kind: 'pushed', channel: 'outbound-preview' });
    const refused = desk.commands.requestRecord('c');
    expect(refused.sent).to.equal(false);
    expect(getRecords()).to.have.length(0);

    desk.ok(desk.commands.setChannelStatus('outbound-preview', 'ready'));
    desk.advance(1000);
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.phase).to.equal('previewing');
    desk.ok(await desk.commands.markDone('done-and-stop'));
    expect(offer()).to.deep.equal({ kind: 'get-record' });
    desk.advance(10_000);
    expect(desk.interaction, 'stopped: nothing pushed although Ready').to.equal(null);

    desk.ok(desk.commands.requestRecord('c'));
    expect(offer()).to.deep.equal({ kind: 'pushed', channel: 'outbound-preview' });
    desk.advance(1000);
    expect(desk.interaction?.phase).to.equal('offered');
    expect(getRecords()).to.have.length(1);
  });
});
