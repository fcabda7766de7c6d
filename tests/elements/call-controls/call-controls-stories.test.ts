import { expect, nextFrame } from '@open-wc/testing';
import * as stories from '../../../stories/call-controls.stories.js';
import type { CallControls } from '../../../src/elements/call-controls/call-controls.js';
import { setKitLocale } from '../../../src/localization/localization.js';
import { text } from '../../support/preview-fixture.js';

type Story = { render: () => HTMLElement; parameters?: { locale?: string } };

/** What each story must show once its steps ran: the state it is named after. */
const expected: Record<string, (el: CallControls) => unknown> = {
  NoCall: (el) => text(part(el, 'status')),
  Dialing: (el) => part(el, 'hold')?.getAttribute('aria-disabled'),
  Connected: (el) => part(el, 'hold')?.hasAttribute('aria-disabled'),
  Held: (el) => text(part(el, 'hold')),
  KeypadOpen: (el) => text(part(el, 'tones')),
  KeypadOnHold: (el) => part(el, 'key')?.getAttribute('aria-disabled'),
  TransferFormOpen: (el) => part(el, 'transfer-form') !== null,
  EmptyTarget: (el) => part(el, 'target')?.getAttribute('aria-invalid'),
  TransferRefused: (el) => text(part(el, 'refusal')),
  TransferUnderWay: (el) => text(part(el, 'transfer-progress')),
  Transferred: (el) => text(part(el, 'status')),
  Engaging: (el) => part(el, 'end')?.getAttribute('aria-disabled'),
  EngagingRefusal: (el) => text(part(el, 'refusal'))?.startsWith('Release is not available'),
  German: (el) => part(el, 'end') !== null,
};

const shown: Record<string, unknown> = {
  NoCall: 'No call',
  Dialing: 'true',
  Connected: false,
  Held: 'Retrieve',
  KeypadOpen: 'Tones sent: 1 2 #',
  KeypadOnHold: 'true',
  TransferFormOpen: true,
  EmptyTarget: 'true',
  TransferRefused: 'Set the call result before transferring: this campaign requires it.',
  TransferUnderWay: 'Transferring the call to 2041…',
  Transferred: 'Call ended: transferred',
  Engaging: 'true',
  EngagingRefusal: true,
  German: true,
};

function part(el: CallControls, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

describe('<call-controls> stories', () => {
  const named = Object.entries(stories).filter(([name]) => name !== 'default') as [string, Story][];

  it('every story has its expected state listed', () => {
    expect(named.map(([name]) => name).sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, story] of named) {
    it(`CALL-2, CALL-3, DEL-6, A11Y-3: story ${name} reaches its state on the simulator and passes axe`, async () => {
      await setKitLocale(story.parameters?.locale === 'de' ? 'de' : 'en');
      const provider = story.render();
      document.body.append(provider);
      try {
        const el = provider.querySelector('call-controls') as CallControls;
        const check = expected[name];
        for (let frame = 0; frame < 60 && check(el) !== shown[name]; frame += 1) {
          await nextFrame();
          await el.updateComplete;
        }
        expect(check(el)).to.equal(shown[name]);
        await expect(el).to.be.accessible();
      } finally {
        provider.remove();
        await setKitLocale('en');
      }
    });
  }
});
