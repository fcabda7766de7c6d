import { msg, str } from '@lit/localize';
import { getKitLocale } from '../../localization/current-locale.js';
import { callbackErrorText } from './callback-error-labels.js';
import type { CallbackErrorCode } from '../../services/domain/callback/callback.js';
import type { DialNotice, DialNoticeNext } from '../../services/domain/numbers/dial-validation.js';
import type { KitErrorDetail } from '../../services/domain/refusals/errors.js';
import type { NumberBlock, NumberType } from '../../services/domain/campaign/record.js';
import type { EngagingRefusedAction, PhaseAction, RefusalParams, RefusalReason } from '../../services/domain/refusals/refusals.js';

/**
 * The wording of the domain's codes (refusals, pre-dial notices) through @lit/localize. Elements use
 * it through `error-text.ts`, which loads this module with the first translation.
 *
 * A refusal in the kit's language. The switch covers every code: a new code without wording does
 * not type-check. `english` is the domain's sentence, used where it says more than the wording can.
 */
export function refusalText(reason: RefusalReason, english?: string): string {
  switch (reason.code) {
    case 'record-closed':
      return msg('This record is already closed.', { id: 'refusal.record-closed' });
    case 'not-now': {
      const action = phaseActionLabel(reason.params.action);
      return msg(str`${action} is not possible at this point.`, { id: 'refusal.not-now' });
    }
    case 'reject-connecting':
      return msg('This call can only be accepted: the contact is already being connected to you.', { id: 'refusal.reject-connecting' });
    case 'reject-not-allowed':
      return msg('This campaign does not allow rejecting a record.', { id: 'refusal.reject-not-allowed' });
    case 'no-time-limit':
      return msg('There is no time limit to extend.', { id: 'refusal.no-time-limit' });
    case 'extend-not-allowed':
      return msg('This campaign does not allow more time.', { id: 'refusal.extend-not-allowed' });
    case 'unknown-number':
      return msg('That number is not one of this record’s numbers.', { id: 'refusal.unknown-number' });
    case 'number-blocked':
      return numberBlockedText(reason.params.number, reason.params.reason);
    case 'unknown-caller-id':
      return msg('That caller ID is not offered by this campaign.', { id: 'refusal.unknown-caller-id' });
    case 'auto-dial-paused':
      return msg('Auto-dial is paused while you enter a number.', { id: 'refusal.auto-dial-paused' });
    case 'auto-dial-not-due':
      return msg('Auto-dial is not due yet.', { id: 'refusal.auto-dial-not-due' });
    case 'other-number-not-allowed':
      return msg('This campaign does not allow other numbers.', { id: 'refusal.other-number-not-allowed' });
    case 'incomplete-number': {
      const { number } = reason.params;
      return msg(str`${number} is not a complete international number (for example +15555550123).`, { id: 'refusal.incomplete-number' });
    }
    case 'manual-dial-required':
      return msg('Choose or type the number to dial: this campaign requires manual dialing.', { id: 'refusal.manual-dial-required' });
    case 'no-number':
      return msg('This record has no number that can be dialled. Mark it Done.', { id: 'refusal.no-number' });
    case 'decline-not-allowed':
      return msg('This campaign does not allow declining.', { id: 'refusal.decline-not-allowed' });
    case 'no-call':
      return msg('There is no call.', { id: 'refusal.no-call' });
    case 'hold-needs-connected':
      return msg('Only a connected call can be put on hold.', { id: 'refusal.hold-needs-connected' });
    case 'not-on-hold':
      return msg('The call is not on hold.', { id: 'refusal.not-on-hold' });
    case 'tones-need-connected':
      return msg('Tones can be sent only on a connected call.', { id: 'refusal.tones-need-connected' });
    case 'invalid-tones':
      return msg('Only 0–9, *, # and A–D can be sent as tones.', { id: 'refusal.invalid-tones' });
    case 'contact-not-connected':
      return msg('The contact must be connected first.', { id: 'refusal.contact-not-connected' });
    case 'call-result-required':
      return reason.params.action === 'transfer'
        ? msg('Set the call result before transferring: this campaign requires it.', { id: 'refusal.call-result-required.transfer' })
        : msg('Set the call result before starting a conference: this campaign requires it.', {
            id: 'refusal.call-result-required.conference',
          });
    case 'call-active':
      return msg('End the call before marking the record Done.', { id: 'refusal.call-active' });
    case 'disposition-required':
      return msg('Choose a disposition before marking the record Done.', { id: 'refusal.disposition-required' });
    case 'callback-required': {
      const { disposition } = reason.params;
      return msg(str`The disposition “${disposition}” needs a callback: schedule one before marking the record Done.`, {
        id: 'refusal.callback-required',
      });
    }
    case 'invalid-callback': {
      // The English check names the exact times on both clocks (CB-4); other languages name the problems.
      if (english && getKitLocale() === 'en') return english;
      const { details } = reason.params;
      if (details && details.length > 0) {
        // The kit's own check: each problem with the times and number it names, in the kit's language.
        const problems = details.map(callbackErrorText).join(' ');
        return msg(str`The scheduled callback is not valid. ${problems} Change or cancel it before marking the record Done.`, {
          id: 'refusal.invalid-callback.detailed',
        });
      }
      const problems = reason.params.problems.map(callbackProblemLabel).join('; ');
      return msg(str`The scheduled callback is not valid: ${problems}. Change or cancel it before marking the record Done.`, {
        id: 'refusal.invalid-callback',
      });
    }
    case 'call-cannot-become':
      return callCannotBecomeText(reason.params.status);
    case 'no-call-to-end':
      return msg('There is no call to end.', { id: 'refusal.no-call-to-end' });
    case 'engaging': {
      const action = engagingActionLabel(reason.params.action);
      return msg(
        str`${action} is not available while the contact is being connected: you hear waiting music until they answer (assured connection).`,
        { id: 'refusal.engaging' },
      );
    }
    case 'unknown-call-result': {
      const { value } = reason.params;
      return msg(str`“${value}” is not a call result of this campaign.`, { id: 'refusal.unknown-call-result' });
    }
    case 'reschedule-before-call-not-allowed':
      return msg('This campaign does not allow rescheduling before the call.', { id: 'refusal.reschedule-before-call-not-allowed' });
    case 'read-only-after-transfer':
      return reason.params.what === 'call-result'
        ? msg('The call result cannot change after the call was transferred.', { id: 'refusal.read-only-after-transfer.call-result' })
        : msg('Record information cannot change after the call was transferred.', { id: 'refusal.read-only-after-transfer.fields' });
    case 'unknown-field': {
      const { key } = reason.params;
      return msg(str`The record has no field “${key}”.`, { id: 'refusal.unknown-field' });
    }
    case 'field-not-editable': {
      const { field } = reason.params;
      return msg(str`${field} cannot be edited.`, { id: 'refusal.field-not-editable' });
    }
    case 'field-needs':
      return fieldNeedsText(reason.params.field, reason.params.expected);
    case 'field-needs-choice': {
      const { field } = reason.params;
      const options = reason.params.options.join(', ');
      return msg(str`${field} needs one of: ${options}.`, { id: 'refusal.field-needs-choice' });
    }
    case 'field-type-unsupported': {
      const { field } = reason.params;
      return msg(str`${field} has a type the kit cannot edit.`, { id: 'refusal.field-type-unsupported' });
    }
    case 'unknown-disposition': {
      const { disposition } = reason.params;
      return msg(str`“${disposition}” is not a disposition of this campaign.`, { id: 'refusal.unknown-disposition' });
    }
    case 'im-blocks-outbound':
      return reason.params.channel === 'voice'
        ? msg(
            'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging to make the voice channel Ready.',
            { id: 'refusal.im-blocks-outbound.voice' },
          )
        : msg(
            'You are logged in to instant messaging, which blocks outbound work. Log out of instant messaging to make the outbound preview channel Ready.',
            { id: 'refusal.im-blocks-outbound.outbound-preview' },
          );
    case 'logout-during-interaction':
      return msg('Finish the current call and mark it Done before logging out.', { id: 'refusal.logout-during-interaction' });
    case 'logged-out':
      return msg('You are logged out. Log in to work on campaigns again.', { id: 'refusal.logged-out' });
    case 'logout-not-requested':
      return msg('You have not asked to log out.', { id: 'refusal.logout-not-requested' });
    case 'records-pushed': {
      const { campaign } = reason.params;
      return reason.params.channel === 'voice'
        ? msg(str`${campaign} sends you records by itself while your Voice channel is Ready, so there is nothing to request.`, {
            id: 'refusal.records-pushed.voice',
          })
        : msg(str`${campaign} sends you records by itself while your Outbound preview channel is Ready, so there is nothing to request.`, {
            id: 'refusal.records-pushed.outbound-preview',
          });
    }
    case 'logout-not-authorized':
      return msg('The server has not authorized your logout yet: a call may still be on its way to you.', {
        id: 'refusal.logout-not-authorized',
      });
    case 'campaign-unavailable': {
      const { campaign } = reason.params;
      return msg(str`${campaign} is no longer active or running, so no request was sent.`, { id: 'refusal.campaign-unavailable' });
    }
    case 'unknown-campaign':
      return msg('This campaign is no longer active or running, so no request was sent.', { id: 'refusal.unknown-campaign' });
    case 'follows-ready': {
      const { campaign } = reason.params;
      return msg(str`${campaign} delivers records while you are Ready; use Not Ready to pause it.`, { id: 'refusal.follows-ready' });
    }
    case 'notice-without-get-record':
      return msg('This notice does not offer Get Record.', { id: 'refusal.notice-without-get-record' });
    case 'no-record':
      return msg('There is no record to work on.', { id: 'refusal.no-record' });
    case 'record-changed':
      return msg('That record has changed; nothing was sent. Check the record on screen.', { id: 'refusal.record-changed' });
    case 'request-failed': {
      const { reason: why } = reason.params;
      return msg(str`The request could not be completed (${why}). Try again.`, { id: 'refusal.request-failed' });
    }
    case 'outcome-not-stored':
      return msg('The outcome could not be saved for delivery. Nothing you entered is lost: try Done again.', {
        id: 'refusal.outcome-not-stored',
      });
    case 'no-backend':
      return msg('No campaign server is connected, so the request could not be sent.', { id: 'refusal.no-backend' });
    case 'campaign-not-active': {
      const { campaign } = reason.params;
      return reason.params.consequence === 'no-record'
        ? msg(str`${campaign} is not active or running, so no record can be delivered.`, { id: 'refusal.campaign-not-active.no-record' })
        : msg(str`${campaign} is not active or running, so participation cannot change.`, {
            id: 'refusal.campaign-not-active.no-participation-change',
          });
    }
    case 'not-assigned':
      return reason.params.consequence === 'no-record'
        ? msg('You are not assigned to that campaign, so no record can be delivered.', { id: 'refusal.not-assigned.no-record' })
        : msg('You are not assigned to that campaign, so participation cannot change.', {
            id: 'refusal.not-assigned.no-participation-change',
          });
    case 'record-in-progress':
      return msg('Finish the current record before asking for another.', { id: 'refusal.record-in-progress' });
    case 'list-exhausted': {
      const { campaign } = reason.params;
      return msg(str`${campaign} has no more records to call.`, { id: 'refusal.list-exhausted' });
    }
    case 'record-gone':
      return msg('That record is no longer with you.', { id: 'refusal.record-gone' });
  }
}

function callCannotBecomeText(status: RefusalParams['call-cannot-become']['status']): string {
  switch (status) {
    case 'establishing':
      return msg('The call cannot become establishing now.', { id: 'refusal.call-cannot-become.establishing' });
    case 'engaging':
      return msg('The call cannot become engaging now.', { id: 'refusal.call-cannot-become.engaging' });
    case 'connected':
      return msg('The call cannot become connected now.', { id: 'refusal.call-cannot-become.connected' });
    case 'held':
      return msg('The call cannot become held now.', { id: 'refusal.call-cannot-become.held' });
  }
}

function fieldNeedsText(field: string, expected: RefusalParams['field-needs']['expected']): string {
  switch (expected) {
    case 'yes-or-no':
      return msg(str`${field} needs yes or no.`, { id: 'refusal.field-needs.yes-or-no' });
    case 'number':
      return msg(str`${field} needs a number.`, { id: 'refusal.field-needs.number' });
    case 'date-time':
      return msg(str`${field} needs a date and time.`, { id: 'refusal.field-needs.date-time' });
    case 'text':
      return msg(str`${field} needs text.`, { id: 'refusal.field-needs.text' });
  }
}

function phaseActionLabel(action: PhaseAction): string {
  switch (action) {
    case 'accept':
      return msg('Accept', { id: 'refusal.action.accept' });
    case 'reject':
      return msg('Reject', { id: 'refusal.action.reject' });
    case 'time-limit':
      return msg('The time limit', { id: 'refusal.action.time-limit' });
    case 'change-number':
      return msg('Changing the number', { id: 'refusal.action.change-number' });
    case 'call':
      return msg('Call', { id: 'refusal.action.call' });
    case 'decline':
      return msg('Decline', { id: 'refusal.action.decline' });
    case 'done':
      return msg('Done', { id: 'refusal.action.done' });
    case 'pre-dial-validation':
      return msg('Pre-dial validation', { id: 'refusal.action.pre-dial-validation' });
  }
}

function engagingActionLabel(action: EngagingRefusedAction): string {
  switch (action) {
    case 'reschedule':
      return msg('Reschedule', { id: 'refusal.engaging.reschedule' });
    case 'set-call-result':
      return msg('Setting the call result', { id: 'refusal.engaging.set-call-result' });
    case 'end-call':
      return msg('Release', { id: 'refusal.engaging.end-call' });
    case 'transfer':
      return msg('Transfer', { id: 'refusal.engaging.transfer' });
    case 'consult':
      return msg('Consultation', { id: 'refusal.engaging.consult' });
    case 'conference':
      return msg('Conference', { id: 'refusal.engaging.conference' });
    case 'recall':
      return msg('Recall', { id: 'refusal.engaging.recall' });
    case 'voice-logoff':
      return msg('Voice logoff', { id: 'refusal.engaging.voice-logoff' });
    case 'hold':
      return msg('Hold', { id: 'refusal.engaging.hold' });
    case 'new-call':
      return msg('A new call', { id: 'refusal.engaging.new-call' });
    case 'exit':
      return msg('Exit', { id: 'refusal.engaging.exit' });
  }
}

function numberBlockedText(number: string, block: NumberBlock): string {
  switch (block) {
    case 'dnc':
      return msg(str`${number} is on the Do-Not-Call list and cannot be dialled.`, { id: 'refusal.number-blocked.dnc' });
    case 'attempt-limit':
      return msg(str`${number} has used up its call attempts and cannot be dialled.`, { id: 'refusal.number-blocked.attempt-limit' });
    case 'invalid':
      return msg(str`${number} is not a valid number and cannot be dialled.`, { id: 'refusal.number-blocked.invalid' });
    case 'uncallable':
      return msg(str`${number} was marked as not to be called by an earlier call’s disposition and cannot be dialled.`, {
        id: 'refusal.number-blocked.uncallable',
      });
  }
}

function callbackProblemLabel(problem: CallbackErrorCode): string {
  switch (problem) {
    case 'malformed-date':
      return msg('the date cannot be read', { id: 'refusal.callback-problem.malformed-date' });
    case 'malformed-time':
      return msg('the time cannot be read', { id: 'refusal.callback-problem.malformed-time' });
    case 'in-the-past':
      return msg('the time is in the past', { id: 'refusal.callback-problem.in-the-past' });
    case 'outside-window':
      return msg('the time is outside the number’s calling hours', { id: 'refusal.callback-problem.outside-window' });
    case 'unknown-number':
      return msg('the number is not one of this record’s numbers', { id: 'refusal.callback-problem.unknown-number' });
    case 'number-blocked':
      return msg('the number cannot be called', { id: 'refusal.callback-problem.number-blocked' });
    case 'invalid-new-number':
      return msg('the new number is not complete', { id: 'refusal.callback-problem.invalid-new-number' });
    case 'personal-not-allowed':
      return msg('this campaign does not allow personal callbacks', { id: 'refusal.callback-problem.personal-not-allowed' });
  }
}

/** The kit's own problems that are not refusals (issue 12 #8); in English the same as `KitError.message`. */
export function kitErrorText(detail: KitErrorDetail): string {
  switch (detail.code) {
    case 'connection-lost':
      return msg('The connection to the campaign server was lost. The list shows the last known state.', { id: 'kit-error.connection-lost' });
    case 'malformed-event': {
      const { event, field, expected, received } = detail.params;
      return event
        ? msg(str`The server sent a "${event}" event that could not be read (${field}: expected ${expected}, received ${received}). It was ignored; what is shown is the last good state.`, {
            id: 'kit-error.malformed-event',
          })
        : msg(str`The server sent an event that could not be read (${field}: expected ${expected}, received ${received}). It was ignored; what is shown is the last good state.`, {
            id: 'kit-error.malformed-event.untyped',
          });
    }
  }
}

/** Why the number was not dialled, then what happens next (DNC-1). */
export function dialNoticeText(notice: DialNotice): string {
  const number = notice.params.number ?? msg('The number', { id: 'dial-notice.the-number' });
  const what =
    notice.code === 'on-dnc-list'
      ? msg(str`${number} was not dialled: it is on the Do-Not-Call list.`, { id: 'dial-notice.on-dnc-list' })
      : msg(
          str`${number} was not dialled: it could not be checked against the Do-Not-Call list because the checking service is not available.`,
          { id: 'dial-notice.service-unavailable' },
        );
  return `${what} ${dialNoticeNextText(notice.next)}`;
}

function dialNoticeNextText(next: DialNoticeNext): string {
  if (next.code === 'mark-done') {
    return msg('This contact has no other number to call. Mark the record Done to get the next record.', { id: 'dial-notice.mark-done' });
  }
  const kind = numberKindLabel(next.params.numberType);
  const { number } = next.params;
  const switched = msg(str`Switched to the contact's ${kind} number ${number}.`, { id: 'dial-notice.switched' });
  switch (next.code) {
    case 'switched':
      return switched;
    case 'switched-opens-later': {
      const { from, till, opensAt } = next.params;
      const hours = msg(str`Its calling hours (${from}–${till} the contact's time) start at ${opensAt}.`, { id: 'dial-notice.opens-later' });
      return `${switched} ${hours}`;
    }
    case 'switched-hours-unreadable': {
      const hours = msg('Its calling hours cannot be read; check them before you call.', { id: 'dial-notice.hours-unreadable' });
      return `${switched} ${hours}`;
    }
  }
}

/** The kind of number as it sits in "the contact's … number". */
function numberKindLabel(type: NumberType): string {
  switch (type) {
    case 'home':
      return msg('home', { id: 'dial-notice.kind.home' });
    case 'mobile':
      return msg('mobile', { id: 'dial-notice.kind.mobile' });
    case 'work':
      return msg('work', { id: 'dial-notice.kind.work' });
    case 'other':
      return msg('other', { id: 'dial-notice.kind.other' });
  }
}
