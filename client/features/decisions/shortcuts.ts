/**
 * Keyboard shortcuts of the workspace (issue 15, item 6): every decision in a few keystrokes. The keys
 * act on the diagnosis card that has the focus (or contains it); `j`/`k` move between cards. Nothing
 * fires while the clinician types in a field, or with a modifier key held (the EHR's own shortcuts and
 * the browser's stay theirs).
 */

/** What a key does. */
export type ShortcutAction = 'next' | 'previous' | 'accept' | 'reject' | 'dispute' | 'reasoning' | 'missed' | 'help';

/** The keys, as listed on screen. */
export const SHORTCUTS: readonly { readonly key: string; readonly action: ShortcutAction; readonly label: string }[] = [
  { key: 'j', action: 'next', label: 'next diagnosis' },
  { key: 'k', action: 'previous', label: 'previous diagnosis' },
  { key: 'a', action: 'accept', label: 'accept' },
  { key: 'r', action: 'reject', label: 'reject (then choose a reason)' },
  { key: 'p', action: 'dispute', label: 'patient disputes' },
  { key: 'w', action: 'reasoning', label: 'show or hide why' },
  { key: 'm', action: 'missed', label: 'add a missed diagnosis' },
  { key: '?', action: 'help', label: 'list these keys' },
];

/** The parts of a keyboard event that decide whether a shortcut applies. */
export interface KeyInput {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  /** Tag name of the focused element (upper case, as the DOM gives it), and whether it is editable. */
  readonly targetTag: string;
  readonly targetEditable: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * @param input - the key and where the focus is
 * @returns the action, or undefined when the key is not a shortcut here
 */
export function shortcutFor(input: KeyInput): ShortcutAction | undefined {
  if (input.ctrlKey || input.metaKey || input.altKey || input.targetEditable || TYPING_TAGS.has(input.targetTag)) {
    return undefined;
  }
  return SHORTCUTS.find((s) => s.key === input.key)?.action;
}

/**
 * The card after (or before) the current one, in page order; from outside any card, the first (or last).
 * @param count - how many cards there are
 * @param current - index of the card holding the focus, or -1
 * @param direction - +1 next, -1 previous
 * @returns the index to focus
 */
export function moveIndex(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) {
    return -1;
  }
  if (current < 0) {
    return direction === 1 ? 0 : count - 1;
  }
  return Math.min(count - 1, Math.max(0, current + direction));
}
