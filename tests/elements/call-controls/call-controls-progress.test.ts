import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/call-controls/define.js';
import type { CallControls } from '../../../src/elements/call-controls/call-controls.js';
import { engagingRefusal } from '../../../src/services/domain/refusals/kit-refusals.js';
import { $, deepActiveElement } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { acceptProgressive, assuredConnection, connectPreviewCall, mountKit, type MountedKit, until } from '../../support/mount-kit.js';
import { tabInto, text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

const focused = () => text(deepActiveElement());

describe('<call-controls> refusals that outlive their cause, and a transfer under way', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('DEL-6, issue 12 #6: a refusal of the engaging phase goes when the contact is connected, without another action', async () => {
    kit = await mountKit(html`<call-controls></call-controls>`, assuredConnection);
    const el = kit.get<CallControls>('call-controls');
    await acceptProgressive(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    await tabInto(el);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Hold');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="refusal"]') !== null, 'the refusal');
    expect(text($(el, '[part="refusal"]'))).to.equal(engagingRefusal('hold').message);

    await kit.advance(2000);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    // Compared as text: a failing assertion on an element in a shadow root never finishes printing.
    expect(text($(el, '[part="refusal"]')), 'the cause went: the contact is connected').to.equal(undefined);
    expect(focused(), 'focus stays where the agent was').to.equal('Hold');
    await expect(el).to.be.accessible();
  });

  it('CALL-3, issue 12 #6: "set the call result first" goes once the call result is set', async () => {
    kit = await mountKit(html`<call-controls></call-controls>`, {
      campaigns: [campaign({ name: 'Collections', dialingMode: 'preview', outcomes: { requireCallResultBeforeTransfer: true } })],
      odds: alwaysAnswers,
    });
    const el = kit.get<CallControls>('call-controls');
    await connectPreviewCall(kit);
    ($(el, '#transfer-toggle') as HTMLButtonElement).click();
    await kit.advance(0);
    ($(el, '#target') as HTMLInputElement).focus();
    await sendKeys({ type: '2040' });
    ($(el, '#transfer') as HTMLButtonElement).click();
    await until(kit, () => $(el, '[part="refusal"]') !== null, 'the refusal');
    expect(await kit.services.commands.edit({ type: 'set-call-result', value: 'Answered' })).to.include({ saved: true });
    await kit.advance(0);
    expect(text($(el, '[part="refusal"]'))).to.equal(undefined);
  });

  it('CALL-2, issue 12 #10: a transfer under way is announced once and shown, then its result, heard once with the call view on the page', async () => {
    kit = await mountKit(html`<outbound-interaction><call-controls slot="controls"></call-controls></outbound-interaction>`, {
      campaigns: [campaign({ name: 'Collections', dialingMode: 'preview' })],
      odds: alwaysAnswers,
    });
    await customElements.whenDefined('outbound-interaction');
    const el = kit.get<CallControls>('call-controls');
    await connectPreviewCall(kit);
    $(el, '#transfer-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(deepActiveElement()?.id).to.equal('target');
    await sendKeys({ type: '2040' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Transfer');
    const speech = recordSpeech();
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="transfer-progress"]') !== null, 'the transfer under way');
    expect(text($(el, '[part="transfer-progress"]'))).to.equal('Transferring the call to 2040…');
    await kit.advance(0);
    expect(speech.take()).to.deep.equal(['Transferring the call to 2040…']);
    await expect(el).to.be.accessible();

    await kit.advance(2000);
    expect(kit.services.store.state.interaction?.call?.ended?.reason).to.equal('transferred');
    const said = speech.take().join(' ');
    expect(said.split('You transferred the call.'), 'the result, once').to.have.length(2);
    expect(text($(el, '[part="transfer-progress"]'))).to.equal(undefined);
    speech.stop();
  });
});
