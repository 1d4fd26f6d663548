// Which key does what in presenter mode. Presentation clickers send PageDown / PageUp (some send
// the arrow keys) and B or "." to blank the screen. Space is left to the buttons. Pure, so the
// rules are tested without a browser.

export type ClickerAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'presenter' | 'leave';

const ACTIONS: Record<string, ClickerAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  p: 'presenter',
  P: 'presenter',
  Escape: 'leave',
};

/** What a focused element does with keys itself, so it keeps them. */
export interface FocusedElement {
  tag: string;
  /** An input's type (lower case); '' for other elements. */
  type: string;
  role: string | null;
  editable: boolean;
  /** Inside an open dialog or an open menu (Escape and arrows are theirs). */
  inDialog: boolean;
}

const TEXT_FREE_INPUTS = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);
const ARROW_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);
const SLIDER_KEYS = new Set([...ARROW_KEYS, 'PageUp', 'PageDown', 'Home', 'End']);
/** Widgets that move with the arrow keys themselves. */
const ARROW_ROLES = new Set([
  'radio',
  'radiogroup',
  'tab',
  'tablist',
  'menuitem',
  'menu',
  'option',
  'listbox',
  'slider',
  'spinbutton',
  'grid',
  'treeitem',
]);

/** Whether the focused element keeps this key (typing in a field, moving a slider or a radio). */
export function keepsKey(focused: FocusedElement | null, key: string): boolean {
  if (!focused) return false;
  if (focused.inDialog) return true;
  if (focused.editable || focused.tag === 'TEXTAREA' || focused.tag === 'SELECT') return true;
  if (focused.tag === 'INPUT' && !TEXT_FREE_INPUTS.has(focused.type)) return true;
  if ((focused.tag === 'INPUT' && focused.type === 'range') || focused.role === 'slider')
    return SLIDER_KEYS.has(key);
  if ((focused.tag === 'INPUT' && focused.type === 'radio') || ARROW_ROLES.has(focused.role ?? ''))
    return ARROW_KEYS.has(key);
  return false;
}

/**
 * The action for a key press, or null when the key is not ours: modifiers held, a field keeps it,
 * or (outside presenter mode) anything but P.
 */
export function clickerAction(
  key: string,
  modifiers: { alt: boolean; ctrl: boolean; meta: boolean },
  focused: FocusedElement | null,
  presenter: boolean,
): ClickerAction | null {
  if (modifiers.alt || modifiers.ctrl || modifiers.meta) return null;
  const action = ACTIONS[key];
  if (!action || keepsKey(focused, key)) return null;
  if (!presenter && action !== 'presenter') return null;
  return action;
}

/** The facts keepsKey needs about a DOM element. */
export function describeFocused(target: EventTarget | null): FocusedElement | null {
  if (!(target instanceof HTMLElement)) return null;
  return {
    tag: target.tagName,
    type: target instanceof HTMLInputElement ? target.type.toLowerCase() : '',
    role: target.getAttribute('role'),
    editable: target.isContentEditable,
    inDialog: target.closest('dialog[open], [role="menu"], [data-own-keys]') !== null,
  };
}

/** Keys that would turn, step or zoom the view by themselves (the 3D view's and the pain cycle's). */
const VIEW_KEYS = new Set(['+', '=', '-', '_']);

/**
 * Whether the patient's screen swallows this key: it only mirrors the practitioner's, so the
 * presenter's keys, the clicker's, the pain cycle's (Space included, unless a button is pressed
 * with it) and the 3D view's do nothing there. Tab and Enter still reach its one button.
 */
export function patientSwallowsKey(key: string, focused: FocusedElement | null): boolean {
  if (key === ' ') return focused?.tag !== 'BUTTON';
  return key in ACTIONS || VIEW_KEYS.has(key);
}
