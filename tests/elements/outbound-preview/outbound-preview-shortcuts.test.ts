import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SimulatorScenario } from '../../../src/services/backend/simulator/scenario.js';
import { settle } from '../../support/dom.js';
import { alwaysAnswers, campaign } from '../../support/engine-desk.js';
import { $, actions, mountPreview, timings, type PreviewKit } from '../../support/preview-fixture.js';
import type { OutboundErrorEvent } from '../../../src/elements/events/outbound-provider-events.js';

const pushPreview: SimulatorScenario = {
  campaigns: [campaign({ name: 'Spring appeal', dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20 } })],
  odds: alwaysAnswers,
  timings,
};

const noReject: SimulatorScenario = {
  campaigns: [campaign({ name: 'Renewals', dialingMode: 'progressive', policy: { allowReject: false } })],
  odds: alwaysAnswers,
  timings,
};

/** Presses keys together, as a person holds the modifiers down and presses the key. */
async function chord(...keys: string[]) {
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendKeys({ press: keys.at(-1)! });
  for (const key of modifiers.reverse()) await sendKeys({ up: key });
}

/** A field elsewhere on the host page where the agent may be typing or working. */
function hostControl(kind: 'input' | 'button'): HTMLElement {
  const control = document.createElement(kind);
  control.dataset['test'] = '';
  if (kind === 'button') control.textContent = 'Host button';
  else control.setAttribute('aria-label', 'Host notes');
  document.body.append(control);
  return control;
}

async function offered(scenario: SimulatorScenario, configure?: (kit: PreviewKit) => void) {
  const kit = await mountPreview(scenario);
  configure?.(kit);
  kit.services.commands.setChannelStatus(scenario === noReject ? 'voice' : 'outbound-preview', 'ready');
  await kit.advance(1000);
  expect(kit.services.store.state.interaction?.phase).to.equal('offered');
  return kit;
}

describe('<outbound-preview> Accept and Reject shortcuts', () => {
  let kit: PreviewKit | undefined;
  afterEach(() => {
    kit?.provider.remove();
    kit = undefined;
    document.querySelectorAll('[data-test]').forEach((node) => node.remove());
  });

  it('A11Y-3, DEL-2: Alt+Shift+A accepts from anywhere on the page; the buttons name their shortcuts', async () => {
    kit = await offered(pushPreview);
    const { el } = kit;
    expect($(el, '[part="accept"]')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+A');
    expect($(el, '[part="reject"]')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+R');
    hostControl('button').focus();
    const accepted = oneEvent(el, 'outbound-interaction-accept');
    await chord('Alt', 'Shift', 'KeyA');
    await accepted;
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'accept' }]);
    expect(kit.services.store.state.interaction?.phase).to.equal('previewing');
  });

  it('A11Y-3, DEL-2: Alt+Shift+R rejects; neither does anything while the agent types in a field', async () => {
    kit = await offered(pushPreview);
    hostControl('input').focus();
    await chord('Alt', 'Shift', 'KeyA');
    await chord('Alt', 'Shift', 'KeyR');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([]);
    hostControl('button').focus();
    await chord('Alt', 'Shift', 'KeyR');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'reject' }]);
    expect(kit.services.store.state.lastClosed?.closed?.reason).to.equal('rejected');
  });

  it('A11Y-3: shortcuts can be remapped, and turned off with none', async () => {
    kit = await offered(pushPreview, ({ el }) => {
      el.acceptShortcut = 'Control+Alt+Y';
      el.rejectShortcut = 'none';
    });
    const { el } = kit;
    await settle(el);
    expect($(el, '[part="accept"]')!.getAttribute('aria-keyshortcuts')).to.equal('Alt+Control+Y');
    expect($(el, '[part="reject"]')!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    hostControl('button').focus();
    await chord('Alt', 'Shift', 'KeyR');
    await chord('Alt', 'Shift', 'KeyA');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([]);
    await chord('Control', 'Alt', 'KeyY');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([{ type: 'accept' }]);
  });

  it('A11Y-3: a shortcut without a modifier is refused with outbound-error and stays off', async () => {
    kit = await mountPreview(pushPreview);
    const { el } = kit;
    const reported = oneEvent<OutboundErrorEvent>(el, 'outbound-error');
    el.acceptShortcut = 'A';
    const { detail } = await reported;
    expect(detail).to.deep.equal({
      code: 'invalid-configuration',
      message: 'accept-shortcut: “A” needs Alt, Control or Meta, so that it cannot fire while the agent types. The shortcut is off.',
      field: 'accept-shortcut',
      retryable: false,
    });
    kit.services.commands.setChannelStatus('outbound-preview', 'ready');
    await kit.advance(1000);
    expect($(el, '[part="accept"]')!.hasAttribute('aria-keyshortcuts')).to.equal(false);
    hostControl('button').focus();
    await chord('KeyA');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([]);
  });

  it('A11Y-3, DEL-4: Reject by shortcut where the campaign allows none is refused with the campaign’s reason', async () => {
    kit = await offered(noReject);
    const { el } = kit;
    hostControl('button').focus();
    await chord('Alt', 'Shift', 'KeyR');
    await kit.advance(0);
    expect(actions(kit.commands())).to.deep.equal([]);
    expect($(el, '[part="refusal"]')?.textContent).to.equal('This campaign does not allow rejecting a record.');
  });
});
