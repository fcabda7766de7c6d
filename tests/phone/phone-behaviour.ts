import { expect } from '@open-wc/testing';
import { filter, firstValueFrom, race, timer, map } from 'rxjs';
import type { PhoneResult, PhoneService, PhoneState } from '../../src/services/ports/phone.js';
import { eventually } from '../support/wait.js';

/** The other end of the line, played by the test: a second SIP user agent, or the simulator's contact. */
export interface ContactDriver {
  /** What the agent dials to reach this contact (a number or SIP URI). */
  readonly address: string;
  /** The contact calls the agent: the agent's phone rings. */
  callAgent(): Promise<void>;
  /** Resolves once the agent's call rings at the contact's end. */
  waitForCall(): Promise<void>;
  /** The contact picks up the agent's call. */
  answer(): Promise<void>;
  /** The contact hangs up. */
  hangUp(): Promise<void>;
  /** Every tone that reached the contact in this call, in order. */
  tonesReceived(): string;
  /** Whether audio flows each way now, or why this phone's audio cannot be measured. */
  audioFlowing(): Promise<{ readonly in: boolean; readonly out: boolean } | { readonly unavailable: string }>;
  /** Whether the contact hears the call as on hold. */
  onHold(): Promise<boolean>;
}

export interface PhoneHarness {
  /** A phone not started yet. */
  readonly phone: PhoneService;
  readonly contact: ContactDriver;
  /** Where a blind transfer sends the contact. */
  readonly transferTarget: string;
  /** Whatever the agent's side needs before a call can be dialled (CTI: a record in the preview). */
  readyToDial?(): Promise<void>;
  /** Releases everything, also when the phone was disposed by the test. */
  dispose(): Promise<void>;
}

const WAIT_MS = 8000;
export { eventually };

/** The first phone state matching `predicate` (the current one included). */
export function until(phone: PhoneService, predicate: (state: PhoneState) => boolean, what: string): Promise<PhoneState> {
  return firstValueFrom(
    race(
      phone.state.pipe(filter(predicate)),
      timer(WAIT_MS).pipe(
        map(() => {
          throw new Error(`phone never reached: ${what}; it is ${JSON.stringify(phone.current)}`);
        }),
      ),
    ),
  );
}

/** Waits until `check` holds, for facts the contact's side learns by itself (tones, hold). */
export function expectOk(result: PhoneResult, what: string): void {
  expect(result.ok, `${what}: ${result.ok ? '' : result.error.message}`).to.equal(true);
}

export function expectRefused(result: PhoneResult, what: string): void {
  expect(result.ok, `${what} should be refused`).to.equal(false);
  if (result.ok) return;
  expect(result.error.code, what).to.equal('not-possible');
  expect(result.error.message, what).to.match(/\w+/);
}

/** Started, and in a connected call the contact made. */
export async function connectedCall(h: PhoneHarness): Promise<void> {
  expectOk(await h.phone.start(), 'start');
  await h.contact.callAgent();
  await until(h.phone, (s) => s.call?.status === 'ringing', 'ringing');
  expectOk(await h.phone.answer(), 'answer');
  await until(h.phone, (s) => s.call?.status === 'connected', 'connected');
}

/**
 * The behaviour every phone shares (PH-1): whatever the kind, the same actions give the same states,
 * so no element needs to know which phone it drives. `makeHarness` gives a fresh, unstarted phone
 * and its contact for each test.
 */
export function describePhoneBehaviour(name: string, makeHarness: () => Promise<PhoneHarness>): void {
  describe(`Phone behaviour: ${name}`, () => {
    let h: PhoneHarness;
    beforeEach(async () => {
      h = await makeHarness();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('PH-1: registers when started (unregistered, then ready) and is unregistered again once disposed', async () => {
      expect(h.phone.current.registration).to.equal('unregistered');
      expectOk(await h.phone.start(), 'start');
      expect(h.phone.current.registration).to.equal('ready');
      expect(await firstValueFrom(h.phone.registration)).to.equal('ready');
      expect(h.phone.current.call).to.equal(null);
      h.phone.dispose();
      expect(h.phone.current.registration).to.equal('unregistered');
    });

    it('PH-1, PH-3: the contact calls the agent: the phone rings, Answer connects the call', async () => {
      expectOk(await h.phone.start(), 'start');
      await h.contact.callAgent();
      const ringing = await until(h.phone, (s) => s.call?.status === 'ringing', 'ringing');
      expect(ringing.call).to.include({ direction: 'incoming', connectedAt: null, ended: null });
      expectOk(await h.phone.answer(), 'answer');
      const connected = await until(h.phone, (s) => s.call?.status === 'connected', 'connected');
      expect(connected.call?.id).to.equal(ringing.call?.id);
      expect(connected.call?.connectedAt).to.be.a('number');
      expect(connected.call?.ended).to.equal(null);
    });

    it('PH-1, CALL-1: the agent dials the contact: the phone dials, the contact answers and the call is connected', async () => {
      expectOk(await h.phone.start(), 'start');
      await h.readyToDial?.();
      const dialled = h.phone.dial(h.contact.address);
      await h.contact.waitForCall();
      const dialling = await until(h.phone, (s) => s.call?.status === 'dialing', 'dialing');
      expect(dialling.call).to.include({ direction: 'outgoing', connectedAt: null });
      await h.contact.answer();
      const connected = await until(h.phone, (s) => s.call?.status === 'connected', 'connected');
      expectOk(await dialled, 'dial');
      expect(connected.call?.id).to.equal(dialling.call?.id);
      expect(connected.call?.connectedAt).to.be.a('number');
    });

    it('PH-2: audio flows both ways on a connected call', async function () {
      await connectedCall(h);
      const flow = await h.contact.audioFlowing();
      if ('unavailable' in flow) return this.skip();
      expect(flow).to.deep.equal({ in: true, out: true });
    });

    it('PH-2, PH-3, CALL-2: tones the agent sends reach the contact; what is not a tone is refused', async () => {
      await connectedCall(h);
      expectOk(await h.phone.sendDtmf('12#'), 'tones');
      await eventually(() => h.contact.tonesReceived() === '12#', `the contact hears 12# (heard ${h.contact.tonesReceived()})`);
      expectRefused(await h.phone.sendDtmf('x'), 'the tone x');
      expect(h.phone.current.call?.status).to.equal('connected');
    });

    it('PH-1, CALL-2: Hold puts the call on hold for the contact too, and Retrieve takes it back', async () => {
      await connectedCall(h);
      expectRefused(await h.phone.retrieve(), 'Retrieve of a call not on hold');
      expectOk(await h.phone.hold(), 'hold');
      await until(h.phone, (s) => s.call?.status === 'held', 'held');
      await eventually(() => h.contact.onHold(), 'the contact is on hold');
      expectOk(await h.phone.retrieve(), 'retrieve');
      await until(h.phone, (s) => s.call?.status === 'connected', 'connected again');
      await eventually(async () => !(await h.contact.onHold()), 'the contact is off hold');
    });

    it('PH-1, CALL-1: the agent hangs up: the call ends, ended by the agent', async () => {
      await connectedCall(h);
      expectOk(await h.phone.hangUp(), 'hang up');
      const ended = await until(h.phone, (s) => s.call?.status === 'ended', 'ended');
      expect(ended.call?.ended).to.deep.equal({ by: 'agent', reason: 'hang-up' });
    });

    it('PH-1, CALL-1: the contact hangs up: the call ends, ended by the contact', async () => {
      await connectedCall(h);
      await h.contact.hangUp();
      const ended = await until(h.phone, (s) => s.call?.status === 'ended', 'ended');
      expect(ended.call?.ended).to.deep.equal({ by: 'contact', reason: 'hang-up' });
      expectRefused(await h.phone.hold(), 'Hold after the call ended');
    });

    it('PH-2, PH-3, CALL-2: a blind transfer hands the contact on and ends the agent’s call as transferred', async () => {
      await connectedCall(h);
      expectOk(await h.phone.transfer(h.transferTarget), 'transfer');
      const ended = await until(h.phone, (s) => s.call?.status === 'ended', 'ended');
      expect(ended.call?.ended).to.deep.equal({ by: 'agent', reason: 'transferred' });
    });

    it('PH-1: actions that are not possible now resolve with a refusal, never a throw', async () => {
      expectOk(await h.phone.start(), 'start');
      expectRefused(await h.phone.answer(), 'Answer with nothing ringing');
      expectRefused(await h.phone.hold(), 'Hold with no call');
      expectRefused(await h.phone.retrieve(), 'Retrieve with no call');
      expectRefused(await h.phone.sendDtmf('1'), 'Tones with no call');
      expectRefused(await h.phone.transfer(h.transferTarget), 'Transfer with no call');
      expectRefused(await h.phone.hangUp(), 'Hang up with no call');
      expect(h.phone.current.call).to.equal(null);
    });
  });
}
