import { expect, html } from '@open-wc/testing';
import '../../../src/elements/agent-status/define.js';
import type { AgentStatus } from '../../../src/elements/agent-status/agent-status.js';
import { createCtiPhone } from '../../../src/phone/cti/cti-phone.js';
import { campaign } from '../../support/engine-desk.js';
import { mountKit, type MountedKit } from '../../support/mount-kit.js';
import { MemoryPhone } from '../../phone/memory-phone.js';
import { recordSpeech } from '../../support/speech.js';

const phoneLine = (el: AgentStatus) => el.shadowRoot!.querySelector('[part="phone"]')?.textContent?.trim() ?? null;

describe('<agent-status> and the phone', () => {
  let kit: MountedKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
  });

  it('PH-1, PH-3: with the desk phone the status says the phone is ready, the same words as for any phone', async () => {
    kit = await mountKit(html`<agent-status></agent-status>`, { campaigns: [campaign({ dialingMode: 'preview' })] });
    const el = kit.get<AgentStatus>('agent-status');
    expect(phoneLine(el), 'no phone given, no line').to.equal(null);
    kit.provider.phone = createCtiPhone(kit.services);
    await kit.advance(0);
    expect(phoneLine(el)).to.equal('Phone: ready');
    await expect(el).to.be.accessible();
  });

  it('PH-1, PH-2: a lost connection and its return are shown and announced once each, with the phone’s own sentence shown while it lasts; the first state is only shown', async () => {
    kit = await mountKit(html`<agent-status></agent-status>`, { campaigns: [campaign({ dialingMode: 'preview' })] });
    const el = kit.get<AgentStatus>('agent-status');
    const phone = new MemoryPhone();
    const speech = recordSpeech();
    kit.provider.phone = phone;
    await kit.advance(0);
    expect(phoneLine(el)).to.equal('Phone: ready');
    phone.far.loseConnection();
    await kit.advance(0);
    expect(phoneLine(el)).to.equal('Phone: connection lost, reconnecting…');
    // The phone's own sentence is shown too (the provider announces it as an error).
    expect(el.shadowRoot!.querySelector('[part="phone-error"]')?.textContent).to.equal('The phone lost its connection. Reconnecting…');
    await expect(el).to.be.accessible();
    await phone.start();
    await kit.advance(0);
    expect(phoneLine(el)).to.equal('Phone: ready');
    expect(el.shadowRoot!.querySelector('[part="phone-error"]')).to.equal(null);
    speech.stop();
    const said = speech.said.join(' | ');
    expect(said.match(/Phone: connection lost, reconnecting…/g), said).to.have.length(1);
    expect(said.match(/Phone: ready/g), said).to.have.length(1);
  });
});
