import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CampaignList } from '../../../src/elements/campaign-list/campaign-list.js';
import { deepActiveElement, descriptionsOf, settle } from '../../support/dom.js';
import { recordSpeech } from '../../support/speech.js';
import { collections, renewals, springAppeal, upgrade, winback } from '../../support/scenarios.js';
import { mountList } from '../../support/campaign-list-fixture.js';

const rowOf = (list: CampaignList, id: string) => list.shadowRoot!.querySelector<HTMLTableRowElement>(`tbody tr[data-id="${id}"]`)!;
const textOf = (node: Element | null | undefined) => node?.textContent?.trim().replace(/\s+/g, ' ') ?? '';

describe('<campaign-list> refusals', () => {
  let kit: Awaited<ReturnType<typeof mountList>> | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
    fixtureCleanup();
  });

  it('CAM-3, issue 12 #6: another element’s refusal is not shown in the list; a refused Get Record is shown once, in its row, and goes when its cause goes', async () => {
    kit = await mountList({ scenario: { campaigns: [collections, springAppeal] } });
    const { list } = kit;
    const services = kit.provider.services;

    // A refusal that belongs to My Channels (IM blocks Ready): the list has nothing to say about it.
    services.commands.setImLogin(true);
    kit.advance(0);
    expect(services.commands.setChannelStatus('voice', 'ready').sent).to.equal(false);
    await settle(list);
    expect(kit.provider.services.store.state.lastError).to.not.equal(null);
    expect(textOf(list.shadowRoot!.querySelector('.base'))).to.not.contain('instant messaging');
    expect(list.shadowRoot!.querySelector('[part~="message"]') === null, 'no message under the list').to.equal(true);
    services.commands.setImLogin(false);
    kit.advance(0);

    // Get Record on the Preview campaign, then again while its record is on screen: refused by the server.
    const button = rowOf(list, 'spring-appeal').querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(list);
    expect(services.store.state.interaction?.phase).to.equal('previewing');
    const speech = recordSpeech();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(list);
    const refusal = 'Finish the current record before asking for another.';
    expect(textOf(rowOf(list, 'spring-appeal').querySelector('[part~="refusal"]'))).to.equal(refusal);
    expect(descriptionsOf(list, button)).to.include(refusal);
    expect(textOf(rowOf(list, 'collections'))).to.not.contain(refusal);
    // Shown once: not repeated under the list, and no Dismiss to tab through.
    expect(textOf(list.shadowRoot!.querySelector('.base')).split(refusal)).to.have.length(2);
    expect(list.shadowRoot!.querySelector('[part~="message"]') === null, 'no message under the list').to.equal(true);
    expect(speech.take().filter((said) => said.includes(refusal))).to.have.length(1);
    expect(deepActiveElement()).to.equal(button);
    await expect(list).to.be.accessible();

    // The record goes: so does the reason Get Record was refused.
    const declined = await services.commands.act({ type: 'decline', scope: 'later' });
    expect(declined.sent).to.equal(true);
    kit.advance(0);
    await settle(list);
    expect(services.store.state.interaction).to.equal(null);
    expect(rowOf(list, 'spring-appeal').querySelector('[part~="refusal"]') === null, 'the refusal went').to.equal(true);
    speech.stop();
  });

  it('CAM-3, DEL-4, issue 12 #7: an Automatic campaign offers no Get Record but says how records come; asked anyway, the refusal says why and nothing is sent', async () => {
    kit = await mountList({ scenario: { campaigns: [springAppeal, renewals, upgrade, { ...winback, status: 'running' }] } });
    const { list } = kit;
    const actionCell = (id: string) => rowOf(list, id).cells[5];
    expect(textOf(actionCell('spring-appeal'))).to.equal('Get Record');
    expect(textOf(actionCell('upgrade'))).to.equal('Get Record');
    expect(textOf(actionCell('winback'))).to.equal('Sent while Voice is Ready');
    expect(textOf(actionCell('renewals'))).to.equal('Sent while Outbound preview is Ready');
    expect(actionCell('winback').querySelector('button') === null, 'no Get Record that does nothing').to.equal(true);
    await expect(list).to.be.accessible();

    // Keyboard: the Win-back row, its action cell, Enter.
    const cell = rowOf(list, 'winback').cells[0];
    cell.focus();
    await sendKeys({ press: 'End' });
    await settle(list);
    expect(deepActiveElement()).to.equal(actionCell('winback'));
    const speech = recordSpeech();
    await sendKeys({ press: 'Enter' });
    kit.advance(0);
    await settle(list);
    const why = 'Win-back Q4 sends you records by itself while your Voice channel is Ready, so there is nothing to request.';
    expect(textOf(actionCell('winback').querySelector('[part~="refusal"]'))).to.equal(why);
    expect(descriptionsOf(list, actionCell('winback'))).to.deep.equal([why]);
    expect(speech.take()).to.deep.equal([why]);
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(0);
    await expect(list).to.be.accessible();
    speech.stop();
  });
});
