import { expect } from '@open-wc/testing';
import { parseBackendEvent } from '../../../../src/services/ports/backend/event-schema.js';

describe('Back-end event validation', () => {
  it('accepts a well-formed event and fills optional fields', () => {
    const result = parseBackendEvent({
      type: 'campaign-status-changed',
      message: 'Started.',
      campaign: { id: 'a', name: 'A', status: 'running', dialingMode: 'preview' },
    });
    expect(result.ok).to.equal(true);
    if (result.ok && result.event.type === 'campaign-status-changed') {
      expect(result.event.campaign.description).to.equal('');
      expect(result.event.campaign.receiving).to.equal(false);
    }
  });

  it('names the offending field of a malformed event in a sentence for the agent', () => {
    const result = parseBackendEvent({
      type: 'campaign-status-changed',
      message: 'x',
      campaign: { id: 'a', name: 'A', status: 'paused', dialingMode: 'preview' },
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.code).to.equal('malformed-event');
      expect(result.error.field).to.equal('campaign.status');
      expect(result.error.message).to.contain('"campaign-status-changed" event');
      expect(result.error.message).to.contain('campaign.status');
      expect(result.error.message).to.contain('"paused"');
      expect(result.error.message).to.contain('last good state');
    }
  });

  it('EMB-4, issue 12 #8: a refusal may carry its code’s params (text or lists of text); anything else there is malformed', () => {
    const refusal = {
      type: 'command-rejected',
      commandId: 'c1',
      code: 'list-exhausted',
      params: { campaign: 'Win-back Q4' },
      message: 'Win-back Q4 has no more records to call.',
    };
    const parsed = parseBackendEvent(refusal);
    expect(parsed.ok && parsed.event).to.deep.equal({ ...refusal, retryable: false });
    const withoutParams = parseBackendEvent({ ...refusal, params: undefined });
    expect(withoutParams.ok).to.equal(true);
    const bad = parseBackendEvent({ ...refusal, params: { campaign: 7 } });
    expect(bad.ok || bad.error).to.deep.include({ code: 'malformed-event', field: 'params.campaign' });
  });

  it('rejects unknown event types, non-objects and empty ids', () => {
    for (const raw of [{ type: 'teleport' }, 'campaigns', null, 42, { type: 'command-accepted', commandId: '' }]) {
      const result = parseBackendEvent(raw);
      expect(result.ok, JSON.stringify(raw)).to.equal(false);
    }
  });

  it('reports the index of a bad campaign inside a snapshot', () => {
    const result = parseBackendEvent({
      type: 'campaigns-snapshot',
      campaigns: [
        { id: 'a', name: 'A', status: 'running', dialingMode: 'preview' },
        { id: 'b', name: 'B', status: 'running', dialingMode: 'robocall' },
      ],
    });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.error.field).to.equal('campaigns.1.dialingMode');
  });
});

describe('Back-end event validation of records', () => {
  it('refuses a record whose time zone the runtime does not know, naming the field', async () => {
    const { EmbeddedSimulator } = await import('../../../../src/services/backend/simulator/embedded-simulator.js');
    const { ManualClock } = await import('../../../../src/services/ports/clock.js');
    const clock = new ManualClock();
    const simulator = new EmbeddedSimulator(
      { campaigns: [{ id: 'c', name: 'C', dialingMode: 'preview', status: 'running', contacts: [{ id: 'x', name: 'X', timeZone: 'Mars/Olympus', numbers: [] }] }] },
      { clock },
    );
    const events: unknown[] = [];
    simulator.events.subscribe((event) => events.push(event));
    simulator.send({ type: 'login', commandId: 'l', agentId: 'a' });
    simulator.send({ type: 'get-record', commandId: 'g', campaignId: 'c' });
    clock.advance(0);
    const delivered = events.find((event) => (event as { type: string }).type === 'interaction-updated');
    const result = parseBackendEvent(delivered);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.error.field).to.equal('interaction.record.timeZone');
      expect(result.error.message).to.contain('an IANA time zone name');
    }
  });
});
