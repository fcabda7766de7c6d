import { expect } from '@open-wc/testing';
import { ariaKeyShortcut, matchesShortcut, parseShortcut, type KeyPress, type KeyShortcut } from '../../src/a11y/shortcuts.js';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: 'a',
  code: 'KeyA',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

function parsed(text: string): KeyShortcut {
  const result = parseShortcut(text);
  if (!result.ok || !result.shortcut) throw new Error(`expected a shortcut from ${text}`);
  return result.shortcut;
}

describe('Keyboard shortcuts', () => {
  it('A11Y-3: reads modifiers in any order and case, with their common names', () => {
    expect(parsed('alt+shift+a')).to.deep.equal({ key: 'A', alt: true, ctrl: false, meta: false, shift: true });
    expect(parsed('Shift + Ctrl + 7')).to.deep.equal({ key: '7', alt: false, ctrl: true, meta: false, shift: true });
    expect(parsed('Cmd+Enter')).to.deep.equal({ key: 'Enter', alt: false, ctrl: false, meta: true, shift: false });
    expect(parsed('Option+f2').key).to.equal('F2');
  });

  it('A11Y-3: none or an empty value turns a shortcut off', () => {
    expect(parseShortcut('none')).to.deep.equal({ ok: true, shortcut: null });
    expect(parseShortcut('  ')).to.deep.equal({ ok: true, shortcut: null });
  });

  it('A11Y-3: a shortcut without Alt, Control or Meta is refused, saying why', () => {
    const result = parseShortcut('Shift+A');
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.message).to.equal('“Shift+A” needs Alt, Control or Meta, so that it cannot fire while the agent types.');
    expect(parseShortcut('A').ok).to.equal(false);
  });

  it('A11Y-3: unknown modifiers and missing keys are refused by name', () => {
    const hyper = parseShortcut('Hyper+A');
    expect(!hyper.ok && hyper.message).to.equal('“Hyper+A”: “Hyper” is not a modifier (use Alt, Control, Meta or Shift).');
    const noKey = parseShortcut('Alt+');
    expect(!noKey.ok && noKey.message).to.equal('“Alt+” does not end with a key: write it like Alt+Shift+A.');
    expect(parseShortcut('Alt+Tab').ok).to.equal(false);
  });

  it('A11Y-3: matches the exact modifiers, by physical key for letters (Alt+A types å on a Mac)', () => {
    const shortcut = parsed('Alt+Shift+A');
    expect(matchesShortcut(press({ key: 'Å', altKey: true, shiftKey: true }), shortcut)).to.equal(true);
    expect(matchesShortcut(press({ key: 'A', altKey: true, shiftKey: true, ctrlKey: true }), shortcut)).to.equal(false);
    expect(matchesShortcut(press({ key: 'a', altKey: true }), shortcut)).to.equal(false);
    expect(matchesShortcut(press({ key: 'r', code: 'KeyR', altKey: true, shiftKey: true }), shortcut)).to.equal(false);
    expect(matchesShortcut(press({ key: 'Enter', code: 'Enter', metaKey: true }), parsed('Meta+Enter'))).to.equal(true);
  });

  it('A11Y-3: is written back in aria-keyshortcuts form', () => {
    expect(ariaKeyShortcut(parsed('shift+ctrl+alt+r'))).to.equal('Alt+Control+Shift+R');
  });
});
