import { expect, fixture, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/elements/campaign-list/define.js';
import type { CampaignList } from '../../../src/elements/campaign-list/campaign-list.js';
import type { OutboundProvider } from '../../../src/elements/outbound-provider/outbound-provider.js';
import { createKitFixture } from '../../support/kit-fixture.js';
import { createCtiPhone } from '../../../src/phone/cti/cti-phone.js';
import { ManualClock } from '../../../src/services/ports/clock.js';
import type { PhoneService } from '../../../src/services/ports/phone.js';
import { settle } from '../../support/dom.js';
import { directPushPreview, severalCampaigns } from '../../support/scenarios.js';
import type { OutboundErrorEvent } from '../../../src/elements/events/outbound-provider-events.js';

describe('<outbound-provider>', () => {
  it('EMB-1: two kits on one page keep their own state, commands and live regions', async () => {
    const a = createKitFixture(html`<campaign-list></campaign-list>`, { scenario: severalCampaigns });
    const b = createKitFixture(html`<campaign-list></campaign-list>`, { scenario: directPushPreview });
    document.body.append(a.provider, b.provider);
    const listA = a.provider.querySelector('campaign-list') as CampaignList;
    const listB = b.provider.querySelector('campaign-list') as CampaignList;
    await Promise.all([a.provider.updateComplete, b.provider.updateComplete]);
    await settle(listA, listB);
    const count = (list: CampaignList) => list.shadowRoot!.querySelectorAll('tbody tr').length;
    expect(count(listA)).to.equal(4);
    expect(count(listB)).to.equal(2);
    expect(a.provider.services.store).to.not.equal(b.provider.services.store);

    listB.shadowRoot!.querySelector('button')!.click();
    expect(a.commands().map((c) => c.type)).to.deep.equal(['login']);
    expect(b.commands().map((c) => c.type)).to.deep.equal(['login', 'get-record']);
    expect(document.querySelectorAll('[data-outbound-live]')).to.have.length(4);
    a.provider.remove();
    b.provider.remove();
    await Promise.resolve();
    expect(document.querySelectorAll('[data-outbound-live]')).to.have.length(0);
  });

  it('provides the same services object for its whole life', async () => {
    const kit = createKitFixture(html``, { scenario: severalCampaigns });
    document.body.append(kit.provider);
    const services = kit.provider.services;
    kit.provider.agentId = 'agent-8';
    await kit.provider.updateComplete;
    expect(kit.provider.services).to.equal(services);
    kit.provider.remove();
  });

  it('EMB-1: keeps the services object when the host gives it a phone or a clock, and tells the change through it', async () => {
    const kit = createKitFixture(html``, { scenario: severalCampaigns });
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    const services = kit.provider.services;
    const seen: (PhoneService | null)[] = [];
    const watching = services.phone.subscribe((phone) => seen.push(phone));
    const phone = createCtiPhone(services);
    kit.provider.phone = phone;
    kit.provider.clock = new ManualClock(Date.UTC(2026, 10, 2, 15));
    await kit.provider.updateComplete;
    expect(kit.provider.services === services, 'the same services object').to.equal(true);
    expect(services.clock.now()).to.equal(Date.UTC(2026, 10, 2, 15));
    expect(seen.length).to.equal(2);
    expect(seen[0] === null && seen[1] === phone, 'no phone, then the one given').to.equal(true);
    watching.unsubscribe();
    kit.provider.remove();
  });

  it('loads the embedded simulator on demand with the simulator attribute and logs in', async () => {
    const provider = await fixture<OutboundProvider>(html`
      <outbound-provider simulator agent-id="agent-7"><campaign-list></campaign-list></outbound-provider>
    `);
    const list = provider.querySelector('campaign-list') as CampaignList;
    await waitUntil(() => list.shadowRoot!.querySelectorAll('tbody tr').length > 0, 'the demo campaigns arrive', {
      timeout: 3000,
    });
    expect(provider.services.store.state.session).to.deep.equal({ phase: 'ready', agentId: 'agent-7' });
    provider.remove();
  });

  it('reports a refused command with outbound-error and an assertive announcement', async () => {
    const kit = createKitFixture(html``, { scenario: severalCampaigns });
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    const error = oneEvent<OutboundErrorEvent>(kit.provider, 'outbound-error');
    kit.provider.services.commands.requestRecord('winback');
    const { detail } = await error;
    expect(detail).to.include({ code: 'campaign-unavailable' });
    expect(detail.message).to.equal('Win-back Q4 is no longer active or running, so no request was sent.');
    await nextFrame();
    expect(kit.provider.services.announcer.liveRegions.assertive.textContent).to.equal(detail.message);
    kit.provider.remove();
  });

  it('starts a fresh session when the back end is replaced', async () => {
    const kit = createKitFixture(html``, { scenario: severalCampaigns });
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    kit.advance(0);
    expect(Object.keys(kit.provider.services.store.state.campaigns.byId)).to.have.length(5);
    const next = createKitFixture(html``, { scenario: directPushPreview, holdLogin: true });
    kit.provider.backend = next.simulator;
    await kit.provider.updateComplete;
    expect(kit.provider.services.store.state.session.phase).to.equal('signing-in');
    next.advance(0);
    expect(Object.keys(kit.provider.services.store.state.campaigns.byId)).to.have.length(2);
    kit.provider.remove();
  });
});

describe('<outbound-provider> across DOM moves and reconnects', () => {
  it('keeps the session when the host moves the provider in the page', async () => {
    const kit = createKitFixture(html`<campaign-list></campaign-list>`, { scenario: severalCampaigns });
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    kit.advance(0);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    elsewhere.append(kit.provider);
    await Promise.resolve();
    await kit.provider.updateComplete;
    expect(kit.commands().filter((command) => command.type === 'login')).to.have.length(1);
    expect(kit.provider.services.store.state.session.phase).to.equal('ready');
    elsewhere.remove();
  });

  it('gets back the record being worked, with the agent’s entries, after a reconnect', async () => {
    const { alwaysAnswers, campaign } = await import('../../support/engine-desk.js');
    const kit = createKitFixture(html``, { scenario: { odds: alwaysAnswers, campaigns: [campaign({ dialingMode: 'preview' })] } });
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    kit.advance(0);
    const { commands, store } = kit.provider.services;
    commands.requestRecord('c');
    kit.advance(0);
    await commands.edit({ type: 'set-note', note: 'Asked for the manager.' });
    const id = store.state.interaction?.id;
    kit.provider.remove();
    await Promise.resolve();
    document.body.append(kit.provider);
    await kit.provider.updateComplete;
    kit.advance(0);
    expect(store.state.interaction?.id).to.equal(id);
    expect(store.state.drafts[id!]?.note).to.equal('Asked for the manager.');
    kit.provider.remove();
  });
});

describe('axe', () => {
  it('A11Y-3: the axe check really runs: it fails on a button with no name', async () => {
    const el = await fixture(html`<div><button></button></div>`);
    let failed = false;
    try {
      await expect(el).to.be.accessible();
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });
});
