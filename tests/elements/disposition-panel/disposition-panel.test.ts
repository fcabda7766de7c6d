import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../support/dom.js';
import { connectPreviewCall, type MountedKit } from '../../support/mount-kit.js';
import { recordSpeech } from '../../support/speech.js';
import {
  $,
  $$,
  acceptProgressive,
  draftOf,
  mountPanel,
  nestedCodes,
  outcomeSent,
  outcomesReceived,
  press,
  startAtTitle,
  text,
  unmount,
  wrapUp,
} from './disposition-panel-support.js';

describe('<disposition-panel>', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DISP-1: without a call it shows a short note: no record, then a record in preview', async () => {
    const mounted = await mountPanel();
    kit = mounted.kit;
    const { el } = mounted;
    expect(text($(el, '.note'))).to.equal('No call to wrap up.');
    expect($(el, 'select, textarea, button')).to.equal(null);
    await expect(el).to.be.accessible();
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    expect(kit.services.store.state.interaction?.phase).to.equal('previewing');
    expect(text($(el, '.note'))).to.equal('The call result and disposition are set once the call starts.');
    await expect(el).to.be.accessible();
  });

  it('DISP-1: a radio list built from nested codes; arrow keys choose and each choice is saved to the draft', async () => {
    const mounted = await mountPanel({ outcomes: { dispositionCodes: nestedCodes, dispositionControl: 'radio' } });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    const group = $(el, 'fieldset#dispositions')!;
    expect(text(group.querySelector('legend'))).to.equal('Disposition');
    expect($$(el, 'fieldset#dispositions > fieldset > legend').map(text)).to.deep.equal(['Sale']);
    expect($$(el, 'fieldset#dispositions > fieldset > fieldset > legend').map(text)).to.deep.equal(['Upgrade']);
    expect($$(el, 'input[name="disposition"]').map((radio) => text(radio.parentElement))).to.deep.equal([
      'None',
      'New contract',
      'Premium',
      'No sale',
    ]);
    await expect(el).to.be.accessible();

    startAtTitle(el);
    await press(kit, 'Tab', 'Tab', 'Tab'); // Call Result, Do Not Call, the first disposition
    expect(deepActiveElement()).to.equal($(el, 'input[value="none"]'));
    await press(kit, 'ArrowDown');
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['new']);
    await press(kit, 'ArrowDown');
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['premium']);
    expect(($(el, 'input[value="premium"]') as HTMLInputElement).checked).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('DISP-1: a drop-down built from nested codes (groups named by their path); the keyboard sends the choice', async () => {
    const mounted = await mountPanel({ outcomes: { dispositionCodes: nestedCodes, dispositionControl: 'drop-down' } });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    const select = $<HTMLSelectElement>(el, 'select#dispositions')!;
    expect([...select.children].map((child) => (child instanceof HTMLOptGroupElement ? `[${child.label}]` : text(child)))).to.deep.equal([
      'Not set',
      'None',
      '[Sale]',
      '[Sale › Upgrade]',
      'No sale',
    ]);
    expect([...select.options].map((option) => option.value)).to.deep.equal(['', 'none', 'new', 'premium', 'no-sale']);
    await expect(el).to.be.accessible();

    select.focus();
    await press(kit, 'ArrowDown', 'ArrowDown');
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['new']);
    // Once a code is chosen, "Not set" is no longer offered.
    expect([...select.options].map((option) => option.value)).to.deep.equal(['none', 'new', 'premium', 'no-sale']);
    expect(select.value).to.equal('new');
  });

  it('DISP-1, DNC-2: the whole wrap-up by keyboard reaches the back end as one outcome, then delivered', async () => {
    const mounted = await mountPanel();
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    const speech = recordSpeech();
    const select = $<HTMLSelectElement>(el, '#call-result')!;
    // The call was connected and the agent ended it: Answered is preset (issue 12 #11), so no "Not set".
    expect([...select.options].map((option) => option.value)).to.deep.equal([
      'Unknown',
      'Answered',
      'Answering Machine',
      'Busy',
      'No Answer',
      'Wrong Number',
      'Fax',
      'Cancel',
      'Dropped',
    ]);
    expect(select.value).to.equal('Answered');
    await expect(el).to.be.accessible();

    startAtTitle(el);
    await press(kit, 'Tab', 'ArrowUp', 'ArrowDown'); // Call Result: Unknown, then Answered
    await press(kit, 'Tab', 'Space'); // Do Not Call
    await press(kit, 'Tab', 'ArrowDown'); // Disposition: None, then Accepted
    await press(kit, 'Tab');
    expect(deepActiveElement()).to.equal($(el, '#note'));
    await sendKeys({ type: 'Wants a letter' });
    // Typing stays in the panel until the agent leaves the field.
    expect(draftOf(kit).note).to.equal('');
    await press(kit, 'Tab');
    expect(draftOf(kit)).to.include({ callResult: 'Answered', dnc: true, note: 'Wants a letter' });
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['accepted']);
    expect(deepActiveElement()).to.equal($(el, '#done'));
    expect(outcomesReceived(kit)).to.have.length(0);

    await press(kit, 'Enter');
    await outcomeSent(kit);
    const [outcome] = outcomesReceived(kit);
    expect(outcome).to.include({ callResult: 'Answered', dnc: true, note: 'Wants a letter', close: 'done' });
    expect(outcome.dispositionCodeIds).to.deep.equal(['accepted']);
    expect(kit.services.store.state.lastClosed?.closed?.reason).to.equal('done');
    expect(kit.simulator.doNotCall.has('+13125550100')).to.equal(true);
    expect(text($(el, '[part="delivery"]'))).to.equal('Outcome for Dana Whitfield delivered.');
    expect(speech.said.filter((said) => said.includes('Outcome for Dana Whitfield delivered.'))).to.have.length(1);
    // Focus stayed in the panel when Done left.
    expect(deepActiveElement()).to.equal($(el, '#title'));
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DISP-2: a required disposition blocks Done: the message takes focus, is announced once, nothing is lost; then Done works', async () => {
    const mounted = await mountPanel({ outcomes: { requireDispositionBeforeDone: true, dispositionControl: 'drop-down' } });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    const speech = recordSpeech();
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await sendKeys({ type: 'Spoke to the daughter' });
    await press(kit, 'Tab', 'Enter'); // Done, without a disposition
    await kit.advance(0);
    const refusal = $(el, '[part="refusal"]')!;
    expect(text(refusal)).to.equal('Choose a disposition before marking the record Done.');
    expect(deepActiveElement()).to.equal(refusal);
    const dispositions = $(el, '#dispositions')!;
    expect(dispositions.getAttribute('aria-invalid')).to.equal('true');
    expect(dispositions.getAttribute('aria-describedby')).to.equal('refusal');
    expect(speech.said.filter((said) => said === 'Choose a disposition before marking the record Done.')).to.have.length(1);
    expect(note.value).to.equal('Spoke to the daughter');
    expect(draftOf(kit).note).to.equal('Spoke to the daughter');
    expect(outcomesReceived(kit)).to.have.length(0);
    await expect(el).to.be.accessible();

    // Back to the disposition: Done and Stop, Done, the note, the disposition.
    await press(kit, 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab');
    expect(deepActiveElement()).to.equal(dispositions);
    await press(kit, 'ArrowDown', 'ArrowDown'); // None, then Accepted
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['accepted']);
    expect(dispositions.hasAttribute('aria-invalid')).to.equal(false);
    await press(kit, 'Tab', 'Tab', 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ note: 'Spoke to the daughter', close: 'done' });
    expect(outcomesReceived(kit)[0].dispositionCodeIds).to.deep.equal(['accepted']);
    speech.stop();
  });

  it('DISP-2, DISP-4: Mark Done on end call while the agent is still typing the note: the note goes with the outcome', async () => {
    const mounted = await mountPanel({ outcomes: { markDoneOnEndCall: true } });
    kit = mounted.kit;
    const { el } = mounted;
    await connectPreviewCall(kit);
    const note = $<HTMLTextAreaElement>(el, '#note')!;
    note.focus();
    await sendKeys({ type: 'Promised to pay on Friday' });
    // The contact's side ends the call at once: no pause in typing, no leaving the field.
    await kit.act({ type: 'end-call' });
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ note: 'Promised to pay on Friday', close: 'done' });
  });

  it('DISP-2: Mark Done on disposition: arrow keys browse without closing; Enter confirms and the record closes', async () => {
    const mounted = await mountPanel({ outcomes: { markDoneOnDisposition: true, dispositionControl: 'radio' } });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    expect(text($(el, '#closes-hint'))).to.match(/^Choosing a disposition marks the record Done,/);
    expect($(el, '#dispositions')!.getAttribute('aria-describedby')).to.equal('closes-hint');
    startAtTitle(el);
    // Call Result, Do Not Call, Note, Done, Done and Stop, then the choice that closes the record.
    await press(kit, 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'ArrowDown', 'ArrowDown'); // None, Accepted, Rejected
    expect(($(el, 'input[value="rejected"]') as HTMLInputElement).checked).to.equal(true);
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal([]);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    await expect(el).to.be.accessible();

    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0].dispositionCodeIds).to.deep.equal(['rejected']);
    expect(kit.services.store.state.interaction).to.equal(null);
    expect(text($(el, '[part="delivery"]'))).to.equal('Outcome for Dana Whitfield delivered.');
  });

  it('DISP-2: preview modes offer Done and Done and Stop; the cancelable outbound-record-done comes first', async () => {
    const mounted = await mountPanel({ mode: 'preview' });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    expect($(el, '[part="mark-done"]')).to.equal(null);
    expect(text($(el, '[part="done"]'))).to.equal('Done');
    const stop = $(el, '[part="done-and-stop"]')!;
    expect(text(stop)).to.equal('Done and Stop');

    const cancel = (event: Event) => event.preventDefault();
    el.addEventListener('outbound-record-done', cancel, { once: true });
    stop.focus();
    const fired = oneEvent(el, 'outbound-record-done');
    await press(kit, 'Enter');
    const event = await fired;
    expect(event.detail).to.deep.equal({ interactionId: kit.services.store.state.interaction!.id, close: 'done-and-stop' });
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    await kit.advance(0);
    expect(outcomesReceived(kit)).to.have.length(0);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');

    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ close: 'done-and-stop' });
    expect(kit.services.store.state.lastClosed?.closed?.reason).to.equal('done-and-stop');
  });

  it('DISP-2: other dialing modes offer Mark Done, refused with a focused message while the call is active', async () => {
    const progressive = await mountPanel({ mode: 'progressive' });
    kit = progressive.kit;
    await acceptProgressive(kit);
    const panel = progressive.el;
    expect(kit.services.store.state.interaction?.phase).to.equal('in-call');
    expect($(panel, '[part="done"]')).to.equal(null);
    const markDone = $(panel, '[part="mark-done"]')!;
    expect(text(markDone)).to.equal('Mark Done');
    markDone.focus();
    await press(kit, 'Enter');
    await kit.advance(0);
    const refusal = $(panel, '[part="refusal"]')!;
    expect(text(refusal)).to.equal('End the call before marking the record Done.');
    expect(deepActiveElement()).to.equal(refusal);
    expect($(panel, '#dispositions')!.hasAttribute('aria-invalid')).to.equal(false);
    await expect(panel).to.be.accessible();
  });

  it('DNC-2: Do Not Call set by a disposition says so, is not cleared by a later code, and reaches the back end', async () => {
    const mounted = await mountPanel({
      outcomes: {
        dispositionControl: 'radio',
        dispositionCodes: [
          { id: 'remove', label: 'Remove me', effects: ['dnc'] },
          { id: 'sale', label: 'Sale' },
        ],
      },
    });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    startAtTitle(el);
    await press(kit, 'Tab', 'Tab', 'Tab', 'Space'); // Remove me
    const dnc = $<HTMLInputElement>(el, '#dnc')!;
    expect(dnc.checked).to.equal(true);
    expect(text($(el, '#dnc-set-by'))).to.equal('Set by the disposition “Remove me”. Only you can clear it.');
    expect(dnc.getAttribute('aria-describedby')).to.equal('dnc-set-by');
    await expect(el).to.be.accessible();

    await press(kit, 'ArrowDown'); // Sale
    expect(draftOf(kit)).to.include({ dnc: true });
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['sale']);
    expect(dnc.checked).to.equal(true);

    await press(kit, 'Tab', 'Tab', 'Enter'); // the note, Done
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ dnc: true });
    expect(kit.simulator.doNotCall.has('+13125550100')).to.equal(true);
  });

  it('DNC-2: only the agent clears Do Not Call', async () => {
    const mounted = await mountPanel({
      outcomes: { dispositionControl: 'drop-down', dispositionCodes: [{ id: 'remove', label: 'Remove me', effects: ['dnc'] }] },
    });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    $(el, '#dispositions')!.focus();
    await press(kit, 'ArrowDown');
    expect(draftOf(kit).dnc).to.equal(true);
    await press(kit, 'Shift+Tab', 'Space');
    expect(draftOf(kit).dnc).to.equal(false);
    expect($(el, '#dnc-set-by')).to.equal(null);
  });
});
