import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, descriptionsOf } from '../../support/dom.js';
import { connectPreviewCall, type MountedKit } from '../../support/mount-kit.js';
import { $, acceptProgressive, draftOf, mountPanel, outcomeSent, outcomesReceived, press, startAtTitle, text, unmount, wrapUp } from './disposition-panel-support.js';

/** A Direct Push-Preview record: Get Record, the offer (pacing 1 s), Accept dials, the contact answers, the call ends. */
async function directPushPreviewWrapUp(kit: MountedKit): Promise<void> {
  const requested = kit.services.commands.requestRecord('c');
  if (!requested.sent) throw new Error(requested.error.message);
  await kit.advance(0);
  await kit.advance(1000);
  await kit.act({ type: 'accept' });
  await kit.advance(3000);
  await kit.act({ type: 'end-call' });
}

describe('<disposition-panel> where choosing a disposition marks the record Done', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DISP-2, CALL-4, issue 12 #5: keyboard only, the note and Done and Stop come before the disposition, which is explained first and completes the record only on Enter, with the note', async () => {
    const mounted = await mountPanel({
      mode: 'direct-push-preview',
      outcomes: {
        markDoneOnDisposition: true,
        dispositionControl: 'drop-down',
        dispositionCodes: [
          { id: 'ordered', label: 'Upgrade ordered' },
          { id: 'send-details', label: 'Send details by email' },
          { id: 'not-interested', label: 'Not interested' },
        ],
      },
    });
    kit = mounted.kit;
    const { el } = mounted;
    await directPushPreviewWrapUp(kit);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');

    startAtTitle(el);
    await press(kit, 'Tab', 'Tab', 'Tab'); // Call Result, Do Not Call, Note
    expect(deepActiveElement()?.id).to.equal('note');
    await sendKeys({ type: 'Wants the details by email' });
    await press(kit, 'Tab');
    expect(text(deepActiveElement())).to.equal('Done');
    await press(kit, 'Tab');
    expect(text(deepActiveElement())).to.equal('Done and Stop');
    // The note was saved when the agent left it; nothing was closed on the way.
    expect(draftOf(kit).note).to.equal('Wants the details by email');
    expect(outcomesReceived(kit)).to.have.length(0);

    await press(kit, 'Tab');
    const select = $<HTMLSelectElement>(el, 'select#dispositions')!;
    expect(deepActiveElement()).to.equal(select);
    // Told before choosing: the explanation is read with the list and shown above it.
    const hint = $(el, '#closes-hint')!;
    expect(descriptionsOf(el, select)[0]).to.match(/^Choosing a disposition marks the record Done/);
    expect(hint.compareDocumentPosition(select) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();

    // Browsing, then leaving the list (back to Done and Stop), closes nothing.
    await press(kit, 'ArrowDown');
    await press(kit, 'Shift+Tab');
    expect(text(deepActiveElement())).to.equal('Done and Stop');
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    expect(outcomesReceived(kit)).to.have.length(0);

    await press(kit, 'Tab', 'ArrowDown');
    expect(select.value).to.equal('send-details');
    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)).to.have.length(1);
    expect(outcomesReceived(kit)[0]).to.include({ note: 'Wants the details by email', close: 'done' });
    expect(outcomesReceived(kit)[0].dispositionCodeIds).to.deep.equal(['send-details']);
  });
});

describe('<disposition-panel> delivery of an outcome', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DISP-4, issue 12 #6: "Outcome for … delivered" belongs to its record: it is not carried into the next record’s wrap-up', async () => {
    const mounted = await mountPanel({ mode: 'preview' });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    await kit.advance(0);
    expect(text($(el, '[part="delivery"]'))).to.equal('Outcome for Dana Whitfield delivered.');

    // The next record: Lee Park's call. The panel is about Lee now.
    await connectPreviewCall(kit);
    expect(kit.services.store.state.interaction?.record.contactName).to.equal('Lee Park');
    expect(text($(el, '[part="delivery"]'))).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('<disposition-panel> refusals and their cause', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DEL-6, issue 12 #6: the engaging-phase refusal of the call result goes when the contact is connected', async () => {
    const mounted = await mountPanel({ mode: 'progressive', policy: { assuredConnection: true } });
    kit = mounted.kit;
    const { el } = mounted;
    await acceptProgressive(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    const select = $<HTMLSelectElement>(el, '#call-result')!;
    select.focus();
    await press(kit, 'ArrowDown');
    await kit.advance(0);
    expect(text($(el, '[part="refusal"]'))).to.match(/connected/);

    await kit.advance(2000); // the contact answers
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    expect(text($(el, '[part="refusal"]'))).to.equal(undefined);
    expect(deepActiveElement()).to.equal(select);
  });
});

describe('<disposition-panel> call result from how the call ended', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DISP-1, issue 12 #11: a busy line presets Busy, says so, and the agent can change it by keyboard; the outcome carries the choice', async () => {
    const mounted = await mountPanel({ scenario: { odds: { answer: 0, busy: 1, noAnswer: 0, answeringMachine: 0 } } });
    kit = mounted.kit;
    const { el } = mounted;
    const requested = kit.services.commands.requestRecord('c');
    if (!requested.sent) throw new Error(requested.error.message);
    await kit.advance(0);
    await kit.act({ type: 'call' });
    await kit.advance(3000);
    expect(kit.services.store.state.interaction?.call?.ended?.reason).to.equal('busy');
    const select = $<HTMLSelectElement>(el, '#call-result')!;
    expect(select.value).to.equal('Busy');
    expect(descriptionsOf(el, select)).to.deep.equal(['Set from how the call ended. You can change it.']);
    await expect(el).to.be.accessible();

    select.focus();
    await press(kit, 'ArrowDown'); // Busy → No Answer
    expect(draftOf(kit).callResult).to.equal('No Answer');
    expect(select.value).to.equal('No Answer');
    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ callResult: 'No Answer' });
  });

  it('DISP-1, issue 12 #11: left as preset, the outcome carries the preset result', async () => {
    const mounted = await mountPanel({ scenario: { odds: { answer: 0, busy: 0, noAnswer: 1, answeringMachine: 0 } } });
    kit = mounted.kit;
    const { el } = mounted;
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    await kit.advance(30_000);
    expect(kit.services.store.state.interaction?.call?.ended?.reason).to.equal('no-answer');
    expect($<HTMLSelectElement>(el, '#call-result')!.value).to.equal('No Answer');
    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ callResult: 'No Answer' });
  });
});
