import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import {
  compareDates,
  endOfWeek,
  isoWeekday,
  monthGrid,
  moveDate,
  sameDate,
  startOfWeek,
  toIsoDate,
  weekdayOrder,
  type CalendarDate,
  type DateStep,
  type IsoWeekday,
} from '../../services/domain/callback/calendar.js';
import { subHeading } from '../base/heading-level.js';
import { callbackLabels as t } from './labels.js';

export interface DatePickerOptions {
  /** The agent's current date: earlier days are unavailable, and it is marked today. */
  readonly today: () => CalendarDate;
  /** The kit's locale, for month and day names and the first day of the week. */
  readonly locale: () => string;
  /** The agent chose a day; the dialog has closed. */
  readonly choose: (date: CalendarDate) => void;
  /** The dialog closed (chosen or not): focus goes back to the opener. */
  readonly closed: () => void;
  /** Says something politely (a new month shown by the month buttons). */
  readonly announce: (message: string) => void;
  /** The host's `heading-level`: the month heading is one level below it. */
  readonly headingLevel: () => number;
}

/**
 * The date picker of the callback form, after the WAI-ARIA APG "Date Picker Dialog": a modal dialog
 * labelled by its month and year, buttons for the previous and next month and year, and a grid of
 * days with one tab stop (roving tabindex). Arrows move by day and week, Home and End to the start and
 * end of the week, Page Up and Page Down by month (with Shift by year), Enter or Space choose the day
 * and close, Escape closes without change. Tab cycles through the dialog's controls.
 *
 * It renders inside its host's shadow root (so the dialog, its heading and its grid share one root
 * for their ARIA references), as a `<dialog>` opened with `showModal()`: the rest of the page is
 * inert while it is open.
 */
export class DatePicker implements ReactiveController {
  /** Whether the dialog is open. */
  open = false;
  /** The day with the grid's tab stop. */
  private focused: CalendarDate = { year: 1970, month: 1, day: 1 };
  /** The day already chosen in the form, if any. */
  private selected: CalendarDate | null = null;
  private focusCell = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DatePickerOptions,
  ) {
    host.addController(this);
  }

  /** Opens on the chosen day, or on today when none is chosen (or the chosen one is in the past). */
  show(selected: CalendarDate | null): void {
    const today = this.options.today();
    this.selected = selected;
    this.focused = selected && compareDates(selected, today) >= 0 ? selected : today;
    this.open = true;
    this.focusCell = true;
    this.host.requestUpdate();
  }

  /** Closes without choosing. */
  close(): void {
    if (!this.open) return;
    this.open = false;
    this.dialog()?.close();
    this.host.requestUpdate();
    this.options.closed();
  }

  hostUpdated(): void {
    const dialog = this.dialog();
    if (this.open && dialog && !dialog.open) dialog.showModal();
    if (this.focusCell) {
      this.focusCell = false;
      this.host.shadowRoot?.querySelector<HTMLElement>('[part~="calendar"] td[tabindex="0"]')?.focus();
    }
  }

  hostDisconnected(): void {
    this.open = false;
  }

  render() {
    if (!this.open) return nothing;
    const locale = this.options.locale();
    const today = this.options.today();
    const weekStart = firstDayOfWeek(locale);
    const heading = monthYear(this.focused, locale);
    return html`
      <dialog
        class="calendar"
        part="calendar"
        aria-modal="true"
        aria-labelledby="calendar-heading"
        aria-describedby="calendar-help"
        @keydown=${this.onDialogKeydown}
        @cancel=${this.onCancel}
      >
        <div class="calendar-header">
          <button type="button" id="previous-year" aria-label=${t.previousYear()} @click=${() => this.page('year', -1)}>«</button>
          <button type="button" id="previous-month" aria-label=${t.previousMonth()} @click=${() => this.page('month', -1)}>‹</button>
          ${subHeading(this.options.headingLevel(), 'calendar-heading', heading, 'calendar-heading')}
          <button type="button" id="next-month" aria-label=${t.nextMonth()} @click=${() => this.page('month', 1)}>›</button>
          <button type="button" id="next-year" aria-label=${t.nextYear()} @click=${() => this.page('year', 1)}>»</button>
        </div>
        <table role="grid" aria-labelledby="calendar-heading" @keydown=${this.onGridKeydown}>
          <thead>
            <tr>
              ${weekdayOrder(weekStart).map(
                (weekday) => html`<th scope="col" abbr=${weekdayName(weekday, locale, 'long')}>${weekdayName(weekday, locale, 'short')}</th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${monthGrid(this.focused, weekStart).map(
              (week) => html`<tr>${week.map((day) => (day ? this.renderDay(day, today) : html`<td></td>`))}</tr>`,
            )}
          </tbody>
        </table>
        <p class="hint" id="calendar-help">${t.calendarHelp()}</p>
        <div class="actions">
          <button type="button" id="calendar-cancel" @click=${() => this.close()}>${t.cancel()}</button>
        </div>
      </dialog>
    `;
  }

  private renderDay(day: CalendarDate, today: CalendarDate) {
    const past = compareDates(day, today) < 0;
    const isToday = sameDate(day, today);
    const selected = sameDate(day, this.selected);
    return html`<td
      tabindex=${sameDate(day, this.focused) ? 0 : -1}
      data-date=${toIsoDate(day)}
      class=${[past ? 'past' : '', isToday ? 'today' : '', selected ? 'selected' : ''].join(' ').trim()}
      aria-selected=${selected ? 'true' : nothing}
      aria-disabled=${past ? 'true' : nothing}
      aria-current=${isToday ? 'date' : nothing}
      @click=${() => this.pick(day)}
    >${day.day}</td>`;
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.calendar') ?? null;
  }

  /** The month or year buttons: the grid shows another month, focus stays on the button. */
  private page(step: DateStep, amount: number): void {
    this.focused = moveDate(this.focused, step, amount);
    this.host.requestUpdate();
    this.options.announce(monthYear(this.focused, this.options.locale()));
  }

  private pick(day: CalendarDate): void {
    if (compareDates(day, this.options.today()) < 0) {
      this.focused = day;
      this.focusCell = true;
      this.host.requestUpdate();
      this.options.announce(t.dayUnavailable());
      return;
    }
    this.open = false;
    this.dialog()?.close();
    this.host.requestUpdate();
    this.options.choose(day);
    this.options.closed();
  }

  private readonly onGridKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const weekStart = firstDayOfWeek(this.options.locale());
    let next: CalendarDate;
    switch (event.key) {
      case 'ArrowLeft':
        next = moveDate(this.focused, 'day', -1);
        break;
      case 'ArrowRight':
        next = moveDate(this.focused, 'day', 1);
        break;
      case 'ArrowUp':
        next = moveDate(this.focused, 'week', -1);
        break;
      case 'ArrowDown':
        next = moveDate(this.focused, 'week', 1);
        break;
      case 'Home':
        next = startOfWeek(this.focused, weekStart);
        break;
      case 'End':
        next = endOfWeek(this.focused, weekStart);
        break;
      case 'PageUp':
        next = moveDate(this.focused, event.shiftKey ? 'year' : 'month', -1);
        break;
      case 'PageDown':
        next = moveDate(this.focused, event.shiftKey ? 'year' : 'month', 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        event.stopPropagation();
        this.pick(this.focused);
        return;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    const monthChanged = next.month !== this.focused.month || next.year !== this.focused.year;
    this.focused = next;
    this.focusCell = true;
    this.host.requestUpdate();
    // Focus lands on a day; the grid's new label is not read with it everywhere: say the month.
    if (monthChanged) this.options.announce(monthYear(next, this.options.locale()));
  };

  private readonly onDialogKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      // Ours alone: a form around the picker (a disclosure that Escape closes) must not close too.
      event.preventDefault();
      event.stopPropagation();
      this.close();
      return;
    }
    if (event.key !== 'Tab') return;
    const dialog = this.dialog();
    if (!dialog) return;
    const stops = [...dialog.querySelectorAll<HTMLElement>('button, td[tabindex="0"]')];
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = this.host.shadowRoot?.activeElement;
    if (!first || !last) return;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  };

  /** The browser's own Escape on a modal dialog: closed the same way. */
  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };
}

/** The first day of the week in the locale (Monday in German, Sunday in US English). */
export function firstDayOfWeek(locale: string): IsoWeekday {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const day = intlLocale.getWeekInfo?.().firstDay ?? intlLocale.weekInfo?.firstDay;
    if (day && day >= 1 && day <= 7) return day as IsoWeekday;
  } catch {
    // An engine without week data: Monday, the ISO week.
  }
  return 1;
}

/** "November 2026" in the locale. */
export function monthYear(date: CalendarDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(date.year, date.month - 1, 1),
  );
}

/** A weekday's name in the locale ("Mon" / "Monday"). */
function weekdayName(weekday: IsoWeekday, locale: string, width: 'short' | 'long'): string {
  // 2 November 2026 is a Monday.
  const day = { year: 2026, month: 11, day: 1 + weekday };
  if (isoWeekday(day) !== weekday) return String(weekday);
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(day.year, day.month - 1, day.day));
}
