import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/reschedule-callback/define.js';
import type { RescheduleCallback } from '../../../src/elements/reschedule-callback/reschedule-callback.js';
import { setKitLocale } from '../../../src/localization/localization.js';
import { $, deepActiveElement } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { connectPreviewCall, mountKit, type MountedKit } from '../../support/mount-kit.js';
import { tabInto, text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

const scenario = { campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })], odds: alwaysAnswers };

const focusedDate = () => (deepActiveElement() as HTMLElement | null)?.dataset['date'];
const focusedId = () => deepActiveElement()?.id;

/** A connected call, the form open, focus on Choose date. */
async function openForm() {
  const kit = await mountKit(html`<reschedule-callback></reschedule-callback>`, scenario);
  const el = kit.get<RescheduleCallback>('reschedule-callback');
  await connectPreviewCall(kit);
  await tabInto(el);
  await sendKeys({ press: 'Space' });
  await kit.advance(0);
  $(el, '#choose-date')!.focus();
  return { kit, el };
}

async function press(kit: MountedKit, key: string) {
  await sendKeys({ press: key });
  await kit.advance(0);
}

describe('<reschedule-callback> date picker', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    await setKitLocale('en');
  });

  it('CB-1, A11Y-3: Choose date opens a modal dialog labelled by its month, focus on today; past days are unavailable', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await openForm());
    expect($(el, '#choose-date')!.getAttribute('aria-haspopup')).to.equal('dialog');
    await press(kit, 'Enter');
    const dialog = $<HTMLDialogElement>(el, 'dialog[part="calendar"]')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-modal')).to.equal('true');
    expect(text(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!))).to.equal('November 2026');
    const grid = $(el, 'table[role="grid"]')!;
    expect(grid.getAttribute('aria-labelledby')).to.equal('calendar-heading');
    // Today (2 November on the agent's clock in Berlin) has the grid's one tab stop and focus.
    expect(focusedDate()).to.equal('2026-11-02');
    expect($(el, 'td[aria-current="date"]')!.dataset['date']).to.equal('2026-11-02');
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]')).to.have.length(1);
    expect($(el, 'td[data-date="2026-11-01"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, 'td[data-date="2026-11-02"]')!.hasAttribute('aria-disabled')).to.equal(false);
    // US English weeks start on Sunday.
    expect(text($(el, 'thead th'))).to.equal('Sun');
    expect($(el, 'thead th')!.getAttribute('abbr')).to.equal('Sunday');
    await expect(el).to.be.accessible();

    // A past day cannot be chosen: the dialog stays open and says why.
    const speech = recordSpeech();
    await press(kit, 'ArrowLeft');
    expect(focusedDate()).to.equal('2026-11-01');
    await press(kit, 'Enter');
    await kit.advance(0);
    expect(dialog.open).to.equal(true);
    expect(speech.take()).to.deep.equal(['This day is in the past: a callback cannot be scheduled on it.']);
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('');
    speech.stop();
  });

  it('CB-1: arrows move by day and week, Home and End to the week’s ends, Page Up/Down by month, Shift by year; Enter chooses and focus returns', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await openForm());
    await press(kit, 'Enter');
    const speech = recordSpeech();
    await press(kit, 'ArrowRight');
    expect(focusedDate()).to.equal('2026-11-03');
    await press(kit, 'ArrowDown');
    expect(focusedDate()).to.equal('2026-11-10');
    await press(kit, 'ArrowUp');
    expect(focusedDate()).to.equal('2026-11-03');
    await press(kit, 'Home');
    expect(focusedDate(), 'Sunday starts the week in US English').to.equal('2026-11-01');
    await press(kit, 'End');
    expect(focusedDate()).to.equal('2026-11-07');
    await press(kit, 'PageDown');
    expect(focusedDate()).to.equal('2026-12-07');
    expect(text($(el, '#calendar-heading'))).to.equal('December 2026');
    await sendKeys({ down: 'Shift' });
    await press(kit, 'PageDown');
    await sendKeys({ up: 'Shift' });
    expect(focusedDate()).to.equal('2027-12-07');
    await press(kit, 'PageUp');
    expect(focusedDate()).to.equal('2027-11-07');
    await kit.advance(0);
    expect(speech.take(), 'each new month said once').to.deep.equal(['December 2026', 'December 2027', 'November 2027']);
    await expect(el).to.be.accessible();
    await press(kit, 'Enter');
    expect($<HTMLDialogElement>(el, 'dialog')).to.equal(null);
    expect(focusedId()).to.equal('choose-date');
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('2027-11-07');

    // Opened again, the chosen day is selected and has focus; Space chooses too.
    await press(kit, 'Enter');
    expect(focusedDate()).to.equal('2027-11-07');
    expect($(el, 'td[aria-selected="true"]')!.dataset['date']).to.equal('2027-11-07');
    await press(kit, 'ArrowRight');
    await press(kit, ' ');
    expect(focusedId()).to.equal('choose-date');
    expect($<HTMLInputElement>(el, '#date')!.value).to.equal('2027-11-08');
    speech.stop();
  });

  it('CB-1: Escape closes without change and returns focus; Tab cycles inside the dialog; the month buttons page', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await openForm());
    $<HTMLInputElement>(el, '#date')!.value = '2026-11-20';
    $<HTMLInputElement>(el, '#date')!.dispatchEvent(new Event('input'));
    $(el, '#choose-date')!.focus();
    await press(kit, 'Enter');
    expect(focusedDate()).to.equal('2026-11-20');
    await press(kit, 'Tab');
    expect(focusedId()).to.equal('calendar-cancel');
    await press(kit, 'Tab');
    expect(focusedId(), 'from the last control back to the first').to.equal('previous-year');
    await sendKeys({ down: 'Shift' });
    await press(kit, 'Tab');
    await sendKeys({ up: 'Shift' });
    expect(focusedId(), 'and back again').to.equal('calendar-cancel');
    $(el, '#next-month')!.focus();
    await press(kit, 'Enter');
    expect(text($(el, '#calendar-heading'))).to.equal('December 2026');
    expect(focusedId()).to.equal('next-month');
    $(el, '#previous-year')!.focus();
    await press(kit, 'Enter');
    expect(text($(el, '#calendar-heading'))).to.equal('December 2025');
    await press(kit, 'ArrowDown'); // on a button: nothing moves
    await press(kit, 'Escape');
    expect($<HTMLDialogElement>(el, 'dialog')).to.equal(null);
    expect(focusedId()).to.equal('choose-date');
    expect($<HTMLInputElement>(el, '#date')!.value, 'unchanged').to.equal('2026-11-20');
    expect($<HTMLInputElement>(el, '#schedule')!.checked, 'the form stays open').to.equal(true);
  });

  it('CB-1: month and day names and the first day of the week follow the kit’s locale', async () => {
    let el: RescheduleCallback;
    ({ kit, el } = await openForm());
    await setKitLocale('de');
    await kit.advance(0);
    $(el, '#choose-date')!.focus();
    await press(kit, 'Enter');
    expect(text($(el, '#calendar-heading'))).to.equal('November 2026');
    expect(text($(el, 'thead th'))).to.match(/^Mo/);
    expect($(el, 'thead th')!.getAttribute('abbr')).to.equal('Montag');
    await press(kit, 'Home');
    expect(focusedDate(), 'Monday starts the week in German').to.equal('2026-11-02');
    await press(kit, 'PageDown');
    expect(text($(el, '#calendar-heading'))).to.equal('Dezember 2026');
    await press(kit, 'Escape');
  });
});
