import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deleteDB } from 'idb';
import { html } from 'lit';
import '../../../src/elements/agent-status/define.js';
import '../../../src/elements/disposition-panel/define.js';
import type { AgentStatus } from '../../../src/elements/agent-status/agent-status.js';
import type { Channel } from '../../../src/services/domain/agent/agent.js';
import { campaign } from '../../support/engine-desk.js';
import { engagingRefusal } from '../../../src/services/domain/refusals/kit-refusals.js';
import { acceptProgressive, assuredConnection, connectPreviewCall, mountKit, until, type MountedKit } from '../../support/mount-kit.js';
import { $, deepActiveElement, text } from '../../support/dom.js';
import { recordSpeech } from '../../support/speech.js';

/** `<agent-status>` on a desk with the other elements: what it shows and says next to them. */

const OUTBOX_DB = 'outbound-kit-outbox:agent-7';
const preview = { campaigns: [campaign({ dialingMode: 'preview' })] };

const statusText = (el: AgentStatus, channel: Channel) => text($(el, `[part="channel"][data-channel="${channel}"] [part="status"]`));
const choice = (el: AgentStatus, channel: Channel, status: 'ready' | 'not-ready') =>
  $(el, `button[data-channel="${channel}"][data-status="${status}"]`)!;

describe('<agent-status> on the desk', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    kit?.provider.remove();
    kit = undefined;
    fixtureCleanup();
    await new Promise((closed) => setTimeout(closed, 50));
    await deleteDB(OUTBOX_DB);
  });

  it('AGT-2, DEL-6, issue 12 #6: a logout refused while engaging goes when the contact is connected, without Dismiss or another command', async () => {
    kit = await mountKit(html`<agent-status></agent-status>`, assuredConnection);
    const el = kit.get<AgentStatus>('agent-status');
    await acceptProgressive(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    const logout = $(el, '[part="logout"]')!;
    logout.focus();
    await sendKeys({ press: 'Enter' });
    await until(kit, () => $(el, '.message.error') !== null, 'the refusal');
    expect(text($(el, '.message.error span'))).to.equal(engagingRefusal('voice-logoff').message);
    await sendKeys({ press: 'Tab' });
    expect(text(deepActiveElement())).to.equal('Dismiss');

    await kit.advance(2000);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    // Compared as text: a failing assertion on an element in a shadow root never finishes printing.
    expect(text($(el, '.message.error')), 'the cause went: the contact is connected').to.equal(undefined);
    expect(deepActiveElement() === logout, 'focus moved from the gone Dismiss to Log out').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('AGT-1, issue 12 #11: during a live call the voice channel shows On a call, not Ready; after it, after-call work', async () => {
    await deleteDB(OUTBOX_DB);
    kit = await mountKit(html`<agent-status></agent-status>`, preview);
    const el = kit.get<AgentStatus>('agent-status');
    const ready = kit.services.commands.setChannelStatus('voice', 'ready');
    expect(ready.sent).to.equal(true);
    await kit.advance(0);
    expect(statusText(el, 'voice')).to.equal('Ready');
    const speech = recordSpeech();

    const requested = kit.services.commands.requestRecord('c');
    expect(requested.sent).to.equal(true);
    await kit.advance(0);
    expect(statusText(el, 'voice'), 'previewing, before the call').to.equal('Ready');
    await kit.act({ type: 'call' });
    expect(statusText(el, 'voice'), 'dialling').to.equal('On a call');
    await kit.advance(3000);
    expect(kit.simulator.currentInteraction?.call?.status).to.equal('connected');
    expect(statusText(el, 'voice'), 'connected').to.equal('On a call');
    expect(statusText(el, 'outbound-preview')).to.equal('Not Ready');
    // The choice still shows, and says it applies after the call.
    expect(choice(el, 'voice', 'ready').getAttribute('aria-pressed')).to.equal('true');
    expect(choice(el, 'voice', 'ready').getAttribute('aria-describedby')).to.equal('on-call-voice');
    expect(text($(el, '#on-call-voice'))).to.equal('You are on a call. Ready or Not Ready takes effect when it ends.');
    await expect(el).to.be.accessible();

    await kit.act({ type: 'end-call' });
    expect(statusText(el, 'voice')).to.equal('After-call work');
    speech.stop();
    // The call itself is the call view's news; the channel's own change is said once.
    expect(speech.said).to.deep.equal(['Your Voice status was changed to After-call work.']);
  });

  it('AGT-1, DISP-3, issue 12 #10: Ready after work from the wrap-up panel is said once, in one sentence', async () => {
    await deleteDB(OUTBOX_DB);
    kit = await mountKit(html`<agent-status></agent-status><disposition-panel></disposition-panel>`, preview);
    const el = kit.get<AgentStatus>('agent-status');
    const panel = kit.get<HTMLElement>('disposition-panel');
    await connectPreviewCall(kit);
    await kit.act({ type: 'end-call' });
    expect(statusText(el, 'voice')).to.equal('After-call work');
    const done = await kit.services.commands.markDone('done');
    expect(done.sent).to.equal(true);
    await until(kit, () => $(panel, '[part="ready"]') !== null, 'Ready after work is offered');
    await kit.advance(0);

    const speech = recordSpeech();
    $(panel, '[part="ready"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    await kit.advance(0);
    speech.stop();
    expect(statusText(el, 'voice')).to.equal('Ready');
    expect(speech.said).to.deep.equal(['You are Ready.']);

    // The agent's own choice in My Channels is still confirmed there, once.
    const again = recordSpeech();
    choice(el, 'voice', 'not-ready').focus();
    expect(deepActiveElement()).to.equal(choice(el, 'voice', 'not-ready'));
    await sendKeys({ press: 'Enter' });
    await kit.advance(0);
    again.stop();
    expect(again.said).to.deep.equal(['Voice is now Not Ready.']);
  });
});
