import { expect } from '@open-wc/testing';
import type { Subscription } from 'rxjs';
import { createCtiPhone } from '../../../../src/phone/cti/cti-phone.js';
import type { PhoneService } from '../../../../src/services/ports/phone.js';
import type { BackendCommand, InteractionActionCommand } from '../../../../src/services/ports/backend/contract.js';
import { linkPhone } from '../../../../src/services/session/effects/phone-link.js';
import { campaign, engineDesk } from '../../../support/engine-desk.js';
import { MemoryPhone, memoryHarness } from '../../../phone/memory-phone.js';
import { describePhoneBehaviour } from '../../../phone/phone-behaviour.js';

type Desk = ReturnType<typeof engineDesk>;

/** A preview campaign `c` to dial from and a dialer campaign `p` that offers calls once Ready. */
const scenario = {
  campaigns: [campaign({ dialingMode: 'preview' }), campaign({ id: 'p', name: 'Dialer campaign', dialingMode: 'progressive' })],
};

/** Lets promises (rules loading, phone actions) and the server's timers at the current time run. */
async function settle(desk: Desk): Promise<void> {
  for (let round = 0; round < 8; round += 1) {
    desk.advance(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The commands of a type, or the interaction actions of a type (`send-dtmf`), the simulator received. */
function received(desk: Desk, type: BackendCommand['type'] | InteractionActionCommand['action']['type']): BackendCommand[] {
  return desk.simulator.receivedCommands.filter(
    (command) => command.type === type || (command.type === 'interaction-action' && command.action.type === type),
  );
}

describe('linkPhone: the agent’s phone and the engine’s call', () => {
  let desk: Desk;
  let link: Subscription | undefined;
  let phone: PhoneService | undefined;
  afterEach(() => {
    link?.unsubscribe();
    phone?.dispose();
    desk.simulator.dispose();
    link = phone = undefined;
  });

  describe('with the CTI phone on the simulator', () => {
    beforeEach(async () => {
      desk = engineDesk(scenario);
      phone = createCtiPhone(desk.services);
      link = linkPhone(desk.store, desk.commands, phone);
      const started = phone.start();
      await settle(desk);
      expect(await started).to.deep.equal({ ok: true });
    });

    it('PH-1, PH-3: every phone state reaches the store as state.phone; the slice empties when the link ends', async () => {
      expect(desk.store.state.phone?.registration).to.equal('ready');
      expect(desk.store.state.phone?.call).to.equal(null);
      desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
      desk.advance(1000);
      expect(desk.store.state.phone?.call).to.include({ status: 'ringing', direction: 'incoming', remote: '+13125550100' });
      expect(desk.store.state.phone).to.equal(phone?.current);
      link?.unsubscribe();
      expect(desk.store.state.phone).to.equal(null);
    });

    it('PH-3, CALL-2: nothing is mirrored to a CTI phone: each action reaches the server once and the phone follows the desk phone', async () => {
      desk.ok(desk.commands.requestRecord('c'));
      desk.ok(await desk.commands.act({ type: 'call' }));
      expect(phone?.current.call).to.include({ status: 'dialing', direction: 'outgoing', remote: '+13125550100' });
      desk.advance(3000);
      expect(phone?.current.call?.status).to.equal('connected');
      desk.ok(await desk.commands.act({ type: 'send-dtmf', digits: '42' }));
      desk.ok(await desk.commands.act({ type: 'hold' }));
      await settle(desk);
      expect(phone?.current.call?.status).to.equal('held');
      expect(received(desk, 'send-dtmf')).to.have.length(1);
      expect(received(desk, 'hold')).to.have.length(1);
      desk.ok(await desk.commands.act({ type: 'end-call' }));
      await settle(desk);
      expect(phone?.current.call?.ended).to.deep.equal({ by: 'agent', reason: 'hang-up' });
      expect(received(desk, 'end-call')).to.have.length(1);
      expect(received(desk, 'phone-call-ended')).to.have.length(0);
    });
  });

  describe('with a phone whose calls the kit drives (an in-memory softphone)', () => {
    let memory: MemoryPhone;
    beforeEach(async () => {
      desk = engineDesk(scenario);
      memory = new MemoryPhone();
      phone = memory;
      link = linkPhone(desk.store, desk.commands, memory);
      await memory.start();
    });

    it('PH-1, CALL-2: Accept answers the ringing phone; Hold, Retrieve, tones and End call on the engine reach the phone', async () => {
      desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
      desk.advance(1000);
      expect(desk.interaction?.phase).to.equal('offered');
      memory.far.ring();
      expect(desk.store.state.phone?.call?.status).to.equal('ringing');

      desk.ok(await desk.commands.act({ type: 'accept' }));
      expect(memory.current.call?.status).to.equal('connected');
      desk.ok(await desk.commands.act({ type: 'hold' }));
      expect(memory.current.call?.status).to.equal('held');
      desk.ok(await desk.commands.act({ type: 'retrieve' }));
      expect(memory.current.call?.status).to.equal('connected');
      desk.ok(await desk.commands.act({ type: 'send-dtmf', digits: '5#' }));
      expect(memory.far.tones).to.equal('5#');

      desk.ok(await desk.commands.act({ type: 'end-call' }));
      await settle(desk);
      expect(memory.current.call?.ended).to.deep.equal({ by: 'agent', reason: 'hang-up' });
      expect(desk.interaction?.call?.ended).to.include({ by: 'agent', reason: 'hang-up' });
      expect(received(desk, 'phone-call-ended'), 'the engine ended it: nothing to report').to.have.length(0);
    });

    it('PH-1, CALL-2: a transfer the agent sends goes out on the phone, whose call ends as transferred', async () => {
      await desk.callAnswered();
      memory.far.ring();
      await memory.answer();
      desk.ok(await desk.commands.act({ type: 'transfer', target: '+13125550199' }));
      await settle(desk);
      expect(memory.current.call?.ended).to.deep.equal({ by: 'agent', reason: 'transferred' });
      expect(received(desk, 'phone-call-ended'), 'the engine is completing the transfer itself').to.have.length(0);
    });

    it('PH-1, CALL-1, DISP-4: the contact hangs up on the phone: the engine’s call ends by the contact and the outcome can be recorded', async () => {
      await desk.callAnswered();
      memory.far.ring();
      await memory.answer();
      expect(desk.interaction?.call?.status).to.equal('connected');

      memory.far.hangUp();
      await settle(desk);
      const reports = received(desk, 'phone-call-ended').map(({ commandId: _id, ...report }) => report);
      expect(reports).to.deep.equal([{ type: 'phone-call-ended', interactionId: desk.interaction?.id, by: 'contact', reason: 'hang-up' }]);
      expect(desk.interaction?.phase).to.equal('wrap-up');
      expect(desk.interaction?.call?.ended).to.include({ by: 'contact', reason: 'hang-up' });
      expect(desk.store.state.lastError).to.equal(null);
      desk.ok(await desk.commands.markDone('done'));
      expect(desk.simulator.appliedOutcomes).to.have.length(1);
    });

    it('PH-1, PH-2: a connection lost mid-call is told to the agent once, and the engine’s call ends as dropped', async () => {
      await desk.callAnswered();
      memory.far.ring();
      await memory.answer();
      const errors: string[] = [];
      const watching = desk.store.actions.subscribe((action) => {
        if (action.type === 'kit/error') errors.push(`${action.error.code}: ${action.error.message}`);
      });

      memory.far.loseConnection();
      await settle(desk);
      watching.unsubscribe();
      expect(errors).to.deep.equal(['phone-error: The phone lost its connection. Reconnecting…']);
      expect(desk.store.state.phone?.registration).to.equal('reconnecting');
      expect(desk.interaction?.call?.ended).to.include({ by: 'system', reason: 'dropped' });
    });
  });
});

describePhoneBehaviour('in-memory softphone (the stand-in for a WebRTC phone above)', memoryHarness);
