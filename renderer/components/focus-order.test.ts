import { describe, expect, it } from 'vitest';
import { enterMovesFocus, isSaveShortcut, nextIndex } from './focus-order';

const input = (over: Partial<Parameters<typeof enterMovesFocus>[0]> = {}) => ({
  tag: 'INPUT',
  type: 'text',
  role: null,
  defaultPrevented: false,
  composing: false,
  ...over,
});

describe('enterMovesFocus', () => {
  it('moves on from single-line inputs, checkboxes and radios', () => {
    expect(enterMovesFocus(input())).toBe(true);
    expect(enterMovesFocus(input({ type: 'tel' }))).toBe(true);
    expect(enterMovesFocus(input({ type: 'checkbox' }))).toBe(true);
    expect(enterMovesFocus(input({ type: 'radio' }))).toBe(true);
  });
  it('leaves Enter alone where it already means something', () => {
    expect(enterMovesFocus(input({ tag: 'TEXTAREA', type: '' }))).toBe(false);
    expect(enterMovesFocus(input({ tag: 'BUTTON', type: 'submit' }))).toBe(false);
    expect(enterMovesFocus(input({ role: 'combobox' }))).toBe(false);
    expect(enterMovesFocus(input({ composing: true }))).toBe(false);
    expect(enterMovesFocus(input({ defaultPrevented: true }))).toBe(false);
    expect(enterMovesFocus(input({ type: 'submit' }))).toBe(false);
  });
});

describe('nextIndex', () => {
  it('returns the following field, or -1 after the last / when not found', () => {
    expect(nextIndex(3, 0)).toBe(1);
    expect(nextIndex(3, 2)).toBe(-1);
    expect(nextIndex(3, -1)).toBe(-1);
  });
});

describe('isSaveShortcut', () => {
  const k = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }>) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });
  it('accepts Ctrl+S and Cmd+S in either case', () => {
    expect(isSaveShortcut(k('s', { ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(k('S', { ctrlKey: true }))).toBe(true);
    expect(isSaveShortcut(k('s', { metaKey: true }))).toBe(true);
  });
  it('rejects plain s and Ctrl+Alt+S', () => {
    expect(isSaveShortcut(k('s', {}))).toBe(false);
    expect(isSaveShortcut(k('s', { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
