import { defaultDeliveryPolicy, defaultOutcomeSchema, type DeliveryPolicy, type OutcomeSchema } from '../../../src/services/domain/campaign/campaign-policy.js';
import type { DialingMode } from '../../../src/services/domain/campaign/campaign.js';
import { deliverInteraction, step, type Interaction, type InteractionInput, type StepContext } from '../../../src/services/domain/interaction/interaction.js';
import { emptyOutcomeDraft, type OutcomeDraft } from '../../../src/services/domain/interaction/outcome.js';
import type { OutboundRecord } from '../../../src/services/domain/campaign/record.js';

export const T0 = Date.UTC(2026, 10, 2, 15, 0, 0);

export const record: OutboundRecord = {
  id: 'rec-1',
  campaignId: 'camp',
  chainId: 'chain-1',
  contactName: 'Dana Whitfield',
  timeZone: 'America/Chicago',
  origin: 'campaign',
  caseFields: [{ label: 'Balance', value: '$412.20' }],
  fields: [
    { key: 'consent', label: 'Consent given', type: 'boolean', value: false, editable: true },
    { key: 'plan', label: 'Payment plan', type: 'choice', value: null, editable: true, options: ['Monthly', 'Weekly'] },
    { key: 'account', label: 'Account', type: 'text', value: 'A-1', editable: false },
  ],
  numbers: [
    { id: 'n-dnc', e164: '+13125550100', type: 'home', blocked: 'dnc' },
    { id: 'n-mobile', e164: '+13125550101', type: 'mobile', window: { from: '08:00', till: '20:00' } },
    { id: 'n-work', e164: '+13125550102', type: 'work' },
  ],
  filled: true,
};

export function deliver(
  mode: DialingMode,
  policy: Partial<DeliveryPolicy> = {},
  schema: Partial<OutcomeSchema> = {},
): Interaction {
  return deliverInteraction(
    {
      id: 'int-1',
      campaignId: 'camp',
      mode,
      record,
      policy: { ...defaultDeliveryPolicy, ...policy },
      schema: { ...defaultOutcomeSchema, ...schema },
    },
    T0,
  );
}

let callIds = 0;
export function context(now = T0, draft: OutcomeDraft = emptyOutcomeDraft, callbackProblem: StepContext['callbackProblem'] = null): StepContext {
  return { now, draft, callbackProblem, newCallId: () => `call-${++callIds}` };
}

/** Runs inputs in order; every one must be accepted. */
export function run(interaction: Interaction, inputs: readonly InteractionInput[], ctx: StepContext = context()): Interaction {
  return inputs.reduce((current, input) => {
    const result = step(current, input, ctx);
    if (!result.ok) throw new Error(`${input.type} refused: ${result.refusal.message}`);
    return result.interaction;
  }, interaction);
}

/** The refusal an input meets; fails the test if it is accepted. */
export function refusalOf(interaction: Interaction, input: InteractionInput, ctx: StepContext = context()) {
  const result = step(interaction, input, ctx);
  if (result.ok) throw new Error(`${input.type} was accepted in phase ${interaction.phase}`);
  return result.refusal;
}
