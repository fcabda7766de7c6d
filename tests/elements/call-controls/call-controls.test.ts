import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../../src/elements/call-controls/define.js';
import type { CallControls } from '../../../src/elements/call-controls/call-controls.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { $, deepActiveElement, descriptionsOf } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { connectPreviewCall, mountKit, type MountedKit, until } from '../../support/mount-kit.js';
import { actions, tabInto, text } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

const preview: SimulatorScenario = { campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview' })], odds: alwaysAnswers };

const keys = (el: CallControls) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="key"]')];
const focused = () => text(deepActiveElement());


const callStatus = (kit: MountedKit) => kit.services.store.state.interaction?.call?.status;

async function connected() {
  const kit = await mountKit(html`<call-controls></call-controls>`, preview);
  await connectPreviewCall(kit);
  return { kit, el: kit.get<CallControls>('call-controls') };
}

describe('<call-controls> hold, end and keypad', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('CALL-2: without a call it says "No call" and offers nothing', async () => {
    kit = await mountKit(html`<call-controls></call-controls>`, preview);
    const el = kit.get<CallControls>('call-controls');
    expect(text($(el, '[part="status"]'))).to.equal('No call');
    expect(el.shadowRoot!.querySelectorAll('button')).to.have.length(0);
    await expect(el).to.be.accessible();
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    expect(text($(el, '[part="status"]')), 'a record in preview is not a call').to.equal('No call');
  });

  it('CALL-2, A11Y-3: while dialing, End call applies; Hold and the transfer form say they wait for the contact', async () => {
    kit = await mountKit(html`<call-controls></call-controls>`, preview);
    const el = kit.get<CallControls>('call-controls');
    kit.services.commands.requestRecord('c');
    await kit.advance(0);
    await kit.act({ type: 'call' });
    expect($(el, '#end')?.hasAttribute('aria-disabled')).to.equal(false);
    for (const id of ['#hold', '#transfer-toggle']) {
      expect($(el, id)?.getAttribute('aria-disabled'), id).to.equal('true');
      expect(descriptionsOf(el, $(el, id)), id).to.deep.equal(['Available once the contact is connected.']);
    }
    await expect(el).to.be.accessible();
  });

  it('CALL-2, A11Y-3: Hold then Retrieve by keyboard, one button whose label follows the call; the back end gets both', async () => {
    ({ kit } = await connected());
    const { el } = { el: kit.get<CallControls>('call-controls') };
    await expect(el).to.be.accessible();
    await tabInto(el);
    expect(focused()).to.equal('End call');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Hold');
    await sendKeys({ press: 'Enter' });
    await until(kit, () => callStatus(kit!) === 'held', 'held');
    expect(focused(), 'focus stays on the same button').to.equal('Retrieve');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await until(kit, () => callStatus(kit!) === 'connected', 'retrieved');
    expect(focused()).to.equal('Hold');
    expect(actions(kit.commands())).to.deep.equal([{ type: 'call' }, { type: 'hold' }, { type: 'retrieve' }]);
  });

  it('CALL-2: End call by keyboard ends the call; the element says so and keeps focus', async () => {
    ({ kit } = await connected());
    const el = kit.get<CallControls>('call-controls');
    await tabInto(el);
    await sendKeys({ press: 'Enter' });
    await until(kit, () => callStatus(kit!) === 'ended', 'ended');
    expect(actions(kit.commands())).to.deep.equal([{ type: 'call' }, { type: 'end-call' }]);
    expect(text($(el, '[part="status"]'))).to.equal('Call ended');
    expect(deepActiveElement(), 'focus stays in the element').to.equal($(el, '#title'));
    await expect(el).to.be.accessible();
  });

  it('CALL-2, A11Y-3: keypad by keyboard: arrows and Home/End move, Enter and typed keys send tones, Escape returns focus', async () => {
    ({ kit } = await connected());
    const el = kit.get<CallControls>('call-controls');
    const speech = recordSpeech();
    await tabInto(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Keypad');
    const toggle = $(el, '#keypad-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, `#${toggle.getAttribute('aria-controls')}`)).to.not.equal(null);
    expect(focused(), 'opening moves focus to the keys').to.equal('1');
    expect(keys(el).map((key) => key.tabIndex).filter((index) => index === 0), 'one tab stop').to.have.length(1);
    expect(keys(el).map((key) => text(key))).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' });
    await kit.advance(0);
    expect(focused()).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await kit.advance(0);
    expect(focused()).to.equal('5');
    await sendKeys({ press: 'End' });
    await kit.advance(0);
    expect(focused()).to.equal('6');
    await sendKeys({ press: 'Home' });
    await kit.advance(0);
    expect(focused()).to.equal('4');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await kit.advance(0);
    expect(focused()).to.equal('*');
    await sendKeys({ press: 'ArrowDown' });
    await kit.advance(0);
    expect(focused(), 'no wrapping at the edge').to.equal('*');

    await sendKeys({ press: 'Enter' });
    await until(kit, () => text($(el, '[part="tones"]')) === 'Tones sent: *', 'the first tone');
    await sendKeys({ type: '1' });
    await until(kit, () => text($(el, '[part="tones"]')) === 'Tones sent: * 1', 'the typed tone');
    await sendKeys({ type: '#' });
    await until(kit, () => text($(el, '[part="tones"]')) === 'Tones sent: * 1 #', 'the typed #');
    expect(focused(), 'typing does not move focus').to.equal('*');
    expect(actions(kit.commands()).slice(1)).to.deep.equal([
      { type: 'send-dtmf', digits: '*' },
      { type: 'send-dtmf', digits: '1' },
      { type: 'send-dtmf', digits: '#' },
    ]);
    expect(speech.take(), 'one short polite message per tone').to.deep.equal(['Tone * sent', 'Tone 1 sent', 'Tone # sent']);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await kit.advance(0);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
    expect($(el, '[part="keypad"]')).to.equal(null);
    speech.stop();
  });

  it('CALL-2: tones are refused while the call is on hold: the keys say why, and a key pressed sends nothing', async () => {
    ({ kit } = await connected());
    const el = kit.get<CallControls>('call-controls');
    await kit.act({ type: 'hold' });
    const speech = recordSpeech();
    $(el, '#keypad-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    const first = keys(el)[0];
    expect(deepActiveElement()).to.equal(first);
    expect(keys(el).every((key) => key.getAttribute('aria-disabled') === 'true' && !key.disabled)).to.equal(true);
    expect(descriptionsOf(el, first)).to.deep.equal(['Tones can be sent only on a connected call: retrieve the call first.']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '[part="refusal"]') !== null, 'the refusal');
    expect(text($(el, '[part="keypad"] [part="refusal"]'))).to.equal('Tones can be sent only on a connected call.');
    expect(speech.take(), 'the provider announced it, once').to.deep.equal(['Tones can be sent only on a connected call.']);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'call' }, { type: 'hold' }]);
    expect($(el, '[part="tones"]')).to.equal(null);
    await expect(el).to.be.accessible();
    speech.stop();
  });
});
