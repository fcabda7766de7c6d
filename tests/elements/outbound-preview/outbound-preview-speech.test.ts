import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/outbound-interaction/define.js';
import '../../../src/elements/outbound-preview/define.js';
import type { OutboundPreview } from '../../../src/elements/outbound-preview/outbound-preview.js';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { alwaysAnswers, campaign, dana } from '../../support/engine-desk.js';
import { mountKit, until, type MountedKit } from '../../support/mount-kit.js';
import { $, mountPreview, timings, type PreviewKit } from '../../support/preview-fixture.js';
import { recordSpeech } from '../../support/speech.js';

/** The home number is on the server's Do-Not-Call list; the server answers after 250 ms, as the demo's does. */
const dncWithLatency: SimulatorScenario = {
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', contacts: [dana] })],
  dncList: ['+13125550100'],
  latencyMs: 250,
};

const pushPreview: SimulatorScenario = {
  campaigns: [
    campaign({ name: 'Spring appeal', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20, extendSeconds: 30 } }),
  ],
  odds: alwaysAnswers,
  timings,
};

/** Push-Preview with a timed auto-dial after Accept (DEL-8), as the demo's renewals campaign. */
const pushPreviewAutoDial: SimulatorScenario = {
  campaigns: [campaign({ name: 'Renewals', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20, autoDialSeconds: 15 } })],
  odds: alwaysAnswers,
  timings,
};

const timedAutoDial: SimulatorScenario = {
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'preview', policy: { autoDialSeconds: 16, allowOtherNumber: true } })],
  odds: alwaysAnswers,
  timings,
};

describe('<outbound-preview> what is said, in order, each once', () => {
  let kit: MountedKit | PreviewKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('DNC-1, CALL-1, A11Y-2, issue 12 #10: a number the pre-dial check refuses is never announced as dialling; the refusal is said first, then the next call', async () => {
    const desk = await mountKit(html`<outbound-preview></outbound-preview><outbound-interaction></outbound-interaction>`, dncWithLatency);
    kit = desk;
    await Promise.all(['outbound-preview', 'outbound-interaction'].map((tag) => customElements.whenDefined(tag)));
    const preview = desk.get<OutboundPreview>('outbound-preview');
    // Logged in: the server's reply takes its 250 ms.
    for (let step = 0; step < 4; step += 1) await desk.advance(250);
    const speech = recordSpeech();
    expect(desk.services.commands.requestRecord('c').sent).to.equal(true);
    for (let step = 0; step < 4; step += 1) await desk.advance(250);
    await until(desk, () => preview.matches(':state(previewing)'), 'the preview');
    $(preview, '#call')!.click();
    // The server's reply and its pre-dial check, a frame at a time.
    for (let step = 0; step < 4; step += 1) await desk.advance(250);
    const notice = "+13125550100 was not dialled: it is on the Do-Not-Call list. Switched to the contact's mobile number +13125550101.";
    expect(speech.take()).to.deep.equal(['Preview of Dana Whitfield.', notice]);
    $(preview, '#call')!.click();
    for (let step = 0; step < 4; step += 1) await desk.advance(250);
    expect(speech.take()).to.deep.equal(['Dialing +13125550101…']);
  });

  it('DEL-2, A11Y-2, issue 12 #10: More time is announced once, with the time now left', async () => {
    const preview = await mountPreview(pushPreview);
    kit = preview;
    preview.services.commands.setChannelStatus('outbound-preview', 'ready');
    await preview.advance(1000);
    const speech = recordSpeech();
    $(preview.el, '#more-time')!.focus();
    await sendKeys({ press: 'Enter' });
    await preview.advance(0);
    await preview.advance(0);
    expect(speech.take()).to.deep.equal(['30 seconds added: 50 seconds left.']);
    await preview.advance(1000);
    expect(speech.take()).to.deep.equal([]);
  });

  it('DEL-2, DEL-8, A11Y-2, issue 12 #10: an accepted Push-Preview offer is said as the preview it becomes, with its automatic call', async () => {
    const preview = await mountPreview(pushPreviewAutoDial);
    kit = preview;
    preview.services.commands.setChannelStatus('outbound-preview', 'ready');
    await preview.advance(1000);
    const speech = recordSpeech();
    // Accepted elsewhere (the host's button, another element): the preview says what it became.
    await preview.services.commands.act({ type: 'accept' });
    await preview.advance(0);
    await preview.advance(0);
    expect(speech.take()).to.deep.equal(['Preview of Dana Whitfield. Calling in 15 seconds.']);
    await preview.advance(1000);
    expect(speech.take()).to.deep.equal([]);
  });

  it('DEL-2, DEL-8, A11Y-2, issue 12 #10: Accept pressed in the preview: focus reads the title, and the automatic call is added', async () => {
    const preview = await mountPreview(pushPreviewAutoDial);
    kit = preview;
    preview.services.commands.setChannelStatus('outbound-preview', 'ready');
    await preview.advance(1000);
    const speech = recordSpeech();
    $(preview.el, '[part="accept"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await preview.advance(0);
    await preview.advance(0);
    expect(preview.el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    expect(speech.take()).to.deep.equal(['Calling in 15 seconds.']);
  });

  it('DEL-8, A11Y-2, issue 12 #10: the timed auto-dial pausing for Other phone number, and resuming, are each announced once', async () => {
    const preview = await mountPreview(timedAutoDial);
    kit = preview;
    preview.services.commands.requestRecord('c');
    await preview.advance(0);
    await preview.advance(2000);
    const speech = recordSpeech();
    $(preview.el, '#other-number-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    await preview.advance(0);
    await preview.advance(0);
    expect(speech.take()).to.deep.equal(['Automatic call paused while you enter a number.']);
    await preview.advance(5000);
    await sendKeys({ press: 'Escape' });
    await preview.advance(0);
    await preview.advance(0);
    expect(speech.take()).to.deep.equal(['Automatic call resumed: calling in 14 seconds.']);
  });
});
