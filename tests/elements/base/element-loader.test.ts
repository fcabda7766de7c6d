import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import { registerLazyElement } from '../../../src/elements/base/element-loader.js';

describe('On-demand elements', () => {
  it('EMB-1: an element that define.js loads on demand is fetched when its tag first appears inside a provider', async () => {
    expect(customElements.get('agent-status')).to.equal(undefined);
    const provider = document.createElement('outbound-provider');
    document.body.append(provider);
    await provider.updateComplete;
    // Not used yet: not loaded.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(customElements.get('agent-status')).to.equal(undefined);
    expect(customElements.get('campaign-notices')).to.equal(undefined);

    provider.append(document.createElement('agent-status'));
    await waitUntil(() => customElements.get('agent-status') !== undefined, 'agent-status is defined once used');
    expect(customElements.get('campaign-notices')).to.equal(undefined);
    const status = provider.querySelector('agent-status')!;
    await customElements.whenDefined('agent-status');
    expect(status.shadowRoot).to.not.equal(null);
    provider.remove();
  });

  it('EMB-1: elements already in the provider when it connects are loaded too', async () => {
    const provider = document.createElement('outbound-provider');
    provider.append(document.createElement('campaign-notices'));
    document.body.append(provider);
    await waitUntil(() => customElements.get('campaign-notices') !== undefined, 'campaign-notices is defined');
    provider.remove();
  });

  it('EMB-1: a list registered after the provider started watching is still honoured', async () => {
    const provider = document.createElement('outbound-provider');
    provider.append(document.createElement('test-late-element'));
    document.body.append(provider);
    await provider.updateComplete;
    let loads = 0;
    registerLazyElement('test-late-element', async () => {
      loads += 1;
      customElements.define('test-late-element', class extends HTMLElement {});
    });
    await waitUntil(() => customElements.get('test-late-element') !== undefined, 'defined after registration');
    provider.append(document.createElement('test-late-element'));
    await Promise.resolve();
    expect(loads).to.equal(1);
    provider.remove();
  });
});
