import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { Subject, merge } from 'rxjs';
import type { BackendAdapter, SetChannelStatusCommand } from '../../../src/services/ports/backend/contract.js';
import { deepActiveElement } from '../../support/dom.js';
import { connectPreviewCall, type MountedKit } from '../../support/mount-kit.js';
import { recordSpeech } from '../../support/speech.js';
import {
  $,
  acceptProgressive,
  draftOf,
  mountPanel,
  outcomeSent,
  outcomesReceived,
  press,
  startAtTitle,
  text,
  unmount,
  wrapUp,
} from './disposition-panel-support.js';

const ENGAGING_REFUSAL =
  'Setting the call result is not available while the contact is being connected: you hear waiting music until they answer (assured connection).';

describe('<disposition-panel> after Done, transfers and assured connection', () => {
  let kit: MountedKit | undefined;
  afterEach(async () => {
    await unmount(kit);
    kit = undefined;
  });

  it('DISP-3: after Done the agent is in after-call work and Ready is offered; Ready sends the request and is confirmed once', async () => {
    const mounted = await mountPanel();
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    expect(kit.services.store.state.agent?.channels.voice).to.equal('after-call-work');
    // Not before Done: a new call must not arrive in the middle of the wrap-up.
    expect($(el, '#ready')).to.equal(null);
    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    const ready = $(el, '[part="ready"]')!;
    expect(text(ready)).to.equal('Ready');
    expect(text($(el, '#after-call-work'))).to.equal('You are in after-call work. Choose Ready when you are ready for the next call.');
    expect(ready.getAttribute('aria-describedby')).to.equal('after-call-work');
    expect(deepActiveElement()).to.equal($(el, '#title'));
    await expect(el).to.be.accessible();

    const speech = recordSpeech();
    await press(kit, 'Tab');
    expect(deepActiveElement()).to.equal(ready);
    await press(kit, 'Enter');
    await kit.advance(0);
    const sent = kit.commands().filter((command): command is SetChannelStatusCommand => command.type === 'set-channel-status');
    expect(sent.at(-1)).to.include({ channel: 'voice', status: 'ready' });
    expect(kit.services.store.state.agent?.channels.voice).to.equal('ready');
    expect($(el, '#ready')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#title'));
    expect(speech.said.filter((said) => said === 'You are Ready.')).to.have.length(1);
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DISP-3: where the campaign makes the agent Ready after the work, Done is enough and no Ready is offered', async () => {
    const mounted = await mountPanel({ outcomes: { readyAfterWork: true } });
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    expect(kit.services.store.state.agent?.channels.voice).to.equal('after-call-work');
    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(kit.services.store.state.agent?.channels.voice).to.equal('ready');
    expect($(el, '#ready')).to.equal(null);
    // What became of the record, not "No call to wrap up." beside it (issue 12 review).
    expect(text($(el, '.base'))).to.equal('Dispositions Outcome for Dana Whitfield delivered.');
  });

  it('DISP-4: while the server has not answered, the outcome shows as waiting; then delivered, announced once', async () => {
    const latencyMs = 2000;
    const mounted = await mountPanel({ scenario: { latencyMs } });
    kit = mounted.kit;
    const { el } = mounted;
    await kit.advance(latencyMs); // login
    kit.services.commands.requestRecord('c');
    await kit.advance(latencyMs);
    await kit.act({ type: 'call' });
    await kit.advance(latencyMs + 3000);
    await kit.act({ type: 'end-call' });
    await kit.advance(latencyMs);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    const speech = recordSpeech();

    $(el, '#done')!.focus();
    await press(kit, 'Enter');
    await outcomeSent(kit);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    expect(text($(el, '[part="closing"]'))).to.equal('Marking the record Done…');
    expect(text($(el, '[part="delivery"]'))).to.match(/^Waiting to deliver the outcome for Dana Whitfield \(attempt \d+\)…$/);
    expect(deepActiveElement()).to.equal($(el, '#title'));
    expect(speech.said.some((said) => said.includes('delivered'))).to.equal(false);
    await expect(el).to.be.accessible();

    await kit.advance(latencyMs);
    expect(kit.services.store.state.outbox.pending).to.have.length(0);
    expect(kit.services.store.state.interaction).to.equal(null);
    expect(text($(el, '[part="delivery"]'))).to.equal('Outcome for Dana Whitfield delivered.');
    // Issue 12 review: the panel does not contradict itself ("No call to wrap up." above the delivery).
    expect(text($(el, '.base'))).not.to.contain('No call to wrap up.');
    await kit.advance(latencyMs);
    expect(speech.said.filter((said) => said.includes('Outcome for Dana Whitfield delivered.'))).to.have.length(1);
    expect(kit.simulator.appliedOutcomes).to.have.length(1);
    await expect(el).to.be.accessible();
    speech.stop();
  });

  it('DISP-4: an outcome the server refuses for good shows the server’s reason, and the entries stay', async () => {
    const mounted = await mountPanel();
    kit = mounted.kit;
    const { el } = mounted;
    await wrapUp(kit);
    // The same simulator behind a connection whose server refuses outcomes for good.
    const simulator = kit.simulator;
    const refusals = new Subject<unknown>();
    const refusing: BackendAdapter = {
      capabilities: simulator.capabilities,
      events: merge(simulator.events, refusals),
      send(command) {
        if (command.type !== 'submit-outcome') return simulator.send(command);
        const rejection = { type: 'command-rejected', commandId: command.commandId, code: 'campaign-closed', retryable: false };
        setTimeout(() => refusals.next({ ...rejection, message: 'The campaign was closed before the outcome arrived.' }));
      },
      dispose: () => undefined,
    };
    kit.provider.backend = refusing;
    await kit.provider.updateComplete;
    await kit.advance(0);
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');

    $(el, '#note')!.focus();
    await sendKeys({ type: 'Asked for a brochure' });
    await press(kit, 'Tab', 'Enter'); // Done
    await waitUntil(() => kit!.services.store.state.outbox.failed.length === 1, 'the server refuses the outcome');
    await kit.advance(0);
    expect(text($(el, '[part="delivery"]'))).to.equal(
      'The outcome for Dana Whitfield was not delivered: The campaign was closed before the outcome arrived.',
    );
    expect(kit.services.store.state.interaction?.phase).to.equal('wrap-up');
    expect(($(el, '#note') as HTMLTextAreaElement).value).to.equal('Asked for a brochure');
    await expect(el).to.be.accessible();
  });

  it('CALL-3: after a transfer the call result is read-only with the reason; the disposition can still be set', async () => {
    const mounted = await mountPanel({ outcomes: { dispositionControl: 'drop-down' } });
    kit = mounted.kit;
    const { el } = mounted;
    await connectPreviewCall(kit);
    startAtTitle(el);
    await press(kit, 'Tab', 'ArrowDown', 'ArrowDown'); // Answered, during the call
    expect(draftOf(kit).callResult).to.equal('Answered');
    await kit.act({ type: 'transfer', target: 'back-office' });
    await kit.advance(2000);
    const interaction = kit.services.store.state.interaction;
    expect(interaction?.phase).to.equal('wrap-up');
    expect(interaction?.readOnly).to.equal(true);

    const callResult = $<HTMLInputElement>(el, '#call-result')!;
    expect(callResult.readOnly).to.equal(true);
    expect(callResult.value).to.equal('Answered');
    expect(callResult.getAttribute('aria-describedby')).to.equal('call-result-reason');
    expect(text($(el, '#call-result-reason'))).to.equal('The call result cannot change after the call was transferred.');
    await expect(el).to.be.accessible();

    $(el, '#dispositions')!.focus();
    await press(kit, 'ArrowDown', 'ArrowDown'); // None, Accepted
    expect(draftOf(kit).dispositionCodeIds).to.deep.equal(['accepted']);
    await press(kit, 'Tab', 'Tab', 'Enter');
    await outcomeSent(kit);
    expect(outcomesReceived(kit)[0]).to.include({ callResult: 'Answered' });
  });

  it('DEL-6: while engaging the call result is aria-disabled with the reason; trying shows the engine’s sentence, announced once', async () => {
    const mounted = await mountPanel({ mode: 'progressive', policy: { assuredConnection: true } });
    kit = mounted.kit;
    const { el } = mounted;
    await acceptProgressive(kit);
    expect(kit.services.store.state.interaction?.call?.status).to.equal('engaging');
    const select = $<HTMLSelectElement>(el, '#call-result')!;
    expect(select.getAttribute('aria-disabled')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal('call-result-reason');
    expect(text($(el, '#call-result-reason'))).to.equal(
      'The call result can be set once the contact is connected: you hear waiting music until they answer.',
    );
    await expect(el).to.be.accessible();

    const speech = recordSpeech();
    select.focus();
    await press(kit, 'ArrowDown');
    await kit.advance(0);
    expect(text($(el, '[part="refusal"]'))).to.equal(ENGAGING_REFUSAL);
    expect(select.value).to.equal('');
    expect(draftOf(kit).callResult).to.equal(null);
    expect(deepActiveElement()).to.equal(select);
    expect(speech.said.filter((said) => said === ENGAGING_REFUSAL)).to.have.length(1);
    await expect(el).to.be.accessible();

    await kit.advance(2000); // the contact answers
    expect(kit.services.store.state.interaction?.call?.status).to.equal('connected');
    expect(select.hasAttribute('aria-disabled')).to.equal(false);
    await press(kit, 'ArrowDown');
    expect(draftOf(kit).callResult).to.equal('Unknown');
    speech.stop();
  });
});
