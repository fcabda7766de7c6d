import { Subscription, distinctUntilChanged, filter, map, pairwise, startWith } from 'rxjs';
import type { PhoneCall, PhoneEndReason, PhoneError, PhoneResult, PhoneService } from '../../ports/phone.js';
import type { InteractionActionCommand } from '../../ports/backend/contract.js';
import type { Call, CallEndReason, CallStatus } from '../../domain/interaction/call.js';
import type { KitCommands } from '../commands.js';
import type { KitStore } from '../../state/kit-store.js';

/**
 * Links the agent's phone to the kit (PH-1). The engine's call stays the truth of the interaction;
 * the phone is the agent's device.
 *
 * - phone → store: every phone state becomes `phone/changed` (elements show registration, device
 *   errors, a blocked ringer without knowing the phone), and each new phone error a `kit/error`.
 * - engine → phone, for a phone whose media the kit drives (WebRTC): when the engine's call changes,
 *   the phone is brought to match (answered, held, retrieved, hung up), and tones and transfers the
 *   agent sends go out on the phone.
 * - phone → engine: a call the phone lost on its own (the contact hung up, the connection dropped)
 *   while the engine's call is up is reported with `phone-call-ended`, so the outcome stays
 *   recordable. What the agent ended goes through the engine's own commands (End call, Transfer).
 *
 * A CTI phone is driven through the back end itself: its state already is the server's, and what the
 * agent sends already reached the desk phone, so only the first direction applies (mirroring would
 * send tones twice).
 */
export function linkPhone(store: KitStore, commands: KitCommands, phone: PhoneService): Subscription {
  const link = new Subscription();
  link.add(phone.state.subscribe((state) => store.dispatch({ type: 'phone/changed', phone: state })));
  link.add(
    phone.state
      .pipe(
        map((state) => state.error),
        distinctUntilChanged(sameError),
        filter((error): error is PhoneError => error !== null),
      )
      .subscribe((error) => store.dispatch({ type: 'kit/error', error: phoneKitError(error) })),
  );
  link.add(() => store.dispatch({ type: 'phone/changed', phone: null }));
  if (phone.kind === 'cti') return link;

  /** A refusal of the phone while following the engine: the agent must know the two now differ. */
  const follow = (action: Promise<PhoneResult>) =>
    void action.then((result) => {
      if (!result.ok) store.dispatch({ type: 'kit/error', error: phoneKitError(result.error) });
    });

  link.add(
    store
      .select((state) => state.interaction?.call ?? null)
      .pipe(startWith(null), pairwise())
      .subscribe(([before, after]) => {
        const order = mirrorOrder(before, after, phone.current.call);
        if (order) follow(phone[order]());
      }),
  );

  link.add(
    commands.answers.sent.subscribe(({ command }) => {
      if (command.type !== 'interaction-action') return;
      const onPhone = phoneActionFor(command.action);
      if (onPhone) follow(onPhone(phone));
    }),
  );

  link.add(
    phone.state
      .pipe(
        map((state) => state.call),
        pairwise(),
      )
      .subscribe(([before, after]) => {
        const ended = after?.status === 'ended' && before?.id === after.id && before.status !== 'ended' ? after.ended : null;
        // What the agent ended (hang up, transfer) the engine ends itself, through its own command.
        if (!ended || ended.by === 'agent' || !isLive(store.state.interaction?.call?.status)) return;
        commands.phoneCallEnded(ended.by, engineReason(ended.reason));
      }),
  );
  return link;
}

type MirrorOrder = 'answer' | 'hold' | 'retrieve' | 'hangUp';

/**
 * What the phone must do after the engine's call changed from `before` to `after`, or null when the
 * phone already matches. Only changes of the engine move the phone: a phone that got ahead (a call
 * ringing before the record arrives) is not undone.
 */
export function mirrorOrder(before: Call | null, after: Call | null, onPhone: PhoneCall | null): MirrorOrder | null {
  const was = before?.id === after?.id ? before?.status : undefined;
  const now = after?.status;
  if (now === was || !onPhone || onPhone.status === 'ended') return null;
  if (now === 'ended') return was && isLive(was) ? 'hangUp' : null;
  if (onPhone.status === 'ringing' && isLive(now)) return 'answer';
  if (now === 'held' && onPhone.status === 'connected') return 'hold';
  if (now === 'connected' && onPhone.status === 'held') return 'retrieve';
  return null;
}

function phoneActionFor(action: InteractionActionCommand['action']): ((phone: PhoneService) => Promise<PhoneResult>) | null {
  switch (action.type) {
    case 'send-dtmf':
      return (phone) => phone.sendDtmf(action.digits);
    case 'transfer':
      return (phone) => phone.transfer(action.target);
    default:
      return null;
  }
}

function isLive(status: CallStatus | undefined): boolean {
  return status !== undefined && status !== 'ended';
}

/** The engine's words for why the phone's call ended. */
export function engineReason(reason: PhoneEndReason): CallEndReason {
  switch (reason) {
    case 'hang-up':
    case 'rejected':
      return 'hang-up';
    case 'busy':
    case 'no-answer':
    case 'transferred':
      return reason;
    case 'failed':
    case 'connection-lost':
      return 'dropped';
  }
}

function sameError(a: PhoneError | null, b: PhoneError | null): boolean {
  return a === b || (a !== null && b !== null && a.code === b.code && a.message === b.message);
}

function phoneKitError(error: PhoneError) {
  // Only a refused registration needs someone else (an administrator) before it can work.
  const retryable = error.code !== 'registration-refused';
  return { code: 'phone-error' as const, message: error.message, retryable, ...(error.refusal ? { refusal: error.refusal } : {}) };
}
