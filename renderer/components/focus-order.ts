/**
 * Keyboard helpers for data-entry forms: Enter in a single-line field moves to the next field instead of
 * submitting (clerks type a whole intake sheet without the mouse, and an early Enter must never save half a
 * case), and Ctrl/Cmd+S saves.
 */

/** What the Enter handler needs to know about the element that has focus. */
export type EnterTarget = {
  tag: string;
  type: string;
  role: string | null;
  /** A control inside the field that already handled Enter (e.g. an open picker) sets defaultPrevented. */
  defaultPrevented: boolean;
  composing: boolean;
};

const TEXTUAL_INPUT_TYPES = new Set([
  'text',
  'search',
  'tel',
  'email',
  'number',
  'password',
  'url',
  'checkbox',
  'radio',
  'date',
  '',
]);

/**
 * Whether Enter should move focus onwards. Not for: textareas (Enter is a newline), buttons (Enter presses
 * them), comboboxes (antd Select uses Enter to open the list and pick an option), IME composition (Enter
 * confirms the candidate Chinese characters), or keys another handler already consumed.
 */
export function enterMovesFocus(t: EnterTarget): boolean {
  if (t.defaultPrevented || t.composing) return false;
  if (t.tag !== 'INPUT') return false;
  if (t.role === 'combobox') return false;
  return TEXTUAL_INPUT_TYPES.has(t.type);
}

/** Index of the field after `current` in tab order, or -1 when `current` is the last one or not in the list. */
export function nextIndex(count: number, current: number): number {
  if (current < 0 || current >= count - 1) return -1;
  return current + 1;
}

/** True for Ctrl+S / Cmd+S (any case, so Caps Lock or Shift does not matter). */
export function isSaveShortcut(e: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's';
}

const FIELD_SELECTOR = 'input, textarea, select, [role="combobox"]';

function isFocusableField(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.hasAttribute('disabled') || el.getAttribute('aria-hidden') === 'true')
    return false;
  if (el instanceof HTMLInputElement) {
    if (el.type === 'hidden') return false;
    // In a radio group only the checked radio (or the first when none is) is a tab stop, as browsers do.
    if (el.type === 'radio' && !el.checked && el.name !== '') {
      const group = el.form?.querySelectorAll<HTMLInputElement>(
        `input[type="radio"][name="${CSS.escape(el.name)}"]`,
      );
      const anyChecked = group !== undefined && Array.from(group).some((r) => r.checked);
      if (anyChecked || group?.[0] !== el) return false;
    }
  }
  // Hidden (display:none or in a collapsed section) elements have no client rects.
  return el.getClientRects().length > 0;
}

/** The form's fields in DOM order (which is our tab order: no positive tabIndex anywhere). */
export function fieldsIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FIELD_SELECTOR)).filter(isFocusableField);
}

/**
 * Handle Enter on a form's keydown: move focus to the next field, or to `fallback` (the save button) after the
 * last one. Returns true when it handled the key.
 */
export function moveFocusOnEnter(e: KeyboardEvent, root: HTMLElement, fallback: HTMLElement | null): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.metaKey || e.altKey) return false;
  const target = e.target;
  if (!(target instanceof HTMLElement)) return false;
  const ok = enterMovesFocus({
    tag: target.tagName,
    type: target instanceof HTMLInputElement ? target.type : '',
    role: target.getAttribute('role'),
    defaultPrevented: e.defaultPrevented,
    composing: e.isComposing,
  });
  if (!ok) return false;
  e.preventDefault();
  const fields = fieldsIn(root);
  const next = fields[nextIndex(fields.length, fields.indexOf(target))];
  (next ?? fallback)?.focus();
  return true;
}
