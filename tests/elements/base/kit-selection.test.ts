import { expect, nextFrame } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { KitSelection } from '../../../src/elements/base/kit-selection.js';
import '../../../src/define.js';
import type { OutboundProvider } from '../../../src/elements/outbound-provider/outbound-provider.js';
import { selectMyCampaigns } from '../../../src/services/state/selectors.js';
import type { CampaignData } from '../../../src/services/ports/backend/contract.js';

/** A minimal consumer that counts its renders. */
class CampaignCounter extends LitElement {
  readonly campaigns = new KitSelection(this, selectMyCampaigns);
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`${this.campaigns.value.length}`;
  }
}
customElements.define('test-campaign-counter', CampaignCounter);

const campaign = (i: number): CampaignData => ({
  id: `c${i}`,
  name: `C${i}`,
  description: '',
  status: 'running',
  dialingMode: 'preview',
  receiving: false,
});

function mountProvider(): OutboundProvider {
  const provider = document.createElement('outbound-provider');
  document.body.append(provider);
  return provider;
}

describe('KitSelection controller', () => {
  it('takes the current state from the provider on connect', async () => {
    const provider = mountProvider();
    provider.services.store.dispatch({
      type: 'backend/event',
      at: 0,
      event: { type: 'campaigns-snapshot', campaigns: [campaign(1), campaign(2)] },
    });
    const counter = document.createElement('test-campaign-counter') as CampaignCounter;
    provider.append(counter);
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.equal('2');
    provider.remove();
  });

  it('leaves no subscription behind after 200 mount and unmount cycles', async () => {
    const provider = mountProvider();
    const store = provider.services.store;
    const baseline = store.openSelectionCount;
    const counter = document.createElement('test-campaign-counter') as CampaignCounter;
    for (let i = 0; i < 200; i += 1) {
      provider.append(counter);
      expect(store.openSelectionCount).to.equal(baseline + 1);
      counter.remove();
    }
    expect(store.openSelectionCount).to.equal(baseline);
    provider.remove();
    // The provider ends its session a microtask later, once it is sure it was not just moved.
    await Promise.resolve();
    expect(store.openSelectionCount).to.equal(0);
  });

  it('coalesces a burst of 1,000 state changes into one render on the next frame', async () => {
    const provider = mountProvider();
    const counter = document.createElement('test-campaign-counter') as CampaignCounter;
    provider.append(counter);
    await counter.updateComplete;
    await nextFrame();
    const rendersBefore = counter.renders;
    for (let i = 1; i <= 1000; i += 1) {
      provider.services.store.dispatch({
        type: 'backend/event',
        at: 0,
        event: { type: 'campaign-status-changed', campaign: campaign(i), message: '' },
      });
    }
    await counter.updateComplete;
    expect(counter.renders).to.equal(rendersBefore);
    await nextFrame();
    await counter.updateComplete;
    expect(counter.renders).to.equal(rendersBefore + 1);
    expect(counter.shadowRoot!.textContent).to.equal('1000');
    provider.remove();
  });

  it('renders nothing after disconnect even if a frame was pending', async () => {
    const provider = mountProvider();
    const counter = document.createElement('test-campaign-counter') as CampaignCounter;
    provider.append(counter);
    await counter.updateComplete;
    const rendersBefore = counter.renders;
    provider.services.store.dispatch({
      type: 'backend/event',
      at: 0,
      event: { type: 'campaigns-snapshot', campaigns: [campaign(1)] },
    });
    counter.remove();
    await nextFrame();
    await nextFrame();
    expect(counter.renders).to.equal(rendersBefore);
    provider.remove();
  });

  it('warns (and shows the empty state) when there is no provider', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const counter = document.createElement('test-campaign-counter') as CampaignCounter;
      document.body.append(counter);
      await counter.updateComplete;
      await Promise.resolve();
      expect(counter.shadowRoot!.textContent).to.equal('0');
      expect(warnings.join()).to.contain('found no <outbound-provider>');
      counter.remove();
    } finally {
      console.warn = original;
    }
  });
});
