import { filter, firstValueFrom } from 'rxjs';
import { createCtiPhone } from '../../src/phone/cti/cti-phone.js';
import { createSession } from '../../src/services/session/create-session.js';
import { linkPhone } from '../../src/services/session/effects/phone-link.js';
import { EmbeddedSimulator } from '../../src/services/backend/simulator/embedded-simulator.js';
import { alwaysAnswers, campaign, dana } from '../support/engine-desk.js';
import { eventually, type PhoneHarness } from './phone-behaviour.js';

/**
 * The CTI phone as the kit runs it (the session's desk-phone link, the phone link) on the embedded simulator,
 * whose contact the test plays: a dialer campaign `p` rings the agent when they are Ready, a preview
 * campaign `c` gives a record to dial. The page's clock runs with short timings; the contact never
 * picks up or hangs up on their own.
 */
export async function ctiHarness() {
  const simulator = new EmbeddedSimulator({
    odds: alwaysAnswers,
    timings: { ringMs: 3_600_000, talkMs: null, connectMs: 10, pacingMs: 10 },
    campaigns: [campaign({ dialingMode: 'preview' }), campaign({ id: 'p', name: 'Dialer campaign', dialingMode: 'progressive' })],
  });
  const session = createSession({ outbox: false });
  const { store, commands } = session.services;
  session.connect(simulator, 'agent-7');
  await firstValueFrom(store.select((state) => state.session.phase).pipe(filter((phase) => phase === 'ready')));
  const phone = createCtiPhone(session.services);
  // Linked, not started: the behaviour tests start the phone themselves.
  const link = linkPhone(store, commands, phone);

  const sent = (outcome: { sent: boolean }, what: string) => {
    if (!outcome.sent) throw new Error(`${what} refused: ${store.state.lastError?.message}`);
  };
  const call = () => simulator.currentInteraction?.call ?? null;
  const harness = {
    phone,
    store,
    commands,
    simulator,
    transferTarget: '+13125550199',
    contact: {
      address: dana.numbers[0].e164,
      async callAgent() {
        // The dialer reaches the contact and offers the call to the agent once they are Ready.
        sent(commands.setChannelStatus('voice', 'ready'), 'Ready');
      },
      async waitForCall() {
        await eventually(() => call()?.status === 'dialing', 'the contact’s phone rings');
      },
      async answer() {
        if (!simulator.contactPicksUp()) throw new Error('no call rings at the contact');
      },
      async hangUp() {
        if (!simulator.contactHangsUp()) throw new Error('the contact has no call');
      },
      /** The tones of the current call: what the server was asked to send on it. */
      tonesReceived() {
        return simulator.receivedCommands
          .flatMap((command) => (command.type === 'interaction-action' && command.action.type === 'send-dtmf' ? [command.action.digits] : []))
          .join('');
      },
      async audioFlowing() {
        return { unavailable: 'A desk phone’s audio never passes through the page, so there is nothing to measure.' };
      },
      async onHold() {
        return call()?.status === 'held';
      },
    },
    async readyToDial() {
      sent(commands.requestRecord('c'), 'Get Record');
      await eventually(() => store.state.interaction?.phase === 'previewing', 'a record in the preview');
    },
    async dispose() {
      link.unsubscribe();
      phone.dispose();
      session.dispose();
      simulator.dispose();
    },
  } satisfies PhoneHarness & Record<string, unknown>;
  return harness;
}
