import type { DispositionCode, OutcomeSchema } from '../../domain/campaign/campaign-policy.js';
import type { RecordField } from '../../domain/campaign/record.js';
import type { SimulatedContact, SimulatorScenario } from './scenario.js';

const SECOND = 1000;

const DAYTIME = { from: '08:00', till: '21:00' };
const EVENINGS = { from: '17:00', till: '21:00' };
const OFFICE_HOURS = { from: '09:00', till: '17:00' };

/** The fields an agent may correct on a collections record: a yes/no, a choice and free text. */
function collectionsFields(method: string): RecordField[] {
  return [
    { key: 'consent', label: 'Consent to record', type: 'boolean', value: false, editable: true },
    {
      key: 'payment-method',
      label: 'Payment method',
      type: 'choice',
      value: method,
      options: ['Card', 'Direct debit', 'Bank transfer', 'Cheque'],
      editable: true,
    },
    { key: 'notes', label: 'Account notes', type: 'text', value: '', editable: true },
  ];
}

function balance(amount: string, daysPastDue: number, lastPayment: string) {
  return [
    { label: 'Balance', value: amount },
    { label: 'Days past due', value: String(daysPastDue) },
    { label: 'Last payment', value: lastPayment },
  ];
}

const collectionsCodes: DispositionCode[] = [
  {
    id: 'promise-to-pay',
    label: 'Promise to pay',
    children: [
      { id: 'promise-full', label: 'Full balance' },
      { id: 'promise-plan', label: 'Payment plan' },
    ],
  },
  { id: 'paid-in-full', label: 'Paid in full' },
  { id: 'dispute', label: 'Dispute' },
  { id: 'wrong-party', label: 'Wrong party', effects: ['number-uncallable'] },
  { id: 'call-back-later', label: 'Call back later', effects: ['creates-callback'] },
  { id: 'cease-and-desist', label: 'Cease and desist', effects: ['dnc'] },
];

/** Collections work: a disposition is required before Done, a call result before a transfer. */
const collectionsOutcomes: Partial<OutcomeSchema> = {
  callResults: ['Answered', 'Answering Machine', 'Busy', 'No Answer', 'Wrong Number', 'Dropped'],
  defaultCallResult: 'Answered',
  dispositionCodes: collectionsCodes,
  dispositionControl: 'drop-down',
  requireDispositionBeforeDone: true,
  requireCallResultBeforeTransfer: true,
};

const collectionsContacts: SimulatedContact[] = [
  {
    id: 'c-marcus-bell',
    name: 'Marcus Bell',
    timeZone: 'America/Chicago',
    numbers: [
      { id: 'mobile', e164: '+13125550142', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+17735550198', type: 'home', window: EVENINGS },
    ],
    caseFields: balance('$1,284.50', 12, '$150.00 on 2 March 2026'),
    fields: collectionsFields('Card'),
    // The first call of the shift connects, whatever the seed: the demo starts without a wait.
    odds: { busy: 0, noAnswer: 0, answeringMachine: 0 },
  },
  {
    id: 'c-priya-natarajan',
    name: 'Priya Natarajan',
    timeZone: 'America/New_York',
    numbers: [
      { id: 'mobile', e164: '+12125550187', type: 'mobile', window: DAYTIME },
      { id: 'work', e164: '+12125550133', type: 'work', window: OFFICE_HOURS },
      { id: 'home', e164: '+17185550164', type: 'home', window: EVENINGS },
    ],
    caseFields: balance('$642.10', 21, '$80.00 on 15 February 2026'),
    fields: collectionsFields('Direct debit'),
  },
  {
    id: 'c-oliver-hughes',
    name: 'Oliver Hughes',
    timeZone: 'Europe/London',
    numbers: [
      { id: 'mobile', e164: '+447700900431', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+442079460218', type: 'home', window: EVENINGS },
    ],
    caseFields: balance('£918.00', 8, '£100.00 on 28 February 2026'),
    fields: collectionsFields('Bank transfer'),
  },
  {
    id: 'c-jonas-becker',
    name: 'Jonas Becker',
    timeZone: 'Europe/Berlin',
    numbers: [
      { id: 'mobile', e164: '+4915205550172', type: 'mobile', window: DAYTIME },
      { id: 'work', e164: '+493023125417', type: 'work', window: OFFICE_HOURS },
    ],
    caseFields: balance('€1,530.75', 27, '€200.00 on 10 February 2026'),
    fields: collectionsFields('Direct debit'),
  },
];

const arrearsContacts: SimulatedContact[] = [
  {
    id: 'a-dolores-ramirez',
    name: 'Dolores Ramirez',
    timeZone: 'America/Los_Angeles',
    numbers: [
      { id: 'mobile', e164: '+14155550126', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+15105550149', type: 'home', window: EVENINGS },
    ],
    caseFields: balance('$3,410.00', 64, '$250.00 on 5 January 2026'),
    fields: collectionsFields('Card'),
  },
  {
    id: 'a-fiona-macleod',
    name: 'Fiona MacLeod',
    timeZone: 'Europe/London',
    numbers: [
      { id: 'home', e164: '+441314960583', type: 'home', window: DAYTIME },
      { id: 'mobile', e164: '+447700900865', type: 'mobile', window: DAYTIME },
    ],
    caseFields: balance('£2,075.40', 48, '£120.00 on 20 January 2026'),
    fields: collectionsFields('Cheque'),
  },
  {
    id: 'a-stefan-krueger',
    name: 'Stefan Krüger',
    timeZone: 'Europe/Berlin',
    numbers: [
      { id: 'mobile', e164: '+4915205550338', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+493023125889', type: 'home', window: EVENINGS },
      { id: 'work', e164: '+493023125120', type: 'work', window: OFFICE_HOURS },
    ],
    caseFields: balance('€2,980.00', 71, '€300.00 on 18 December 2025'),
    fields: collectionsFields('Bank transfer'),
  },
];

function donorFields(giftAid: boolean): RecordField[] {
  return [
    { key: 'gift-aid', label: 'Gift Aid declaration', type: 'boolean', value: giftAid, editable: true },
    {
      key: 'preferred-contact',
      label: 'Preferred contact',
      type: 'choice',
      value: 'Phone',
      options: ['Phone', 'Email', 'Post'],
      editable: true,
    },
    { key: 'notes', label: 'Supporter notes', type: 'text', value: '', editable: true },
  ];
}

const donors: SimulatedContact[] = [
  {
    id: 'd-eleanor-whitcombe',
    name: 'Eleanor Whitcombe',
    timeZone: 'Europe/London',
    // She always answers: the README's walk through a whole call starts with her.
    odds: { busy: 0, noAnswer: 0, answeringMachine: 0 },
    // The home number is on the Do-Not-Call list: Call shows the pre-dial validation (DNC-1).
    numbers: [
      { id: 'home', e164: '+442079460321', type: 'home', window: DAYTIME },
      { id: 'mobile', e164: '+447700900512', type: 'mobile', window: DAYTIME },
    ],
    caseFields: [
      { label: 'Supporter since', value: '2014' },
      { label: 'Regular gift', value: '£10.00 monthly' },
      { label: 'Last gift', value: '£25.00 on 12 December 2025' },
    ],
    fields: donorFields(true),
  },
  {
    id: 'd-rajesh-patel',
    name: 'Rajesh Patel',
    timeZone: 'Europe/London',
    numbers: [
      { id: 'mobile', e164: '+447700900277', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+441614960734', type: 'home', window: EVENINGS },
    ],
    caseFields: [
      { label: 'Supporter since', value: '2019' },
      { label: 'Regular gift', value: '£5.00 monthly' },
      { label: 'Last gift', value: '£5.00 on 1 March 2026' },
    ],
    fields: donorFields(false),
  },
  {
    id: 'd-margaret-obrien',
    name: 'Margaret O’Brien',
    timeZone: 'America/New_York',
    numbers: [
      { id: 'home', e164: '+16175550119', type: 'home', window: DAYTIME },
      { id: 'mobile', e164: '+16175550181', type: 'mobile', window: DAYTIME },
    ],
    caseFields: [
      { label: 'Supporter since', value: '2009' },
      { label: 'Regular gift', value: 'none' },
      { label: 'Last gift', value: '$100.00 on 24 November 2025' },
    ],
    fields: donorFields(false),
  },
];

interface Policyholder extends Pick<SimulatedContact, 'id' | 'name' | 'timeZone' | 'numbers'> {
  readonly policy: string;
  readonly renews: string;
  readonly premium: string;
}

function policyholder({ policy, renews, premium, ...contact }: Policyholder): SimulatedContact {
  return {
    ...contact,
    caseFields: [
      { label: 'Policy', value: policy },
      { label: 'Renews on', value: renews },
      { label: 'Renewal premium', value: premium },
    ],
    fields: [
      { key: 'details-confirmed', label: 'Contact details confirmed', type: 'boolean', value: false, editable: true },
      {
        key: 'cover',
        label: 'Cover',
        type: 'choice',
        value: 'Buildings and contents',
        options: ['Buildings', 'Contents', 'Buildings and contents'],
        editable: true,
      },
      { key: 'email', label: 'Email', type: 'text', value: '', editable: true },
    ],
  };
}

const policyholders: SimulatedContact[] = [
  policyholder({
    id: 'r-thomas-wright',
    name: 'Thomas Wright',
    timeZone: 'Europe/London',
    numbers: [
      { id: 'home', e164: '+441174960248', type: 'home', window: DAYTIME },
      { id: 'mobile', e164: '+447700900690', type: 'mobile', window: DAYTIME },
    ],
    policy: 'HH-204-118',
    renews: '1 May 2026',
    premium: '£412.80',
  }),
  policyholder({
    id: 'r-anja-schneider',
    name: 'Anja Schneider',
    timeZone: 'Europe/Berlin',
    numbers: [
      { id: 'mobile', e164: '+4915205550461', type: 'mobile', window: DAYTIME },
      { id: 'home', e164: '+493023125603', type: 'home', window: EVENINGS },
    ],
    policy: 'HH-311-052',
    renews: '9 May 2026',
    premium: '€389.00',
  }),
  policyholder({
    id: 'r-carlos-mendes',
    name: 'Carlos Mendes',
    timeZone: 'America/Denver',
    numbers: [
      { id: 'home', e164: '+13035550157', type: 'home', window: DAYTIME },
      { id: 'work', e164: '+13035550102', type: 'work', window: OFFICE_HOURS },
      { id: 'mobile', e164: '+17205550193', type: 'mobile', window: DAYTIME },
    ],
    policy: 'HH-118-907',
    renews: '14 May 2026',
    premium: '$1,046.00',
  }),
];

/**
 * A morning on a realistic outbound floor: campaigns of each dialing mode, one that starts while the
 * agent works, one that stops and one that is unloaded. Voice Ready receives the dialer campaigns in
 * list order (Done and Stop skips to the next); Outbound preview Ready the push-preview renewals.
 */
export const demoScenario: SimulatorScenario = {
  latencyMs: 250,
  seed: 7,
  // A human pace: a few seconds of ringing and between records; contacts wait for the agent.
  timings: { ringMs: 3000, connectMs: 3000, pacingMs: 4000, talkMs: null },
  dncList: ['+442079460321'],
  campaigns: [
    {
      id: 'collections-early',
      name: 'Collections: early stage',
      description: 'Friendly reminder calls for card balances 1–30 days past due. Offer a payment plan.',
      dialingMode: 'progressive',
      status: 'running',
      policy: { offerTimeoutSeconds: 20, onOfferTimeout: 'reject-and-not-ready', extendSeconds: 10 },
      outcomes: collectionsOutcomes,
      contacts: collectionsContacts,
    },
    {
      id: 'arrears-asm',
      name: 'Arrears: ASM',
      description: 'Accounts 30–90 days in arrears. The dialer connects the contact and answers for you.',
      dialingMode: 'progressive',
      status: 'running',
      policy: { asm: true, autoAnswerSeconds: 9, allowReject: false, extendSeconds: null },
      outcomes: { ...collectionsOutcomes, readyAfterWork: true },
      contacts: arrearsContacts,
    },
    {
      id: 'spring-appeal',
      name: 'Spring appeal 2026',
      description: 'Thank regular donors and invite them to the spring appeal. Gift Aid reminder.',
      dialingMode: 'preview',
      status: 'started',
      outcomes: {
        dispositionCodes: [
          { id: 'pledged', label: 'Pledged a gift' },
          { id: 'increased', label: 'Increased regular gift' },
          { id: 'no-change', label: 'No change' },
          { id: 'stop-calls', label: 'Stop calling me', effects: ['dnc'] },
        ],
        dispositionControl: 'radio',
      },
      contacts: donors,
    },
    {
      id: 'renewals-home',
      name: 'Home insurance renewals',
      description: 'Policies renewing within 30 days. Check cover and confirm contact details.',
      dialingMode: 'push-preview',
      status: 'running',
      policy: {
        offerTimeoutSeconds: 30,
        autoDialSeconds: 16,
        extendSeconds: 15,
        callerIds: ['+441174960000', '+448081570000'],
      },
      outcomes: {
        dispositionCodes: [
          { id: 'renewed', label: 'Renewed' },
          { id: 'quote-sent', label: 'Quote sent', effects: ['creates-callback'] },
          { id: 'shopping-around', label: 'Shopping around' },
          { id: 'not-policyholder', label: 'Not the policyholder', effects: ['number-uncallable'] },
        ],
        dispositionControl: 'drop-down',
      },
      contacts: policyholders,
    },
    {
      id: 'premium-upgrade',
      name: 'Premium broadband upgrade',
      description: 'Existing customers eligible for the fibre upgrade. Direct push-preview.',
      dialingMode: 'direct-push-preview',
      status: 'running',
      policy: { offerTimeoutSeconds: 15, allowDecline: false },
      outcomes: {
        dispositionCodes: [
          { id: 'ordered', label: 'Upgrade ordered' },
          { id: 'send-details', label: 'Send details by email' },
          { id: 'not-interested', label: 'Not interested' },
        ],
        dispositionControl: 'drop-down',
        // Choosing a disposition after the call marks the record Done (DISP-2).
        markDoneOnDisposition: true,
      },
    },
    {
      id: 'winback-q4',
      name: 'Win-back Q4',
      description: 'Former subscribers who left in the last six months.',
      dialingMode: 'predictive',
      status: 'loaded',
      policy: { assuredConnection: true, offerTimeoutSeconds: 10, allowReject: false },
      outcomes: {
        dispositionCodes: [
          { id: 'rejoined', label: 'Rejoined' },
          { id: 'offer-sent', label: 'Offer sent' },
          { id: 'not-interested', label: 'Not interested' },
          { id: 'do-not-call', label: 'Do not call', effects: ['dnc'] },
        ],
        dispositionControl: 'drop-down',
        readyAfterWork: true,
      },
    },
    {
      id: 'survey-pilot',
      name: 'Satisfaction survey pilot',
      description: 'Short survey after a repair visit. Two questions, under two minutes.',
      dialingMode: 'preview',
      status: 'running',
      policy: { allowRescheduleBeforeDial: false },
      outcomes: {
        dispositionCodes: [
          { id: 'completed', label: 'Survey completed' },
          { id: 'partial', label: 'Partly answered' },
          { id: 'refused', label: 'Refused' },
        ],
        personalCallbacks: 'never',
      },
    },
  ],
  schedule: [
    { atMs: 20 * SECOND, campaignId: 'winback-q4', status: 'started' },
    { atMs: 25 * SECOND, campaignId: 'winback-q4', status: 'running' },
    { atMs: 60 * SECOND, campaignId: 'survey-pilot', status: 'stopped' },
    { atMs: 90 * SECOND, campaignId: 'survey-pilot', status: 'unloaded' },
  ],
};
