/**
 * Keyboard shortcuts a host page can remap or turn off (A11Y-3), written as in `aria-keyshortcuts`:
 * modifiers and a key joined by `+`, e.g. `Alt+Shift+A`. Pure: no DOM access.
 *
 * Every shortcut needs Alt, Control or Meta, so it can never fire while the agent types text
 * (WCAG 2.1.4, character key shortcuts). `none` (or an empty value) turns a shortcut off.
 */

export interface KeyShortcut {
  /** The key as `aria-keyshortcuts` names it: an upper-case letter, a digit, or a key name (F2, Enter). */
  readonly key: string;
  readonly alt: boolean;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly shift: boolean;
}

export type ShortcutParse =
  | { readonly ok: true; readonly shortcut: KeyShortcut | null }
  | { readonly ok: false; readonly message: string };

/** The parts of a keyboard event a shortcut is matched against. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

const MODIFIERS: Readonly<Record<string, 'alt' | 'ctrl' | 'meta' | 'shift'>> = {
  alt: 'alt',
  option: 'alt',
  control: 'ctrl',
  ctrl: 'ctrl',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  shift: 'shift',
};

const NAMED_KEYS = new Set(['Enter', 'Space', 'Escape', 'Backspace', 'Delete', 'Home', 'End', 'PageUp', 'PageDown']);

/** Reads a shortcut such as `Alt+Shift+A`; `none` or `''` is a shortcut turned off. */
export function parseShortcut(text: string): ShortcutParse {
  const written = text.trim();
  if (written === '' || written.toLowerCase() === 'none') return { ok: true, shortcut: null };
  const parts = written.split('+').map((part) => part.trim());
  const keyPart = parts.pop() ?? '';
  const flags = { alt: false, ctrl: false, meta: false, shift: false };
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (!modifier) return fail(`“${written}”: “${part}” is not a modifier (use Alt, Control, Meta or Shift).`);
    flags[modifier] = true;
  }
  const key = normaliseKey(keyPart);
  if (!key) return fail(`“${written}” does not end with a key: write it like Alt+Shift+A.`);
  if (!flags.alt && !flags.ctrl && !flags.meta) {
    return fail(`“${written}” needs Alt, Control or Meta, so that it cannot fire while the agent types.`);
  }
  return { ok: true, shortcut: { key, ...flags } };
}

/** Whether a key press is the shortcut. Letters and digits match by physical key, so Alt+A still matches where Alt turns A into “å”. */
export function matchesShortcut(press: KeyPress, shortcut: KeyShortcut): boolean {
  if (press.altKey !== shortcut.alt || press.ctrlKey !== shortcut.ctrl) return false;
  if (press.metaKey !== shortcut.meta || press.shiftKey !== shortcut.shift) return false;
  const { key } = shortcut;
  if (/^[A-Z]$/.test(key)) return press.code === `Key${key}` || press.key.toUpperCase() === key;
  if (/^[0-9]$/.test(key)) return press.code === `Digit${key}` || press.key === key;
  if (key === 'Space') return press.key === ' ' || press.code === 'Space';
  return press.key === key;
}

/** The shortcut as an `aria-keyshortcuts` value. */
export function ariaKeyShortcut(shortcut: KeyShortcut): string {
  const modifiers = [
    shortcut.alt ? 'Alt' : null,
    shortcut.ctrl ? 'Control' : null,
    shortcut.meta ? 'Meta' : null,
    shortcut.shift ? 'Shift' : null,
  ].filter((part): part is string => part !== null);
  return [...modifiers, shortcut.key].join('+');
}

function normaliseKey(part: string): string | null {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^f([1-9]|1[0-2])$/i.test(part)) return part.toUpperCase();
  const named = [...NAMED_KEYS].find((name) => name.toLowerCase() === part.toLowerCase());
  return named ?? null;
}

const fail = (message: string): ShortcutParse => ({ ok: false, message });
