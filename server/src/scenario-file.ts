/**
 * Campaigns and calling lists from a JSON file given at start (`--scenario`, SCENARIO_FILE): the
 * simulator's scenario format, read with a schema so a bad file is refused with the field named,
 * before the server takes any connection. `scenarios/demo.json` is the demo's.
 */
import { readFile } from 'node:fs/promises';
import * as v from 'valibot';
import { CAMPAIGN_STATUSES, DIALING_MODES } from '../../src/services/domain/campaign/campaign.js';
import { isValidTimeZone } from '../../src/services/domain/callback/zone-name.js';
import type { SimulatorScenario } from '../../src/services/backend/simulator/scenario.js';
import { outcomeSchemaSchema, phoneNumberSchema, policySchema, recordFieldSchema } from '../../src/services/ports/backend/engine-schema.js';

const text = v.pipe(v.string(), v.nonEmpty());
const duration = v.pipe(v.number(), v.integer(), v.minValue(0));
const odds = v.partial(v.object({ answer: v.number(), busy: v.number(), noAnswer: v.number(), answeringMachine: v.number() }));

const contact = v.object({
  id: text,
  name: text,
  timeZone: v.pipe(text, v.check(isValidTimeZone, 'an IANA time zone name, e.g. America/Chicago')),
  numbers: v.array(phoneNumberSchema),
  caseFields: v.optional(v.array(v.object({ label: v.string(), value: v.string() }))),
  fields: v.optional(v.array(recordFieldSchema)),
  odds: v.optional(odds),
});

const campaign = v.object({
  id: text,
  name: text,
  description: v.optional(v.string()),
  dialingMode: v.picklist(DIALING_MODES),
  status: v.picklist(CAMPAIGN_STATUSES),
  members: v.optional(v.array(text)),
  policy: v.optional(v.partial(policySchema)),
  outcomes: v.optional(v.partial(outcomeSchemaSchema)),
  contacts: v.optional(v.array(contact)),
});

const scenarioSchema = v.object({
  campaigns: v.pipe(v.array(campaign), v.minLength(1, 'at least one campaign')),
  schedule: v.optional(v.array(v.union([v.object({ atMs: duration, campaignId: text, status: v.picklist(CAMPAIGN_STATUSES) }), v.object({ atMs: duration, rawEvent: v.unknown() })]))),
  latencyMs: v.optional(duration),
  seed: v.optional(v.number()),
  odds: v.optional(odds),
  timings: v.optional(
    v.partial(v.object({ ringMs: duration, talkMs: v.nullable(duration), connectMs: duration, pacingMs: duration, logoutNegotiationMs: duration })),
  ),
  dncList: v.optional(v.array(text)),
  dncServiceAvailable: v.optional(v.boolean()),
});

// The file's schema and the simulator's scenario type must agree, or this stops the build.
const schemaMatchesScenario: (scenario: v.InferOutput<typeof scenarioSchema>) => SimulatorScenario = (scenario) => scenario;
void schemaMatchesScenario;

export class ScenarioFileError extends Error {}

/** Reads and checks a scenario file; a problem names the file and the field. */
export async function readScenarioFile(path: string): Promise<SimulatorScenario> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ScenarioFileError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = v.safeParse(scenarioSchema, parsed);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ScenarioFileError(`${path}: ${v.getDotPath(issue) ?? 'the file'}: ${issue.message}`);
  }
  return result.output;
}
