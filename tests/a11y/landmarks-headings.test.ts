import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/call-controls/define.js';
import '../../src/elements/disposition-panel/define.js';
import '../../src/elements/outbound-interaction/define.js';
import '../../src/elements/outbound-preview/define.js';
import '../../src/elements/reschedule-callback/define.js';
import { nothing, type LitElement } from 'lit';
import { setKitLocale } from '../../src/localization/localization.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { headings, landmarks } from '../support/a11y-tree.js';
import { alwaysAnswers, campaign, dana } from '../support/engine-desk.js';
import { mountKit, type MountedKit } from '../support/mount-kit.js';

/** A preview record with case information and record information, so every sub-heading shows. */
const scenario: SimulatorScenario = {
  campaigns: [
    campaign({
      name: 'Spring appeal',
      dialingMode: 'preview',
      contacts: [{ ...dana, caseFields: [{ label: 'Priority', value: 'High' }] }],
    }),
  ],
  odds: alwaysAnswers,
};

/** Every kit element that renders headings, as a host puts them under its own "Record and call" h2. */
const desk = (level: number | null) => html`
  <outbound-preview heading-level=${level ?? nothing}></outbound-preview>
  <outbound-interaction heading-level=${level ?? nothing}>
    <call-controls slot="controls" heading-level=${level === null ? nothing : level + 1}></call-controls>
    <disposition-panel heading-level=${level === null ? nothing : level + 1}></disposition-panel>
  </outbound-interaction>
`;

async function mountDesk(level: number | null) {
  const kit = await mountKit(desk(level), scenario);
  await Promise.all(['outbound-preview', 'outbound-interaction', 'call-controls', 'disposition-panel'].map((tag) => customElements.whenDefined(tag)));
  await kit.advance(0);
  return kit;
}

const names = (list: { name: string }[]) => list.map((landmark) => landmark.name);

describe('Landmarks and headings of the kit', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    await setKitLocale('en');
  });

  it('A11Y-3, issue 12 #12: the preview and the call view are one landmark each with distinct names; sub-sections are headings, not regions', async () => {
    kit = await mountDesk(null);
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    // Previewing: the preview is one region; Case information and Record information are not regions.
    expect(names(await landmarks())).to.deep.equal(['Preview: Dana Whitfield', 'Call']);
    await kit.act({ type: 'call' });
    // Dialing: both show the contact, under distinct names; Call details is not a region either.
    const during = names(await landmarks());
    expect(during).to.deep.equal(['Preview: Dana Whitfield', 'Call: Dana Whitfield', 'Call controls', 'Dispositions']);
    expect(new Set(during).size).to.equal(during.length);
    // Every title at the default level 2, its sub-headings at 3.
    expect(await headings()).to.deep.equal([
      [2, 'Dana Whitfield'],
      [2, 'Dana Whitfield'],
      [2, 'Call controls'],
      [3, 'Call details'],
      [3, 'Case information'],
      [3, 'Record information'],
      [2, 'Dispositions'],
    ]);
  });

  it('A11Y-3, issue 12 #12: a form disclosed inside an element (Other phone number, Consult or transfer) is not a landmark of its own', async () => {
    kit = await mountKit(desk(null), {
      ...scenario,
      campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { allowOtherNumber: true } })],
    });
    await Promise.all(['outbound-preview', 'outbound-interaction', 'call-controls'].map((tag) => customElements.whenDefined(tag)));
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    const preview = kit.get<LitElement>('outbound-preview');
    preview.shadowRoot!.querySelector<HTMLElement>('#other-number-toggle')!.click();
    await kit.advance(0);
    expect(preview.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(names(await landmarks())).to.deep.equal(['Preview: Dana Whitfield', 'Call']);
    preview.shadowRoot!.querySelector<HTMLElement>('#other-number-cancel')!.click();
    await kit.advance(0);
    await kit.act({ type: 'call' });
    await kit.advance(3000);
    const controls = kit.get<LitElement>('call-controls');
    controls.shadowRoot!.querySelector<HTMLElement>('#transfer-toggle')!.click();
    await kit.advance(0);
    expect(controls.shadowRoot!.querySelector('form')).to.not.equal(null);
    expect(names(await landmarks())).to.deep.equal(['Preview: Dana Whitfield', 'Call: Dana Whitfield', 'Call controls', 'Dispositions']);
  });

  it('A11Y-3, DEL-5, issue 12 #12: an ASM call before its record arrives is named Call, not after an unknown contact', async () => {
    kit = await mountKit(html`<outbound-interaction></outbound-interaction>`, {
      campaigns: [campaign({ name: 'Win-back', dialingMode: 'predictive', policy: { asm: true } })],
      odds: alwaysAnswers,
    });
    await customElements.whenDefined('outbound-interaction');
    kit.services.commands.setChannelStatus('voice', 'ready');
    await kit.advance(1000);
    await kit.act({ type: 'accept' });
    expect(kit.services.store.state.interaction?.call?.status).to.equal('establishing');
    // Neither the contact nor the number is known yet (it was "Call: Call").
    expect(kit.services.store.state.interaction?.call?.number).to.equal('');
    expect(names(await landmarks())).to.deep.equal(['Call']);
    await kit.advance(2000);
    expect(names(await landmarks())).to.deep.equal(['Call: Dana Whitfield']);
  });

  it('A11Y-3, issue 12 #12: heading-level puts every title at the host’s level and its sub-headings one deeper', async () => {
    kit = await mountDesk(3);
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    expect(await headings()).to.deep.equal([
      [3, 'Dana Whitfield'],
      [4, 'Case information'],
      [4, 'Record information'],
      [3, 'Call'],
    ]);
    await kit.act({ type: 'call' });
    expect(await headings()).to.deep.equal([
      [3, 'Dana Whitfield'],
      [3, 'Dana Whitfield'],
      [4, 'Call controls'],
      [4, 'Call details'],
      [4, 'Case information'],
      [4, 'Record information'],
      [4, 'Dispositions'],
    ]);
    // Out of range, the level is kept within 1–6.
    const preview = kit.get<LitElement & { headingLevel: number }>('outbound-preview');
    preview.headingLevel = 9;
    await preview.updateComplete;
    expect((await headings())[0]).to.deep.equal([6, 'Dana Whitfield']);
  });

  it('A11Y-3, EMB-4, issue 12 #12: the landmark names are localised', async () => {
    kit = await mountDesk(null);
    await setKitLocale('de');
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    const during = names(await landmarks());
    expect(during.slice(0, 2)).to.deep.equal(['Vorschau: Dana Whitfield', 'Anruf: Dana Whitfield']);
  });

  it('CB-1, A11Y-3, issue 12 #12: the callback form’s calendar heading is one level below its heading-level', async () => {
    kit = await mountKit(html`<reschedule-callback heading-level="4"></reschedule-callback>`, scenario);
    await customElements.whenDefined('reschedule-callback');
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    await kit.advance(3000);
    const el = kit.get<LitElement>('reschedule-callback');
    el.shadowRoot!.querySelector<HTMLInputElement>('#schedule')!.focus();
    await sendKeys({ press: 'Space' });
    await kit.advance(0);
    el.shadowRoot!.querySelector<HTMLElement>('#choose-date')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    // The form has no title heading of its own: the calendar's month is its sub-heading.
    expect(await headings()).to.deep.equal([[5, 'November 2026']]);
  });
});
