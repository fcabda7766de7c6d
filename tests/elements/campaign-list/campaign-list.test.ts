import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CampaignList } from '../../../src/elements/campaign-list/campaign-list.js';
import { setKitLocale } from '../../../src/localization/localization.js';
import { deepActiveElement, settle, spoken } from '../../support/dom.js';
import { directPushPreview, noCampaigns, severalCampaigns, springAppeal } from '../../support/scenarios.js';
import { mountList } from '../../support/campaign-list-fixture.js';
import type { OutboundErrorEvent } from '../../../src/elements/events/outbound-provider-events.js';

const rows = (list: CampaignList) => [...list.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr')];
const rowNames = (list: CampaignList) => rows(list).map((row) => row.cells[1]?.textContent?.trim());
const cellText = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.textContent?.trim().replace(/\s+/g, ' '));

/** Tabs from a button placed before the list into the grid, as a keyboard user would. */
async function tabIntoGrid(list: CampaignList) {
  const before = document.createElement('button');
  before.textContent = 'Before';
  list.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  await settle(list);
  before.remove();
}

describe('<campaign-list>', () => {
  let kit: Awaited<ReturnType<typeof mountList>> | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    fixtureCleanup();
    await setKitLocale('en');
  });

  it('CAM-3: lists active and running campaigns with status, name, delivery mode, dialing mode, description and action', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    expect(rowNames(kit.list)).to.deep.equal([
      'Collections: early stage',
      'Spring appeal',
      'Home insurance renewals',
      'Broadband upgrade',
    ]);
    expect(cellText(rows(kit.list)[1])).to.deep.equal([
      'Active',
      'Spring appeal',
      'Manual',
      'Preview',
      'Invite regular donors to the spring appeal.',
      'Get Record',
    ]);
    expect(cellText(rows(kit.list)[0])).to.include.members(['Running', 'Automatic', 'Progressive']);
    const grid = kit.list.shadowRoot!.querySelector('[role="grid"]')!;
    const labelId = grid.getAttribute('aria-labelledby')!;
    expect(kit.list.shadowRoot!.getElementById(labelId)?.textContent).to.equal('My Campaigns');
    await expect(kit.list).to.be.accessible();
  });

  it('CAM-3, A11Y-3: arrow keys, Home and End move focus cell by cell with a single Tab stop; the row follows as selection', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    const list = kit.list;
    expect(list.shadowRoot!.querySelectorAll('tbody [tabindex="0"]')).to.have.length(1);
    await tabIntoGrid(list);
    expect(deepActiveElement()?.textContent).to.equal('Running');
    expect(rows(list)[0].getAttribute('aria-selected')).to.equal('true');

    await sendKeys({ press: 'ArrowDown' });
    await settle(list);
    expect(deepActiveElement()?.textContent).to.equal('Active');
    expect(rows(list)[1].getAttribute('aria-selected')).to.equal('true');
    expect(rows(list)[0].getAttribute('aria-selected')).to.equal('false');
    expect(list.selectedCampaignId).to.equal('spring-appeal');

    await sendKeys({ press: 'End' });
    await settle(list);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Get Record');
    await sendKeys({ press: 'Home' });
    await settle(list);
    expect(deepActiveElement()?.textContent).to.equal('Active');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'End' });
    await sendKeys({ up: 'Control' });
    await settle(list);
    expect(list.selectedCampaignId).to.equal('upgrade');
    await sendKeys({ press: 'ArrowRight' });
    await settle(list);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Get Record');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Home' });
    await sendKeys({ up: 'Control' });
    await settle(list);
    expect(deepActiveElement()?.textContent).to.equal('Running');
    expect(list.shadowRoot!.querySelectorAll('tbody [tabindex="0"]')).to.have.length(1);
  });

  it('CAM-3, A11Y-2: the selected row is announced and an outbound-campaign-select event fires', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    await tabIntoGrid(kit.list);
    const selected = oneEvent(kit.list, 'outbound-campaign-select');
    await sendKeys({ press: 'ArrowDown' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ campaignId: 'spring-appeal' });
    expect(event.bubbles && event.composed).to.equal(true);
    await settle(kit.list);
    expect(spoken().polite).to.include('Spring appeal selected');
  });

  it('CAM-3, DEL-1: Enter on a selected row sends Get Record to the back end, announced, busy until answered', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    await tabIntoGrid(kit.list);
    await sendKeys({ press: 'ArrowDown' });
    await settle(kit.list);
    const request = oneEvent(kit.list, 'outbound-record-request');
    await sendKeys({ press: 'Enter' });
    expect((await request).detail).to.deep.equal({ campaignId: 'spring-appeal' });
    const sent = kit.commands().filter((command) => command.type === 'get-record');
    expect(sent).to.have.length(1);
    expect(sent[0]).to.include({ type: 'get-record', campaignId: 'spring-appeal' });
    await settle(kit.list);
    const button = rows(kit.list)[1].querySelector('button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(spoken().polite).to.include('Requesting a record from Spring appeal.');
    await expect(kit.list).to.be.accessible();

    // A second Enter while the first request is pending sends nothing more.
    await sendKeys({ press: 'Enter' });
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(1);

    kit.advance(0);
    await settle(kit.list);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
  });

  it('CAM-3, EMB-3: a host can cancel outbound-record-request, and then nothing is sent', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    document.addEventListener('outbound-record-request', (event) => event.preventDefault(), { once: true });
    // The Preview campaign: automatic campaigns have no Get Record to press (issue 12 #7).
    rows(kit.list)[1].querySelector('button')!.click();
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(0);
  });

  it('CAM-3: the Direct Push-Preview action is a Get Record / Stop toggle that reaches the back end', async () => {
    kit = await mountList({ scenario: directPushPreview });
    await tabIntoGrid(kit.list);
    await sendKeys({ press: 'End' });
    await settle(kit.list);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Get Record');
    await sendKeys({ press: 'Space' });
    kit.advance(0);
    await settle(kit.list);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Stop');
    expect(spoken().polite).to.include('Broadband upgrade: records will keep coming until you choose Stop.');

    const stop = oneEvent(kit.list, 'outbound-delivery-stop');
    await sendKeys({ press: 'Enter' });
    expect((await stop).detail).to.deep.equal({ campaignId: 'upgrade' });
    kit.advance(0);
    await settle(kit.list);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Get Record');
    expect(kit.commands().map((command) => command.type)).to.deep.equal(['login', 'get-record', 'set-participation']);
    expect(kit.commands()[2]).to.include({ campaignId: 'upgrade', receiving: false });
    expect(spoken().polite).to.include('Broadband upgrade: no more records will be sent to you.');
    await expect(kit.list).to.be.accessible();
  });

  it('CAM-3: an unloaded campaign disappears, focus moves to its neighbour, and it can send nothing', async () => {
    kit = await mountList({
      scenario: {
        ...severalCampaigns,
        schedule: [{ atMs: 1000, campaignId: 'spring-appeal', status: 'unloaded' }],
      },
    });
    await tabIntoGrid(kit.list);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(kit.list);
    expect(deepActiveElement()?.textContent).to.equal('Spring appeal');
    kit.advance(1000);
    await settle(kit.list);
    await settle(kit.list);
    expect(rowNames(kit.list)).to.not.include('Spring appeal');
    expect(deepActiveElement()?.textContent).to.equal('Home insurance renewals');
    expect(kit.list.selectedCampaignId).to.equal('renewals');

    // Even through the services directly, a gone campaign is refused before reaching the server.
    const outcome = kit.provider.services.commands.requestRecord('spring-appeal');
    expect(outcome.sent).to.equal(false);
    expect(kit.commands().filter((command) => command.type === 'get-record')).to.have.length(0);
  });

  it('A11Y-3: when the last campaign goes while it has focus, focus stays in the list (on its title)', async () => {
    kit = await mountList({
      scenario: { campaigns: [springAppeal], schedule: [{ atMs: 1000, campaignId: 'spring-appeal', status: 'unloaded' }] },
    });
    await tabIntoGrid(kit.list);
    kit.advance(1000);
    await settle(kit.list);
    await settle(kit.list);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('title');
  });

  it('CAM-3: a campaign that stops leaves the list; one that starts joins it', async () => {
    kit = await mountList({
      scenario: {
        ...severalCampaigns,
        schedule: [
          { atMs: 500, campaignId: 'winback', status: 'started' },
          { atMs: 600, campaignId: 'collections', status: 'stopped' },
        ],
      },
    });
    kit.advance(600);
    await settle(kit.list);
    expect(rowNames(kit.list)).to.deep.equal([
      'Spring appeal',
      'Home insurance renewals',
      'Broadband upgrade',
      'Win-back Q4',
    ]);
  });

  it('shows a loading state until the server answers, then an empty state when nothing is active', async () => {
    kit = await mountList({ scenario: noCampaigns, holdLogin: true });
    const note = () => kit!.list.shadowRoot!.querySelector('[part="note"]')?.textContent;
    expect(note()).to.equal('Loading your campaigns…');
    await expect(kit.list).to.be.accessible();
    kit.advance(0);
    await settle(kit.list);
    expect(note()).to.contain('No active or running campaigns');
    await expect(kit.list).to.be.accessible();
  });

  it('CAM-3: a malformed server event shows a specific error, fires outbound-error, and keeps the last good list', async () => {
    kit = await mountList({
      scenario: {
        ...severalCampaigns,
        schedule: [
          {
            atMs: 100,
            rawEvent: {
              type: 'campaign-status-changed',
              message: 'x',
              campaign: { id: 'collections', name: 'Collections', status: 'paused', dialingMode: 'progressive' },
            },
          },
        ],
      },
    });
    const before = rowNames(kit.list);
    const error = oneEvent<OutboundErrorEvent>(kit.provider, 'outbound-error');
    kit.advance(100);
    const { detail } = await error;
    expect(detail).to.include({ code: 'malformed-event', field: 'campaign.status' });
    await settle(kit.list);
    expect(rowNames(kit.list)).to.deep.equal(before);
    const message = kit.list.shadowRoot!.querySelector('[part="message"]')!;
    expect(message.textContent).to.contain('campaign.status');
    expect(spoken().assertive.join(' ')).to.contain('could not be read');
    await expect(kit.list).to.be.accessible();
    message.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(kit.list);
    await settle(kit.list);
    expect(kit.list.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
    // The Dismiss button is gone; focus went back to the grid, not to the page.
    expect(deepActiveElement()?.closest('tbody')).to.not.equal(null);
  });

  it('renders host-supplied names and descriptions as text, never HTML', async () => {
    kit = await mountList({
      scenario: {
        campaigns: [
          {
            id: 'x',
            name: '<img src=x onerror="window.__owned=1">Evil',
            description: '<b>bold</b>',
            dialingMode: 'preview',
            status: 'running',
          },
        ],
      },
    });
    const row = rows(kit.list)[0];
    expect(row.cells[1].textContent).to.equal('<img src=x onerror="window.__owned=1">Evil');
    expect(row.querySelector('img, b')).to.equal(null);
  });

  it('EMB-4: labels follow the page locale (German ships with the kit)', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    await setKitLocale('de');
    await settle(kit.list);
    expect(kit.list.shadowRoot!.querySelector('[part="title"]')?.textContent).to.equal('Meine Kampagnen');
    expect(cellText(rows(kit.list)[1])).to.include.members(['Aktiv', 'Manuell', 'Vorschau', 'Datensatz abrufen']);
    await expect(kit.list).to.be.accessible();
  });

  it('EMB-2: reads public --outbound-* custom properties and exposes parts', async () => {
    kit = await mountList({ scenario: severalCampaigns });
    kit.list.style.setProperty('--outbound-color-accent', 'rgb(1, 2, 3)');
    const button = rows(kit.list)[1].querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(button.getAttribute('part')).to.equal('action');
    expect(kit.list.shadowRoot!.querySelector('[part="grid"]')).to.not.equal(null);
  });
});
