import { expect } from '@open-wc/testing';
import { campaign, dana, engineDesk, T0 } from '../../../support/engine-desk.js';

const HOUR = 3600_000;

/** A preview call answered and ended, with a callback on the contact's mobile in the draft. */
async function callBackOnMobile(desk: ReturnType<typeof engineDesk>, at: number, personal: boolean) {
  await desk.callAnswered();
  desk.ok(await desk.commands.act({ type: 'end-call' }));
  desk.ok(await desk.commands.edit({ type: 'set-callback', callback: { at, personal, target: { kind: 'record-number', numberId: 'mobile' } } }));
}

describe('Engine on the simulator: a record from delivery to Done in each dialing mode', () => {
  it('DEL-1, PRV-5, DISP-1, DISP-2, DISP-3: Preview: Get Record, Call, talk, end, wrap up, Mark Done', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })] });
    desk.ok(desk.commands.requestRecord('c'));
    expect(desk.interaction).to.include({ phase: 'previewing', mode: 'preview' });
    expect(desk.interaction?.record.contactName).to.equal('Dana Whitfield');

    desk.ok(await desk.commands.act({ type: 'call' }));
    expect(desk.interaction?.call?.status).to.equal('dialing');
    desk.advance(3000);
    expect(desk.interaction?.call?.status).to.equal('connected');

    desk.ok(await desk.commands.edit({ type: 'set-call-result', value: 'Answered' }));
    desk.ok(await desk.commands.edit({ type: 'set-dispositions', codeIds: ['accepted'] }));
    desk.ok(await desk.commands.edit({ type: 'set-note', note: 'Will donate monthly.' }));
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    expect(desk.interaction?.phase).to.equal('wrap-up');
    expect(desk.interaction?.call?.ended).to.include({ by: 'agent', reason: 'hang-up' });
    expect(desk.agent?.channels.voice).to.equal('after-call-work');

    desk.ok(await desk.commands.markDone('done'));
    expect(desk.interaction).to.equal(null);
    expect(desk.store.state.lastClosed?.closed?.reason).to.equal('done');
    expect(desk.simulator.appliedOutcomes).to.have.length(1);
    expect(desk.simulator.appliedOutcomes[0]).to.include({ callResult: 'Answered', note: 'Will donate monthly.', close: 'done' });
    expect(desk.agent?.channels.voice).to.equal('after-call-work');
  });

  it('DEL-2, CAM-4: Push-Preview arrives only while the outbound-preview channel is Ready; Accept opens the preview', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'push-preview' })] });
    desk.advance(10_000);
    expect(desk.interaction).to.equal(null);
    desk.ok(desk.commands.setChannelStatus('outbound-preview', 'ready'));
    desk.advance(1000);
    expect(desk.interaction).to.include({ phase: 'offered' });
    expect(desk.interaction?.offer?.countdown).to.deep.include({ state: 'running' });
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.phase).to.equal('previewing');
    desk.ok(await desk.commands.act({ type: 'call' }));
    desk.advance(3000);
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.simulator.appliedOutcomes).to.have.length(1);
    // The next record comes by itself.
    desk.advance(1000);
    expect(desk.interaction?.record.contactName).to.equal('Lee Park');
  });

  it('DEL-2: an offer not answered in time goes back to the top of the list', () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'push-preview', policy: { offerTimeoutSeconds: 20 } })] });
    desk.ok(desk.commands.setChannelStatus('outbound-preview', 'ready'));
    desk.advance(1000);
    const firstId = desk.interaction?.id;
    desk.advance(20_000);
    expect(desk.store.state.lastClosed).to.deep.include({ id: firstId });
    expect(desk.store.state.lastClosed?.closed?.reason).to.equal('timed-out');
    desk.advance(1000);
    expect(desk.interaction?.record.contactName).to.equal('Dana Whitfield');
  });

  it('DEL-3: Direct Push-Preview: Get Record starts the flow, Accept dials, Done and Stop ends it', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'direct-push-preview' })] });
    desk.advance(5000);
    expect(desk.interaction).to.equal(null);
    desk.ok(desk.commands.requestRecord('c'));
    expect(desk.store.state.campaigns.byId['c']?.receiving).to.equal(true);
    desk.advance(1000);
    expect(desk.interaction?.phase).to.equal('offered');
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.phase).to.equal('dialing');
    desk.advance(3000);
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.markDone('done-and-stop'));
    expect(desk.store.state.campaigns.byId['c']?.receiving).to.equal(false);
    desk.advance(10_000);
    expect(desk.interaction).to.equal(null);
  });

  it('DEL-4, DISP-3: Progressive: the call is connected on Accept; the contact hangs up; Ready again after Done', async () => {
    const desk = engineDesk({
      campaigns: [campaign({ dialingMode: 'progressive', outcomes: { readyAfterWork: true } })],
      timings: { talkMs: 60_000 },
    });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    expect(desk.interaction?.phase).to.equal('offered');
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.call?.status).to.equal('connected');
    desk.advance(60_000);
    expect(desk.interaction?.call?.ended).to.include({ by: 'contact', reason: 'hang-up' });
    expect(desk.agent?.channels.voice).to.equal('after-call-work');
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.agent?.channels.voice).to.equal('ready');
  });

  it('DEL-4: Predictive configured to reject on timeout sets the agent Not Ready; the record returns to the top', async () => {
    const desk = engineDesk({
      campaigns: [campaign({ dialingMode: 'predictive', policy: { offerTimeoutSeconds: 15, onOfferTimeout: 'reject-and-not-ready' } })],
    });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    desk.advance(15_000);
    expect(desk.store.state.lastClosed?.closed).to.deep.include({ reason: 'timed-out', setNotReady: true });
    expect(desk.agent?.channels.voice).to.equal('not-ready');
    desk.advance(10_000);
    expect(desk.interaction).to.equal(null);

    // Ready again: the returned record comes back first, and this time it is worked to Done.
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    expect(desk.interaction?.record.contactName).to.equal('Dana Whitfield');
    desk.ok(await desk.commands.act({ type: 'accept' }));
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.simulator.appliedOutcomes).to.have.length(1);
  });

  it('DEL-5: ASM: Accept only, an empty record while establishing, filled on connection', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'progressive', policy: { asm: true } })] });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    expect(desk.interaction?.record).to.include({ filled: false, contactName: '' });
    expect((await desk.commands.act({ type: 'reject' })).sent).to.equal(false);
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.call?.status).to.equal('establishing');
    desk.advance(2000);
    expect(desk.interaction?.call?.status).to.equal('connected');
    expect(desk.interaction?.record).to.include({ filled: true, contactName: 'Dana Whitfield' });
    // The call takes the number the dialer used, so a DNC outcome blocks the right line.
    expect(desk.interaction?.call?.number).to.equal('+13125550100');
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.edit({ type: 'set-dnc', value: true }));
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.simulator.doNotCall.has('+13125550100')).to.equal(true);
  });

  it('DEL-6: assured connection: engaging refuses hold with its reason, then the call is handled as usual', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'predictive', policy: { assuredConnection: true } })] });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    desk.ok(await desk.commands.act({ type: 'accept' }));
    expect(desk.interaction?.call?.status).to.equal('engaging');
    expect((await desk.commands.act({ type: 'hold' })).sent).to.equal(false);
    expect(desk.store.state.lastError?.refusal).to.deep.equal({ code: 'engaging', params: { action: 'hold' } });
    expect(desk.store.state.lastError?.message).to.contain('Hold is not available');
    expect(await desk.commands.edit({ type: 'set-call-result', value: 'Answered' })).to.include({ saved: false });
    expect(desk.store.state.lastError?.refusal).to.deep.equal({ code: 'engaging', params: { action: 'set-call-result' } });
    expect(desk.commands.requestLogout().sent).to.equal(true);
    desk.advance(0);
    // The server refuses with the same code, and the kit reads it off the wire.
    expect(desk.store.state.lastError?.refusal).to.deep.equal({ code: 'engaging', params: { action: 'voice-logoff' } });
    expect(desk.store.state.lastError?.message).to.contain('Voice logoff is not available');
    desk.advance(2000);
    expect(desk.interaction?.call?.status).to.equal('connected');
    desk.ok(await desk.commands.act({ type: 'hold' }));
    expect(desk.interaction?.call?.status).to.equal('held');
    desk.ok(await desk.commands.act({ type: 'retrieve' }));
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.edit({ type: 'set-call-result', value: 'Answered' }));
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.simulator.appliedOutcomes.map((outcome) => outcome.callResult)).to.deep.equal(['Answered']);
  });

  it('DEL-7: auto-answer accepts by itself at zero', () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'progressive', policy: { autoAnswerSeconds: 9 } })] });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    expect(desk.interaction?.offer?.autoAnswer).to.equal(true);
    desk.advance(8999);
    expect(desk.interaction?.phase).to.equal('offered');
    desk.advance(1);
    expect(desk.interaction?.phase).to.equal('in-call');
  });

  it('DEL-8: timed auto-dial waits while the agent types a new number, then dials', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview', policy: { autoDialSeconds: 16 } })] });
    desk.ok(desk.commands.requestRecord('c'));
    desk.advance(10_000);
    desk.ok(await desk.commands.act({ type: 'typing-new-number', typing: true }));
    desk.advance(60_000);
    expect(desk.interaction?.phase).to.equal('previewing');
    desk.ok(await desk.commands.act({ type: 'typing-new-number', typing: false }));
    desk.advance(5999);
    expect(desk.interaction?.phase).to.equal('previewing');
    desk.advance(1);
    expect(desk.interaction?.phase).to.equal('dialing');
  });

  it('DNC-1: a number on the DNC list is not dialled and the next number is selected with a message', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })], dncList: ['+13125550100'] });
    desk.ok(desk.commands.requestRecord('c'));
    desk.ok(await desk.commands.act({ type: 'call', target: { numberId: 'home' } }));
    desk.advance(0);
    expect(desk.interaction).to.include({ phase: 'previewing', selectedNumberId: 'mobile' });
    expect(desk.interaction?.dialNotice).to.contain('+13125550100 was not dialled: it is on the Do-Not-Call list.');
    expect(desk.interaction?.dialNotice).to.contain('+13125550101');
    // The same notice as codes, for the elements to word in the agent's language.
    expect(desk.interaction?.dialNoticeDetail).to.deep.equal({
      code: 'on-dnc-list',
      params: { number: '+13125550100' },
      next: { code: 'switched', params: { numberType: 'mobile', number: '+13125550101' } },
    });
  });

  it('DNC-1: with the validation service down and no other number, the record is to be marked Done', async () => {
    const desk = engineDesk({
      campaigns: [campaign({ dialingMode: 'preview', contacts: [{ ...dana, numbers: [dana.numbers[0]] }] })],
      dncServiceAvailable: false,
    });
    desk.ok(desk.commands.requestRecord('c'));
    desk.ok(await desk.commands.act({ type: 'call' }));
    expect(desk.interaction?.dialNotice).to.contain('Mark the record Done');
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.interaction).to.equal(null);
  });

  it('DNC-2: Do Not Call from the disposition panel reaches the back end and blocks the number', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })] });
    desk.ok(desk.commands.requestRecord('c'));
    desk.ok(await desk.commands.act({ type: 'call', target: { numberId: 'mobile' } }));
    desk.advance(3000);
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    desk.ok(await desk.commands.edit({ type: 'set-dnc', value: true }));
    desk.ok(await desk.commands.markDone('done'));
    expect(desk.simulator.appliedOutcomes[0]?.dnc).to.equal(true);
    expect(desk.simulator.doNotCall.has('+13125550101')).to.equal(true);
  });

  it('CB-1, CB-3, PRV-1: a personal callback comes back at its time, marked Personal Callback', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })] });
    await callBackOnMobile(desk, T0 + 2 * HOUR, true);
    desk.ok(await desk.commands.markDone('done'));
    desk.advance(2 * HOUR);
    desk.ok(desk.commands.requestRecord('c'));
    expect(desk.interaction?.record).to.include({ origin: 'personal-callback', contactName: 'Dana Whitfield' });
    expect(desk.interaction?.record.numbers[0]?.id).to.equal('mobile');
  });

  it('CB-4: a callback that slipped into the past is refused at Mark Done with a specific message', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })] });
    await callBackOnMobile(desk, T0 + 60_000, false);
    desk.advance(5 * 60_000);
    expect((await desk.commands.markDone('done')).sent).to.equal(false);
    expect(desk.store.state.lastError?.message).to.contain('in the past');
    const refusal = desk.store.state.lastError?.refusal;
    expect(refusal?.code).to.equal('invalid-callback');
    // The problems, and what each names (the instant that slipped into the past), for the elements to word.
    expect(refusal?.params).to.deep.include({ problems: ['in-the-past'] });
    expect(refusal?.code === 'invalid-callback' ? refusal.params.details?.map((detail) => detail.code === 'in-the-past' && detail.at) : null).to.deep.equal([
      T0 + 60_000,
    ]);
    expect(desk.interaction?.phase).to.equal('wrap-up');
    expect(desk.store.state.drafts[desk.interaction!.id]?.callback).to.not.equal(null);
  });

  it('CALL-3: transfer is refused without a call result, then allowed; afterwards the result is read-only', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview', outcomes: { requireCallResultBeforeTransfer: true } })] });
    await desk.callAnswered();
    expect((await desk.commands.act({ type: 'transfer', target: '2001' })).sent).to.equal(false);
    expect(desk.store.state.lastError?.refusal).to.deep.equal({ code: 'call-result-required', params: { action: 'transfer' } });
    desk.ok(await desk.commands.edit({ type: 'set-call-result', value: 'Answered' }));
    desk.ok(await desk.commands.act({ type: 'transfer', target: '2001' }));
    desk.advance(2000);
    expect(desk.interaction).to.include({ phase: 'wrap-up', readOnly: true });
    expect(await desk.commands.edit({ type: 'set-call-result', value: 'Busy' })).to.include({ saved: false });
  });

  it('AGT-2: logout while Ready is negotiated: pending with a countdown, then authorized', () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })], timings: { logoutNegotiationMs: 8000 } });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.ok(desk.commands.requestLogout());
    expect(desk.agent?.logout).to.deep.equal({ phase: 'pending', countdown: { state: 'running', deadline: T0 + 8000 } });
    desk.advance(8000);
    expect(desk.agent?.logout).to.deep.equal({ phase: 'authorized', at: T0 + 8000 });
  });

  it('CAM-4: logging in to IM takes the agent out of Ready and blocks Ready with the reason', () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'progressive' })] });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.ok(desk.commands.setImLogin(true));
    expect(desk.agent?.channels.voice).to.equal('not-ready');
    expect(desk.commands.setChannelStatus('voice', 'ready').sent).to.equal(false);
    expect(desk.store.state.lastError?.refusal).to.deep.equal({ code: 'im-blocks-outbound', params: { channel: 'voice' } });
  });

  it('runs a shift of hours in milliseconds, the same way every time for one seed', async () => {
    const shift = async (seed: number) => {
      const desk = engineDesk({
        seed,
        odds: { answer: 5, busy: 2, noAnswer: 2, answeringMachine: 1 },
        campaigns: [campaign({ dialingMode: 'preview', contacts: undefined, outcomes: { markDoneOnEndCall: false } })],
        timings: { talkMs: 120_000 },
      });
      const results: string[] = [];
      for (let i = 0; i < 20; i += 1) {
        desk.ok(desk.commands.requestRecord('c'));
        desk.ok(await desk.commands.act({ type: 'call' }));
        desk.advance(3000 + 120_000);
        results.push(desk.interaction?.call?.ended?.reason ?? 'none');
        desk.ok(await desk.commands.markDone('done'));
        desk.advance(5 * 60_000);
      }
      return { results, hours: (desk.clock.now() - T0) / HOUR };
    };
    const first = await shift(42);
    expect(first.hours).to.be.greaterThan(2);
    expect((await shift(42)).results).to.deep.equal(first.results);
    expect(new Set(first.results).size).to.be.greaterThan(1);
  });
});

describe('Engine rules that follow from the outcome schema', () => {
  it('DISP-2: Mark Done on end call closes the record as soon as the call ends', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview', outcomes: { markDoneOnEndCall: true } })] });
    await desk.callAnswered();
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    await Promise.resolve();
    await Promise.resolve();
    desk.advance(0);
    expect(desk.interaction).to.equal(null);
    expect(desk.simulator.appliedOutcomes).to.have.length(1);
  });

  it('DISP-1: a "number uncallable" disposition blocks that number on the contact’s later records', async () => {
    const desk = engineDesk({
      campaigns: [
        campaign({
          dialingMode: 'preview',
          outcomes: { dispositionCodes: [{ id: 'wrong', label: 'Wrong number', effects: ['number-uncallable'] }] },
        }),
      ],
    });
    await callBackOnMobile(desk, T0 + HOUR, false);
    desk.ok(await desk.commands.edit({ type: 'set-dispositions', codeIds: ['wrong'] }));
    desk.ok(await desk.commands.markDone('done'));
    desk.advance(HOUR);
    desk.ok(desk.commands.requestRecord('c'));
    // The call was on the home number; the callback rings the mobile.
    const blocked = desk.interaction?.record.numbers.map((number) => [number.id, number.blocked ?? 'callable']);
    expect(blocked).to.deep.equal([
      ['mobile', 'callable'],
      ['home', 'uncallable'],
    ]);
  });

  it('DISP-1: a "contact uncallable" disposition cancels the callback', async () => {
    const desk = engineDesk({
      campaigns: [
        campaign({
          dialingMode: 'preview',
          contacts: [{ ...campaign({ dialingMode: 'preview' }).contacts![0] }],
          outcomes: { dispositionCodes: [{ id: 'deceased', label: 'Deceased', effects: ['contact-uncallable'] }] },
        }),
      ],
    });
    await callBackOnMobile(desk, T0 + HOUR, false);
    desk.ok(await desk.commands.edit({ type: 'set-dispositions', codeIds: ['deceased'] }));
    desk.ok(await desk.commands.markDone('done'));
    desk.advance(2 * HOUR);
    expect(desk.commands.requestRecord('c').sent).to.equal(true);
    desk.advance(0);
    expect(desk.interaction).to.equal(null);
    expect(desk.store.state.lastError).to.deep.include({
      message: 'Test campaign has no more records to call.',
      refusal: { code: 'list-exhausted', params: { campaign: 'Test campaign' } },
    });
  });

  it('DEL-4: the dialer serves every campaign the agent can take, in turn', async () => {
    const desk = engineDesk({
      campaigns: [campaign({ dialingMode: 'progressive', id: 'a', name: 'A' }), campaign({ dialingMode: 'predictive', id: 'b', name: 'B' })],
    });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    const served: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      desk.advance(1000);
      served.push(desk.interaction?.campaignId ?? '-');
      desk.ok(await desk.commands.act({ type: 'reject' }));
    }
    expect(served).to.deep.equal(['a', 'b', 'a', 'b']);
  });
});

describe('Simulated desk phone (for the CTI phone)', () => {
  it('PH-3: the desk phone rings on a dialer offer, talks, holds, and goes idle saying who hung up', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'progressive' })] });
    const states: string[] = [];
    desk.simulator.events.subscribe((event) => {
      const e = event as { type: string; state?: string; endedBy?: string | null };
      if (e.type === 'desk-phone') states.push(e.endedBy ? `${e.state} (${e.endedBy})` : String(e.state));
    });
    desk.ok(desk.commands.setChannelStatus('voice', 'ready'));
    desk.advance(1000);
    desk.ok(await desk.commands.act({ type: 'accept' }));
    desk.ok(await desk.commands.act({ type: 'hold' }));
    desk.ok(await desk.commands.act({ type: 'retrieve' }));
    desk.ok(await desk.commands.act({ type: 'end-call' }));
    expect(states).to.deep.equal(['ringing', 'talking', 'held', 'talking', 'idle (agent)']);
  });

  it('PH-3: a preview call shows dialing, then talking when the contact answers', async () => {
    const desk = engineDesk({ campaigns: [campaign({ dialingMode: 'preview' })] });
    const states: string[] = [];
    desk.simulator.events.subscribe((event) => {
      const e = event as { type: string; state?: string };
      if (e.type === 'desk-phone') states.push(String(e.state));
    });
    await desk.callAnswered();
    expect(states).to.deep.equal(['dialing', 'talking']);
  });
});

describe('Campaign notices through the store', () => {
  it('CAM-1, CAM-2: catch-up at login, a queued start, Get Record from the notice, closing by itself', () => {
    const desk = engineDesk(
      {
        campaigns: [
          campaign({ dialingMode: 'progressive', id: 'early', name: 'Early bird', status: 'running' }),
          campaign({ dialingMode: 'preview', status: 'loaded' }),
        ],
        schedule: [{ atMs: 60_000, campaignId: 'c', status: 'started' }],
      },
      { startedClosesAfterSeconds: 30 },
    );
    expect(desk.store.state.notices.map((notice) => [notice.campaignName, notice.catchUp])).to.deep.equal([['Early bird', true]]);
    desk.advance(60_000);
    const started = desk.store.state.notices.find((notice) => notice.campaignId === 'c');
    expect(started).to.include({ kind: 'started', offersGetRecord: true, message: 'Campaign Test campaign has started.' });
    expect(desk.store.state.notices).to.have.length(1); // the catch-up notice closed by itself at 30 s
    desk.ok(desk.commands.getRecordFromNotice(started!.id));
    expect(desk.interaction?.phase).to.equal('previewing');
    expect(desk.store.state.notices).to.have.length(0);
  });
});
