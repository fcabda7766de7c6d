import { expect, waitUntil } from '@open-wc/testing';
import { deleteDB } from 'idb';
import * as stories from '../../../stories/disposition-panel.stories.js';
import type { DispositionPanel } from '../../../src/elements/disposition-panel/disposition-panel.js';

type Story = { render: () => HTMLElement };

/** What each story must come to show: the state it is named after. */
const expected: Record<string, string> = {
  Empty: '.note',
  BeforeTheCall: '.note',
  InCall: '#call-result',
  WrapUpRadioList: 'fieldset#dispositions',
  WrapUpDropDown: 'select#dispositions optgroup',
  ProgressiveMarkDone: '[part="mark-done"]',
  DispositionRequired: '#dispositions[aria-invalid="true"]',
  MarkDoneOnDisposition: '#closes-hint',
  DncSetByDisposition: '#dnc-set-by',
  DeliveryPending: '[part="closing"]',
  DeliveredThenReady: '[part="ready"]',
  AfterTransfer: 'input#call-result[readonly]',
  Engaging: '#call-result[aria-disabled="true"]',
};

describe('<disposition-panel> stories', () => {
  afterEach(async () => {
    await new Promise((closed) => setTimeout(closed, 50));
    for (const agent of ['story-agent', 'story-agent-pending']) await deleteDB(`outbound-kit-outbox:${agent}`);
  });

  it('DISP-1..4: every story is checked here', () => {
    expect(Object.keys(stories).filter((name) => name !== 'default').sort()).to.deep.equal(Object.keys(expected).sort());
  });

  for (const [name, selector] of Object.entries(expected)) {
    it(`DISP-1..4: the story ${name} reaches its state and is accessible`, async () => {
      const provider = (stories as unknown as Record<string, Story>)[name].render();
      document.body.append(provider);
      const el = provider.querySelector('disposition-panel') as DispositionPanel;
      await waitUntil(() => el.shadowRoot?.querySelector(selector), `${name} shows ${selector}`);
      await expect(el).to.be.accessible();
      provider.remove();
    });
  }
});
