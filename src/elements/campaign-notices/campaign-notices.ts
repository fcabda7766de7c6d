import { updateWhenLocaleChanges } from '@lit/localize';
import { LitElement, html, nothing } from 'lit';
import type { Clock, TimerHandle } from '../../services/ports/clock.js';
import { crossedThreshold } from '../../services/domain/interaction/countdown.js';
import type { CampaignNotice } from '../../services/domain/campaign/notices.js';
import type { KitState } from '../../services/state/state.js';
import { joinAsSentences } from '../../a11y/announcer.js';
import { KitSelection } from '../base/kit-selection.js';
import { panelStyles } from '../shared/panel-styles.js';
import { themeStyles } from '../shared/theme.js';
import { campaignNoticesStyles } from './campaign-notices.styles.js';
import { OutboundNoticeDismissEvent, OutboundNoticeGetRecordEvent } from '../events/campaign-notices-events.js';
import { getKitLocale } from '../../localization/localization.js';
import { campaignNoticesLabels as t, formatTimeLeft, noticeTitle } from './labels.js';
import { noticeBody } from './notice-body.js';
import { CustomStates } from '../base/custom-states.js';

const selectNotices = (state: KitState): readonly CampaignNotice[] => state.notices;

/** Milliseconds until the notice closes by itself, never negative. */
const timeLeft = (closesAt: number, now: number): number => Math.max(0, closesAt - now);

/**
 * Campaign lifecycle message boxes (SPEC CAM-1, CAM-2): *loaded*, *started* (or *running*, for a
 * campaign that started before the agent logged in), *stopped* and *unloaded*, one at a time, with
 * the server's text and **OK**. A started Preview campaign's notice also offers **Get Record**.
 * Notices that arrive while one is open queue behind it ("Notice 1 of 3"); OK shows the next. The
 * notice on screen is never replaced; a waiting one made moot by a newer notice of its campaign (started,
 * then stopped, before the agent saw it) gives way to the newer one, which says what it replaces.
 *
 * It is a non-modal `role="dialog"`, not an `alertdialog`: an alert dialog is modal by definition
 * and expects focus to move into it, while a notice must not interrupt an agent who is typing or
 * talking (A11Y-1). So it never takes focus when it appears. It is announced once, politely, through
 * the provider's live region (campaign news is not urgent, and it stays on screen until OK), and it
 * sits in the normal Tab order where the host places it. Escape inside it is OK. After OK or Get
 * Record, if focus was inside, it moves to the next notice's OK, or back where the agent came from.
 *
 * A started notice may close by itself (the provider's `notice-timeout`): its time starts when it is
 * shown, not when it arrives; the time left is shown, updated once a second, and announced, with the
 * campaign's name, only at 10 and 5 seconds (A11Y-2).
 *
 * Place it inside `<outbound-provider>`; it takes no space while no notice is waiting. Use one per
 * kit: each instance announces the notices it shows.
 *
 * @tag campaign-notices
 * @fires {OutboundNoticeDismissEvent} outbound-notice-dismiss - The agent dismissed a notice with OK or Escape; `detail` ({ noticeId, campaignId, kind }). Not fired when a notice closes by itself.
 * @fires {OutboundNoticeGetRecordEvent} outbound-notice-get-record - The agent chose Get Record; `detail` ({ noticeId, campaignId }). Cancel it to keep the request from being sent and the notice open.
 * @csspart base - The dialog frame.
 * @csspart title - The notice's title ("Campaign started").
 * @csspart campaign - The campaign's name.
 * @csspart position - "Notice 1 of 3", shown while more notices are waiting.
 * @csspart message - The server's text.
 * @csspart replaces - Says which earlier notices of the campaign, never shown, this one replaces ("Campaign started").
 * @csspart countdown - The time left before the notice closes by itself.
 * @csspart actions - The row of buttons.
 * @csspart keep-open - Turns off the time limit of a notice that closes by itself (WCAG 2.2.1).
 * @csspart ok - The OK button.
 * @csspart get-record - The Get Record button.
 * @cssprop --outbound-font-family - Font of the kit.
 * @cssprop --outbound-color-text - Main text colour.
 * @cssprop --outbound-color-text-muted - Position and countdown text.
 * @cssprop --outbound-color-surface - Background.
 * @cssprop --outbound-color-border - The frame.
 * @cssprop --outbound-color-accent - Buttons and the frame's leading stripe.
 * @cssprop --outbound-color-on-accent - Text on buttons.
 * @cssprop --outbound-color-focus - Focus outline.
 * @cssprop --outbound-space - Base spacing.
 * @cssprop --outbound-radius - Corner radius.
 * @cssstate open - A notice is shown.
 * @cssstate queued - More notices wait behind the one shown.
 * @cssstate timed - The notice shown closes by itself.
 */
export class CampaignNotices extends LitElement {
  static override styles = [themeStyles, panelStyles, campaignNoticesStyles];

  /** The id of the notice shown, or null when none is waiting. */
  get currentNoticeId(): string | null {
    return this.queue.value[0]?.id ?? null;
  }

  private readonly queue = new KitSelection(this, selectNotices);
  private readonly states = new CustomStates(this);
  /** The notice last shown (and announced): each notice is announced once. */
  private shownId: string | null = null;
  /** The countdown's previous reading, to tell when it crosses an announced threshold. */
  private lastReadingMs = 0;
  private tick: { readonly clock: Clock; readonly handle: TimerHandle } | undefined;

  /** The provider's clock, which stamped the notices' deadlines. */
  private get clock(): Clock {
    return this.queue.clock;
  }
  /** Set when the shown notice changes while focus is inside: focus follows after the render. */
  private moveFocus = false;
  /** Where focus came from when the agent entered the dialog. */
  private returnFocusTo: HTMLElement | null = null;
  /** Said together with the next notice's announcement, which would otherwise replace it. */
  private leadIn = '';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTicking();
  }

  protected override willUpdate(): void {
    const queue = this.queue.value;
    const notice = queue[0];
    this.states.set('open', notice !== undefined);
    this.states.set('queued', queue.length > 1);
    this.states.set('timed', notice !== undefined && notice.closesAt !== null);
    const id = notice?.id ?? null;
    if (id === this.shownId) return;
    this.shownId = id;
    this.moveFocus = this.hasFocusInside();
    if (notice?.closesAt != null) this.lastReadingMs = timeLeft(notice.closesAt, this.clock.now());
    const speech = joinAsSentences([this.leadIn, notice ? this.describe(notice, queue.length) : ''].filter(Boolean));
    this.leadIn = '';
    if (speech) this.queue.services?.announcer.announce(speech, 'polite');
  }

  protected override updated(): void {
    this.scheduleTick();
    if (!this.moveFocus) return;
    this.moveFocus = false;
    const ok = this.shadowRoot?.querySelector<HTMLButtonElement>('[part="ok"]');
    if (ok) {
      ok.focus();
      return;
    }
    // The last notice is gone: focus goes back where the agent came from rather than to the page.
    if (this.returnFocusTo?.isConnected) this.returnFocusTo.focus();
    this.returnFocusTo = null;
  }

  protected override render() {
    const queue = this.queue.value;
    const notice = queue[0];
    if (!notice) return nothing;
    const queued = queue.length > 1;
    return html`
      <div
        class="base"
        part="base"
        role="dialog"
        aria-modal="false"
        aria-labelledby="title campaign"
        aria-describedby=${['message', notice.replaces.length ? 'replaces' : '', queued ? 'position' : ''].filter(Boolean).join(' ')}
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
      >
        <div class="heading">
          <div class="title" part="title" id="title">${noticeTitle(notice)}</div>
          ${queued
            ? html`<div class="position" part="position" id="position">${t.position(1, queue.length)}</div>`
            : nothing}
        </div>
        <div class="campaign" part="campaign" id="campaign">${notice.campaignName}</div>
        <p class="message" part="message" id="message">${noticeBody(notice)}</p>
        ${notice.replaces.length ? html`<p class="replaces" part="replaces" id="replaces">${this.replacesText(notice)}</p>` : nothing}
        ${notice.closesAt === null ? nothing : this.renderCountdown(notice.closesAt)}
        <div class="actions" part="actions">
          ${notice.offersGetRecord
            ? html`<button part="get-record" @click=${this.getRecord}>${t.getRecord()}</button>`
            : nothing}
          ${notice.closesAt === null
            ? nothing
            : html`<button part="keep-open" @click=${this.keepOpen}>${t.keepOpen()}</button>`}
          <button part="ok" @click=${this.dismiss}>${t.ok()}</button>
        </div>
      </div>
    `;
  }

  private renderCountdown(closesAt: number) {
    const seconds = Math.ceil(timeLeft(closesAt, this.clock.now()) / 1000);
    // role="timer" is a live region that is off by default: the announcer speaks at thresholds.
    return html`<p class="countdown" part="countdown" role="timer">${t.closesIn(formatTimeLeft(seconds))}</p>`;
  }

  /** Which earlier notices, never shown, this one stands for: the agent is told they existed. */
  private replacesText(notice: CampaignNotice): string {
    const titles = notice.replaces.map((kind) => noticeTitle({ kind, catchUp: false }));
    return t.replaces(new Intl.ListFormat(getKitLocale(), { type: 'conjunction' }).format(titles));
  }

  private describe(notice: CampaignNotice, count: number): string {
    const parts = [t.announcement(noticeTitle(notice), notice.campaignName, noticeBody(notice))];
    if (notice.replaces.length) parts.push(this.replacesText(notice));
    if (notice.closesAt !== null) parts.push(t.closesInSeconds(Math.ceil(timeLeft(notice.closesAt, this.clock.now()) / 1000)));
    if (count > 1) parts.push(t.position(1, count));
    // As sentences: the server's text may end without a full stop ("… has started").
    return joinAsSentences(parts);
  }

  private dismiss(): void {
    const notice = this.actionableNotice();
    if (!notice) return;
    this.queue.services?.commands.dismissNotice(notice.id);
    const { id: noticeId, campaignId, kind } = notice;
    this.dispatchEvent(new OutboundNoticeDismissEvent({ noticeId, campaignId, kind }));
  }

  /** More time (WCAG 2.2.1): the notice stays until OK; focus moves to OK as Keep open goes away. */
  private keepOpen(): void {
    const notice = this.actionableNotice();
    if (!notice) return;
    this.queue.services?.commands.keepNoticeOpen(notice.id);
    this.queue.services?.announcer.announce(t.keptOpen());
    void this.updateComplete.then(() => this.shadowRoot?.querySelector<HTMLElement>('[part="ok"]')?.focus());
  }

  private getRecord(): void {
    const notice = this.actionableNotice();
    const services = this.queue.services;
    if (!notice?.offersGetRecord || !services) return;
    if (!this.dispatchEvent(new OutboundNoticeGetRecordEvent({ noticeId: notice.id, campaignId: notice.campaignId }))) {
      return;
    }
    // A refusal is announced (assertively) by the provider, with the reason.
    if (services.commands.getRecordFromNotice(notice.id).sent) this.leadIn = t.requested(notice.campaignName);
  }

  /**
   * The notice on screen, if the store still holds it. Between the agent's action and the next frame's
   * render the old notice is still shown; a second Enter must not act on it twice.
   */
  private actionableNotice(): CampaignNotice | undefined {
    const shown = this.queue.value[0];
    const stillQueued = this.queue.latest().some((notice) => notice.id === shown?.id);
    return stillQueued ? shown : undefined;
  }

  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    // Handled here: the same Escape must not also close a host dialog around the kit.
    event.stopPropagation();
    this.dismiss();
  }

  private onFocusin(event: FocusEvent): void {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !this.shadowRoot?.contains(from)) this.returnFocusTo = from;
  }

  /** Wakes just after the shown second changes, so the countdown moves once a second. */
  private scheduleTick(): void {
    this.stopTicking();
    const closesAt = this.queue.value[0]?.closesAt;
    if (closesAt == null || !this.isConnected) return;
    const left = timeLeft(closesAt, this.clock.now());
    if (left === 0) return; // the provider's expiry effect removes it
    const clock = this.clock;
    const name = this.queue.value[0]?.campaignName ?? '';
    this.tick = { clock, handle: clock.setTimer(() => this.onTick(closesAt, name), (left % 1000 || 1000) + 15) };
  }

  private onTick(closesAt: number, campaignName: string): void {
    this.tick = undefined;
    const left = timeLeft(closesAt, this.clock.now());
    const crossed = crossedThreshold(this.lastReadingMs, left);
    this.lastReadingMs = left;
    // Heard seconds after the notice, maybe while the agent is elsewhere: it says which notice.
    if (crossed !== null) this.queue.services?.announcer.announce(t.noticeClosesInSeconds(campaignName, crossed), 'polite');
    this.requestUpdate();
  }

  private stopTicking(): void {
    this.tick?.clock.clearTimer(this.tick.handle);
    this.tick = undefined;
  }

  private hasFocusInside(): boolean {
    return this.shadowRoot?.activeElement != null;
  }
}
