import { expect } from '@open-wc/testing';
import type { CampaignData } from '../../../src/services/ports/backend/contract.js';
import { deliveryModeOf, isListedInMyCampaigns } from '../../../src/services/domain/campaign/campaign.js';
import { campaignOffer } from '../../../src/services/domain/campaign/record-delivery.js';
import type { KitAction } from '../../../src/services/state/actions.js';
import { kitReducer } from '../../../src/services/state/reducer.js';
import { selectBusyCampaignIds, selectMyCampaigns } from '../../../src/services/state/selectors.js';
import { initialKitState, type KitState } from '../../../src/services/state/state.js';

const campaign = (id: string, over: Partial<CampaignData> = {}): CampaignData => ({
  id,
  name: `Campaign ${id}`,
  description: '',
  status: 'running',
  dialingMode: 'preview',
  receiving: false,
  ...over,
});

const run = (actions: KitAction[], from: KitState = initialKitState) => actions.reduce(kitReducer, from);
const event = (e: Extract<KitAction, { type: 'backend/event' }>['event']): KitAction => ({
  type: 'backend/event',
  event: e,
  at: 0,
});

describe('Campaign rules and reducer', () => {
  it('CAM-3: My Campaigns lists active (started) and running campaigns only', () => {
    const statuses = ['loaded', 'started', 'running', 'stopped'] as const;
    const state = run([
      event({ type: 'campaigns-snapshot', campaigns: statuses.map((status) => campaign(status, { status })) }),
    ]);
    expect(selectMyCampaigns(state).map((c) => c.id)).to.deep.equal(['started', 'running']);
    expect(state.session.phase).to.equal('ready');
  });

  it('CAM-3: delivery mode is Manual for Preview and Automatic for every other dialing mode', () => {
    expect(deliveryModeOf('preview')).to.equal('manual');
    for (const mode of ['push-preview', 'direct-push-preview', 'progressive', 'predictive'] as const) {
      expect(deliveryModeOf(mode)).to.equal('automatic');
    }
  });

  it('CAM-3: the Direct Push-Preview action toggles between Get Record and Stop', () => {
    const dpp = { ...campaign('d', { dialingMode: 'direct-push-preview' }) };
    expect(campaignOffer(dpp)).to.deep.equal({ kind: 'get-record' });
    expect(campaignOffer({ ...dpp, receiving: true })).to.deep.equal({ kind: 'stop' });
    expect(campaignOffer({ ...campaign('p'), receiving: true })).to.deep.equal({ kind: 'get-record' });
  });

  it('CAM-3: an unloaded campaign leaves the model entirely; a later status change adds it back at the end', () => {
    const loaded = run([event({ type: 'campaigns-snapshot', campaigns: [campaign('a'), campaign('b')] })]);
    const unloaded = run(
      [event({ type: 'campaign-status-changed', campaign: campaign('a', { status: 'unloaded' }), message: '' })],
      loaded,
    );
    expect(unloaded.campaigns.byId).to.not.have.property('a');
    expect(unloaded.campaigns.order).to.deep.equal(['b']);
    const back = run([event({ type: 'campaign-status-changed', campaign: campaign('a'), message: '' })], unloaded);
    expect(back.campaigns.order).to.deep.equal(['b', 'a']);
  });

  it('CAM-1: campaigns already running at login arrive in the snapshot (catch-up)', () => {
    const state = run([
      { type: 'session/signing-in', agentId: 'agent-7' },
      event({ type: 'campaigns-snapshot', campaigns: [campaign('early', { status: 'running' })] }),
    ]);
    expect(isListedInMyCampaigns(state.campaigns.byId['early'])).to.equal(true);
  });

  it('keeps the list identical (same array) when an unrelated part of the state changes', () => {
    const state = run([event({ type: 'campaigns-snapshot', campaigns: [campaign('a')] })]);
    const before = selectMyCampaigns(state);
    const unrelated: KitAction = {
      type: 'kit/error',
      error: { code: 'backend-unavailable', message: 'Lost.', retryable: true },
    };
    const after = selectMyCampaigns(run([unrelated], state));
    expect(after).to.equal(before);
  });

  it('a new request clears the last error: what is shown belongs to the latest action', () => {
    const failed = run([{ type: 'kit/error', error: { code: 'command-rejected', message: 'No.', retryable: false } }]);
    expect(failed.lastError?.message).to.equal('No.');
    const next = run([{ type: 'command/sent', command: { type: 'get-record', commandId: 'c2', campaignId: 'a' } }], failed);
    expect(next.lastError).to.equal(null);
  });

  it('EMB-4, issue 12 #8: a server refusal with a known code and well-formed params is read as that refusal; otherwise its message stays as sent', () => {
    const rejected = (code: string, params?: Record<string, string | string[]>) =>
      run([event({ type: 'command-rejected', commandId: 'c1', code, message: 'As sent.', retryable: false, ...(params ? { params } : {}) })]).lastError;
    expect(rejected('list-exhausted', { campaign: 'Win-back Q4' })).to.deep.equal({
      code: 'command-rejected',
      message: 'As sent.',
      retryable: false,
      commandId: 'c1',
      refusal: { code: 'list-exhausted', params: { campaign: 'Win-back Q4' } },
    });
    expect(rejected('engaging', { action: 'hold' })?.refusal).to.deep.equal({ code: 'engaging', params: { action: 'hold' } });
    // Unknown code, a missing or mistyped param, a value outside the code's choices, no params at all.
    expect(rejected('busy', {})?.refusal).to.equal(undefined);
    expect(rejected('list-exhausted', {})?.refusal).to.equal(undefined);
    expect(rejected('list-exhausted', { campaign: ['A'] })?.refusal).to.equal(undefined);
    expect(rejected('engaging', { action: 'dance' })?.refusal).to.equal(undefined);
    expect(rejected('invalid-callback', { problems: ['in-the-past', 'late'] })?.refusal).to.equal(undefined);
    expect(rejected('no-call')?.refusal).to.equal(undefined);
    expect(rejected('no-call')?.message).to.equal('As sent.');
  });

  it('tracks pending commands per campaign until the server answers', () => {
    const sent = run([
      event({ type: 'campaigns-snapshot', campaigns: [campaign('a')] }),
      { type: 'command/sent', command: { type: 'get-record', commandId: 'c1', campaignId: 'a' } },
    ]);
    expect([...selectBusyCampaignIds(sent)]).to.deep.equal(['a']);
    const rejected = run(
      [event({ type: 'command-rejected', commandId: 'c1', code: 'x', message: 'No records left.', retryable: false })],
      sent,
    );
    expect(selectBusyCampaignIds(rejected).size).to.equal(0);
    expect(rejected.lastError).to.include({ code: 'command-rejected', message: 'No records left.', commandId: 'c1' });
  });
});

describe('Session', () => {
  it('a refused login ends the loading state', () => {
    const signingIn = run([
      { type: 'session/signing-in', agentId: 'a' },
      { type: 'command/sent', command: { type: 'login', commandId: 'l1', agentId: 'a' } },
    ]);
    const refused = run(
      [event({ type: 'command-rejected', commandId: 'l1', code: 'unknown-agent', message: 'Unknown agent.', retryable: false })],
      signingIn,
    );
    expect(refused.session.phase).to.equal('signed-out');
    expect(refused.lastError?.message).to.equal('Unknown agent.');
  });

  it('EMB-1: selectors keep their results per kit, so two stores do not evict each other', () => {
    const a = run([event({ type: 'campaigns-snapshot', campaigns: [campaign('a')] })]);
    const b = run([event({ type: 'campaigns-snapshot', campaigns: [campaign('b')] })]);
    const first = selectMyCampaigns(a);
    selectMyCampaigns(b);
    expect(selectMyCampaigns(a)).to.equal(first);
  });
});
