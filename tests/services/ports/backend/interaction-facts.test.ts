import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as v from 'valibot';
import { DIALING_MODES, type DialingMode } from '../../../../src/services/domain/campaign/campaign.js';
import type { DeliveryPolicy } from '../../../../src/services/domain/campaign/campaign-policy.js';
import type { AgentAction, Interaction } from '../../../../src/services/domain/interaction/interaction.js';
import {
  applyInteractionFact,
  interactionFactSchema,
  interactionFacts,
} from '../../../../src/services/ports/backend/interaction-facts.js';
import { campaign, dana, engineDesk } from '../../../support/engine-desk.js';

type Step =
  | { readonly kind: 'get-record' }
  | { readonly kind: 'act'; readonly action: Exclude<AgentAction, { type: 'mark-done' }> }
  | { readonly kind: 'done'; readonly close: 'done' | 'done-and-stop' }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'pick-up' };

const actions: Exclude<AgentAction, { type: 'mark-done' }>[] = [
  { type: 'accept' },
  { type: 'reject' },
  { type: 'extend-time' },
  { type: 'select-number', numberId: 'home' },
  { type: 'select-number', numberId: 'mobile' },
  { type: 'typing-new-number', typing: true },
  { type: 'typing-new-number', typing: false },
  { type: 'select-caller-id', callerId: '+13125550199' },
  { type: 'call' },
  { type: 'call', target: { e164: '+13125550142', numberType: 'other' } },
  { type: 'decline', scope: 'later' },
  { type: 'hold' },
  { type: 'retrieve' },
  { type: 'end-call' },
  { type: 'transfer', target: '+13125550177' },
];

// Weighted so that a shift gets somewhere: records are fetched, accepted and called more often than refused.
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Step>({ kind: 'get-record' }) },
  { weight: 3, arbitrary: fc.constantFrom<Step>({ kind: 'act', action: { type: 'accept' } }, { kind: 'act', action: { type: 'call' } }) },
  { weight: 4, arbitrary: fc.constantFrom(...actions).map<Step>((action) => ({ kind: 'act', action })) },
  { weight: 2, arbitrary: fc.constantFrom<'done' | 'done-and-stop'>('done', 'done-and-stop').map<Step>((close) => ({ kind: 'done', close })) },
  { weight: 3, arbitrary: fc.constantFrom(0, 400, 2500, 6000, 31_000).map<Step>((ms) => ({ kind: 'wait', ms })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'pick-up' }) },
);

const policies: fc.Arbitrary<Partial<DeliveryPolicy>> = fc.record({
  asm: fc.boolean(),
  assuredConnection: fc.boolean(),
  offerTimeoutSeconds: fc.constantFrom(null, 5, 30),
  autoAnswerSeconds: fc.constantFrom(null, 3),
  autoDialSeconds: fc.constantFrom(null, 4),
  extendSeconds: fc.constantFrom(null, 10),
  manualDialOnly: fc.boolean(),
  allowOtherNumber: fc.constant(true),
  callerIds: fc.constant(['+13125550198', '+13125550199']),
});

/** Checks one change of an interaction as its facts carry it, and returns what the desk now holds. */
function checkChange(before: Interaction | undefined, after: Interaction): void {
  const facts = interactionFacts(before ?? null, after);
  let held = before;
  for (const fact of facts) {
    // What travels is JSON, read back through the fact's schema, as a desk reads it.
    const parsed = v.safeParse(interactionFactSchema, JSON.parse(JSON.stringify(fact)));
    if (!parsed.success) throw new Error(`${fact.type} does not pass its schema: ${v.getDotPath(parsed.issues[0]) ?? ''} ${parsed.issues[0].message}`);
    const reading = applyInteractionFact(held, parsed.output);
    if (!reading.ok) throw new Error(reading.message);
    held = reading.interaction;
  }
  expect(JSON.parse(JSON.stringify(held ?? null))).to.deep.equal(JSON.parse(JSON.stringify(after)), `facts ${facts.map((fact) => fact.type).join(', ')}`);
}

describe('Interaction facts: what a server sends for an interaction (docs/protocol/)', () => {
  it('BE-5: every change the simulator makes, in every dialing mode, folds back from its facts exactly; so does each state sent whole', async () => {
    let changes = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<DialingMode>(...DIALING_MODES),
        policies,
        fc.boolean(),
        fc.array(step, { minLength: 4, maxLength: 24 }),
        async (dialingMode, policy, onDnc, steps) => {
          const desk = engineDesk({
            campaigns: [campaign({ dialingMode, policy })],
            dncList: onDnc ? [dana.numbers[0].e164, '+13125550142'] : [],
            timings: { talkMs: 20_000 },
          });
          const held = new Map<string, Interaction>();
          const subscription = desk.simulator.events.subscribe((event) => {
            const update = event as { type?: string; interaction?: Interaction };
            if (update.type !== 'interaction-updated' || !update.interaction) return;
            const after = update.interaction;
            checkChange(held.get(after.id), after);
            // A desk that connects now gets the state whole.
            checkChange(undefined, after);
            for (const fact of interactionFacts(held.get(after.id) ?? null, after)) seen.add(fact.type);
            held.set(after.id, after);
            changes += 1;
          });
          try {
            desk.commands.login('agent-7');
            desk.advance(0);
            // Ready on both channels, so pushed records arrive as well as pulled ones.
            desk.commands.setChannelStatus('voice', 'ready');
            desk.commands.setChannelStatus('outbound-preview', 'ready');
            desk.advance(0);
            for (const next of steps) {
              if (next.kind === 'get-record') desk.commands.requestRecord('c');
              else if (next.kind === 'act') await desk.commands.act(next.action);
              else if (next.kind === 'done') await desk.commands.markDone(next.close);
              else if (next.kind === 'pick-up') desk.simulator.contactPicksUp();
              else desk.advance(next.ms);
              desk.advance(0);
            }
          } finally {
            subscription.unsubscribe();
            desk.session.dispose();
            desk.simulator.dispose();
          }
        },
      ),
      { numRuns: 200, seed: 14 },
    );
    // The property must have met every kind of fact, or it proved less than it says.
    expect([...seen].sort()).to.deep.equal(['call-progress', 'dial-plan', 'dial-refused', 'record-closed', 'record-filled', 'record-offered']);
    expect(changes).to.be.greaterThan(500);
  });
});
