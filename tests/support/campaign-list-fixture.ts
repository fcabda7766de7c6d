import { html } from 'lit';
import '../../src/elements/campaign-list/define.js';
import type { CampaignList } from '../../src/elements/campaign-list/campaign-list.js';
import { createKitFixture, type KitFixtureOptions } from './kit-fixture.js';
import { settle } from './dom.js';

/** A `<campaign-list>` alone in a provider on the simulator, rendered. */
export async function mountList(options: KitFixtureOptions) {
  const kit = createKitFixture(html`<campaign-list></campaign-list>`, options);
  document.body.append(kit.provider);
  const list = kit.provider.querySelector('campaign-list') as CampaignList;
  await kit.provider.updateComplete;
  await settle(list);
  return { ...kit, list };
}
