import { expect } from '@open-wc/testing';
import {
  afterCallWork,
  authorizeLogout,
  cancelLogout,
  channelActivity,
  completeLogout,
  initialAgentState,
  mayReceive,
  requestLogout,
  setChannelStatus,
  setImLogin,
  workDone,
  type AgentState,
} from '../../../../src/services/domain/agent/agent.js';
import { emptyOutcomeDraft } from '../../../../src/services/domain/interaction/outcome.js';
import { markDoneOnEndDue } from '../../../../src/services/domain/interaction/auto-done.js';
import { editDraft, toOutcome, type DraftEdit } from '../../../../src/services/domain/interaction/wrap-up.js';
import type { Interaction } from '../../../../src/services/domain/interaction/interaction.js';
import { deliver, run } from '../engine-fixtures.js';

const schemaWithDnc = {
  dispositionCodes: [
    { id: 'sale', label: 'Sale' },
    { id: 'complaint', label: 'Complaint', children: [{ id: 'remove', label: 'Remove me', effects: ['dnc' as const] }] },
  ],
};

function edit(interaction: Interaction, edits: readonly DraftEdit[]) {
  return edits.reduce((draft, change) => {
    const result = editDraft(interaction, draft, change);
    if (!result.ok) throw new Error(result.refusal.message);
    return result.draft;
  }, emptyOutcomeDraft);
}

describe('Wrap-up', () => {
  const wrapUp = (schema = {}) =>
    run(deliver('preview', {}, schema), [{ type: 'call' }, { type: 'call-ended', by: 'contact', reason: 'hang-up' }]);

  it('DISP-1, CALL-4: call result, disposition codes (nested), DNC and note are recorded', () => {
    const interaction = wrapUp(schemaWithDnc);
    const draft = edit(interaction, [
      { type: 'set-call-result', value: 'Answered' },
      { type: 'set-dispositions', codeIds: ['sale'] },
      { type: 'set-note', note: 'Agreed to a monthly plan.' },
    ]);
    expect(draft).to.include({ callResult: 'Answered', note: 'Agreed to a monthly plan.', dnc: false });
    const unknown = editDraft(interaction, draft, { type: 'set-dispositions', codeIds: ['nope'] });
    expect(unknown.ok || { code: unknown.refusal.code, params: unknown.refusal.params }).to.deep.equal({
      code: 'unknown-disposition',
      params: { disposition: 'nope' },
    });
    const badResult = editDraft(interaction, draft, { type: 'set-call-result', value: 'Sold' });
    expect(badResult.ok).to.equal(false);
  });

  it('DISP-1: a DNC choice is never undone by a later disposition, only by the agent', () => {
    const interaction = wrapUp(schemaWithDnc);
    const viaCode = edit(interaction, [{ type: 'set-dispositions', codeIds: ['remove'] }]);
    expect(viaCode.dnc).to.equal(true);
    const later = edit(interaction, [
      { type: 'set-dnc', value: true },
      { type: 'set-dispositions', codeIds: ['sale'] },
    ]);
    expect(later.dnc).to.equal(true);
    const cleared = editDraft(interaction, later, { type: 'set-dnc', value: false });
    expect(cleared.ok && cleared.draft.dnc).to.equal(false);
  });

  it('DISP-2: Mark Done happens by itself on disposition or on end call, when configured', () => {
    const onDisposition = wrapUp({ markDoneOnDisposition: true });
    const result = editDraft(onDisposition, emptyOutcomeDraft, { type: 'set-dispositions', codeIds: ['accepted'] });
    expect(result.ok && result.markDoneNow).to.equal(true);
    const midCall = run(deliver('preview', {}, { markDoneOnDisposition: true }), [{ type: 'call' }]);
    const notYet = editDraft(midCall, emptyOutcomeDraft, { type: 'set-dispositions', codeIds: ['accepted'] });
    expect(notYet.ok && notYet.markDoneNow).to.equal(false);
    expect(markDoneOnEndDue(wrapUp({ markDoneOnEndCall: true }))).to.equal(true);
    expect(markDoneOnEndDue(wrapUp())).to.equal(false);
  });

  it('PRV-2: editable record fields accept values of their type; read-only fields refuse', () => {
    const interaction = wrapUp();
    const draft = edit(interaction, [
      { type: 'edit-field', key: 'consent', value: true },
      { type: 'edit-field', key: 'plan', value: 'Weekly' },
    ]);
    expect(draft.fieldEdits).to.deep.equal({ consent: true, plan: 'Weekly' });
    const refusals = [
      { type: 'edit-field', key: 'account', value: 'A-2' },
      { type: 'edit-field', key: 'plan', value: 'Yearly' },
      { type: 'edit-field', key: 'consent', value: 'yes' },
      { type: 'edit-field', key: 'missing', value: 'x' },
    ] as const;
    const reasons = refusals.map((change) => {
      const result = editDraft(interaction, draft, change);
      return result.ok ? 'accepted' : { code: result.refusal.code, params: result.refusal.params };
    });
    expect(reasons).to.deep.equal([
      { code: 'field-not-editable', params: { field: 'Account' } },
      { code: 'field-needs-choice', params: { field: 'Payment plan', options: ['Monthly', 'Weekly'] } },
      { code: 'field-needs', params: { field: 'Consent given', expected: 'yes-or-no' } },
      { code: 'unknown-field', params: { key: 'missing' } },
    ]);
  });

  it('CALL-3: after a transfer the call result and record fields are read-only, the note is not', () => {
    const transferred = run(deliver('preview'), [
      { type: 'call' },
      { type: 'call-progress', status: 'connected' },
      { type: 'transfer-completed' },
    ]);
    const result = editDraft(transferred, emptyOutcomeDraft, { type: 'set-call-result', value: 'Answered' });
    expect(result.ok || result.refusal).to.deep.include({ code: 'read-only-after-transfer', params: { what: 'call-result' } });
    const field = editDraft(transferred, emptyOutcomeDraft, { type: 'edit-field', key: 'consent', value: true });
    expect(field.ok || field.refusal).to.deep.include({ code: 'read-only-after-transfer', params: { what: 'record-fields' } });
    expect(editDraft(transferred, emptyOutcomeDraft, { type: 'set-note', note: 'Passed to billing.' }).ok).to.equal(true);
  });

  it('DEL-6: while engaging, setting the call result and rescheduling are refused with the reason', () => {
    const engaging = run(deliver('predictive', { assuredConnection: true }), [{ type: 'accept' }]);
    const result = editDraft(engaging, emptyOutcomeDraft, { type: 'set-call-result', value: 'Answered' });
    expect(result.ok || result.refusal).to.deep.include({ code: 'engaging', params: { action: 'set-call-result' } });
    const callback = editDraft(engaging, emptyOutcomeDraft, {
      type: 'set-callback',
      callback: { at: 0, personal: false, target: { kind: 'record-number', numberId: 'n-work' } },
    });
    expect(callback.ok || callback.refusal).to.deep.include({ code: 'engaging', params: { action: 'reschedule' } });
  });

  it('CB-3: a callback can be set before dialing where the campaign allows it', () => {
    const callback = { at: 1, personal: true, target: { kind: 'record-number', numberId: 'n-work' } } as const;
    expect(editDraft(deliver('preview'), emptyOutcomeDraft, { type: 'set-callback', callback }).ok).to.equal(true);
    const refused = editDraft(deliver('preview', { allowRescheduleBeforeDial: false }), emptyOutcomeDraft, {
      type: 'set-callback',
      callback,
    });
    expect(refused.ok).to.equal(false);
  });

  it('the outcome carries the draft and what it belongs to', () => {
    const interaction = wrapUp();
    const outcome = toOutcome(interaction, { ...emptyOutcomeDraft, note: 'n' }, 'done-and-stop');
    expect(outcome).to.include({ interactionId: 'int-1', recordId: 'rec-1', campaignId: 'camp', close: 'done-and-stop', note: 'n' });
  });
});

describe('Agent channels and logout', () => {
  const ready = (agent: AgentState, channel: 'voice' | 'outbound-preview') => {
    const result = setChannelStatus(agent, channel, 'ready');
    if (!result.ok) throw new Error(result.refusal.message);
    return result.agent;
  };

  it('AGT-1, CAM-4: each channel has its own Ready / Not Ready; records arrive by mode', () => {
    const voiceReady = ready(initialAgentState, 'voice');
    expect(voiceReady.channels).to.deep.equal({ voice: 'ready', 'outbound-preview': 'not-ready' });
    expect(mayReceive(voiceReady, 'predictive')).to.equal(true);
    expect(mayReceive(voiceReady, 'push-preview')).to.equal(false);
    expect(mayReceive(ready(voiceReady, 'outbound-preview'), 'push-preview')).to.equal(true);
    expect(mayReceive(initialAgentState, 'direct-push-preview')).to.equal(true);
    expect(mayReceive(initialAgentState, 'progressive')).to.equal(false);
  });

  it('CAM-4: instant messaging blocks outbound work with a clear reason', () => {
    const im = setImLogin(ready(initialAgentState, 'voice'), true);
    expect(im.channels.voice).to.equal('not-ready');
    const refused = setChannelStatus(im, 'outbound-preview', 'ready');
    expect(refused.ok || refused.refusal).to.deep.include({ code: 'im-blocks-outbound', params: { channel: 'outbound-preview' } });
    expect(mayReceive(im, 'direct-push-preview')).to.equal(false);
    expect(setChannelStatus(setImLogin(im, false), 'voice', 'ready').ok).to.equal(true);
  });

  it('DISP-3: after-call work, then Ready by itself only when configured', () => {
    const acw = afterCallWork(ready(initialAgentState, 'voice'));
    expect(acw.channels.voice).to.equal('after-call-work');
    expect(workDone(acw, true).channels.voice).to.equal('ready');
    expect(workDone(acw, false).channels.voice).to.equal('after-call-work');
  });

  it('AGT-2: logout is immediate when idle, counts down while reserved, and is refused mid-call', () => {
    const base = { now: 1000, busy: false, engaging: false, reservedForMs: 0 };
    const idle = requestLogout(initialAgentState, base);
    expect(idle.ok && idle.agent.logout).to.deep.equal({ phase: 'authorized', at: 1000 });
    const reserved = requestLogout(initialAgentState, { ...base, reservedForMs: 8000 });
    expect(reserved.ok && reserved.agent.logout).to.deep.equal({ phase: 'pending', countdown: { state: 'running', deadline: 9000 } });
    if (reserved.ok) {
      expect(mayReceive(reserved.agent, 'preview')).to.equal(false);
      expect(authorizeLogout(reserved.agent, 9000).logout).to.deep.equal({ phase: 'authorized', at: 9000 });
    }
    const busy = requestLogout(initialAgentState, { ...base, busy: true });
    expect(busy.ok || busy.refusal.code).to.equal('logout-during-interaction');
    const engaging = requestLogout(initialAgentState, { ...base, engaging: true });
    expect(engaging.ok || engaging.refusal.code).to.equal('engaging');
  });

  it('AGT-2, issue 12 #2: an authorized logout is completed by the agent; completing before authorization is refused', () => {
    const base = { now: 1000, busy: false, engaging: false, reservedForMs: 8000 };
    const pending = requestLogout(ready(initialAgentState, 'voice'), base);
    if (!pending.ok) throw new Error(pending.refusal.message);
    const early = completeLogout(pending.agent, 2000);
    expect(early.ok || [early.refusal.code, early.refusal.message]).to.deep.equal([
      'logout-not-authorized',
      'The server has not authorized your logout yet: a call may still be on its way to you.',
    ]);
    const none = completeLogout(initialAgentState, 2000);
    expect(none.ok || none.refusal.code).to.equal('logout-not-requested');
    const done = completeLogout(authorizeLogout(pending.agent, 9000), 9500);
    expect(done.ok && done.agent.logout).to.deep.equal({ phase: 'logged-out', at: 9500 });
    expect(done.ok && done.agent.channels).to.deep.equal({ voice: 'not-ready', 'outbound-preview': 'not-ready' });
    if (done.ok) expect(mayReceive(done.agent, 'direct-push-preview')).to.equal(false);
  });

  it('AGT-2, issue 12 #2: a pending or authorized logout can be cancelled, and records can come again', () => {
    const base = { now: 1000, busy: false, engaging: false, reservedForMs: 8000 };
    const pending = requestLogout(ready(initialAgentState, 'voice'), base);
    if (!pending.ok) throw new Error(pending.refusal.message);
    const cancelled = cancelLogout(pending.agent);
    expect(cancelled.ok && cancelled.agent.logout).to.deep.equal({ phase: 'none' });
    expect(cancelled.ok && mayReceive(cancelled.agent, 'progressive')).to.equal(true);
    const afterAuthorization = cancelLogout(authorizeLogout(pending.agent, 9000));
    expect(afterAuthorization.ok && afterAuthorization.agent.logout).to.deep.equal({ phase: 'none' });
    const nothingToCancel = cancelLogout(initialAgentState);
    expect(nothingToCancel.ok || nothingToCancel.refusal.code).to.equal('logout-not-requested');
  });

  it('AGT-1, issue 12 #11: during a live call the voice channel is on a call, whatever Ready says; after it, the server’s status', () => {
    const voiceReady = ready(initialAgentState, 'voice');
    expect(channelActivity(voiceReady, 'voice', { status: 'dialing' })).to.equal('on-call');
    expect(channelActivity(voiceReady, 'voice', { status: 'connected' })).to.equal('on-call');
    expect(channelActivity(voiceReady, 'voice', { status: 'held' })).to.equal('on-call');
    expect(channelActivity(voiceReady, 'outbound-preview', { status: 'connected' })).to.equal('not-ready');
    expect(channelActivity(voiceReady, 'voice', { status: 'ended' })).to.equal('ready');
    expect(channelActivity(afterCallWork(voiceReady), 'voice', { status: 'ended' })).to.equal('after-call-work');
    expect(channelActivity(voiceReady, 'voice', null)).to.equal('ready');
  });
});
