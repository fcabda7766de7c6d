import { nothing, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ariaKeyShortcut, matchesShortcut, parseShortcut, type KeyShortcut } from '../../a11y/shortcuts.js';
import { agentIsTyping } from '../../a11y/typing.js';
import { OutboundErrorEvent } from '../events/outbound-provider-events.js';
import { shortcutLabel } from './labels.js';

/** Where a shortcut goes. */
export type ShortcutAction = 'accept' | 'reject';

export interface PreviewShortcutsOptions {
  /** Whether an offer is on screen: the shortcuts act only then. */
  readonly offered: () => boolean;
  readonly accept: () => void;
  readonly reject: () => void;
}

/**
 * Accept and Reject from anywhere on the page (A11Y-3): the keys come from the `accept-shortcut` and
 * `reject-shortcut` attributes, are listened for on the window while the element is connected, and
 * are ignored while the agent types in a field. The buttons show them and expose them in
 * `aria-keyshortcuts`. A value the element cannot use turns the shortcut off and fires `outbound-error`.
 */
export class PreviewShortcuts implements ReactiveController {
  private readonly keys: Record<ShortcutAction, KeyShortcut | null> = { accept: null, reject: null };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PreviewShortcutsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKeydown);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeydown);
  }

  /** The shortcut of an action, or null when it is off. */
  of(action: ShortcutAction): KeyShortcut | null {
    return this.keys[action];
  }

  /** Reads an attribute's value (`accept-shortcut`, `reject-shortcut`) as the action's shortcut. */
  configure(action: ShortcutAction, attribute: string, value: string): void {
    const parsed = parseShortcut(value);
    if (parsed.ok) {
      this.keys[action] = parsed.shortcut;
      return;
    }
    this.keys[action] = null;
    const message = `${attribute}: ${parsed.message} The shortcut is off.`;
    this.host.dispatchEvent(new OutboundErrorEvent({ code: 'invalid-configuration', message, field: attribute, retryable: false }));
  }

  /** The `aria-keyshortcuts` value of an action's button. */
  aria(action: ShortcutAction) {
    const shortcut = this.keys[action];
    return shortcut ? ariaKeyShortcut(shortcut) : nothing;
  }

  /** The visible hint of a shortcut; screen readers learn it from `aria-keyshortcuts` instead. */
  render(action: ShortcutAction) {
    const shortcut = this.keys[action];
    return shortcut ? html` <kbd part="shortcut" aria-hidden="true">${shortcutLabel(shortcut)}</kbd>` : nothing;
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.repeat || !this.options.offered()) return;
    const action = (['accept', 'reject'] as const).find((candidate) => {
      const shortcut = this.keys[candidate];
      return shortcut !== null && matchesShortcut(event, shortcut);
    });
    if (!action || agentIsTyping()) return;
    event.preventDefault();
    if (action === 'accept') this.options.accept();
    else this.options.reject();
  };
}
