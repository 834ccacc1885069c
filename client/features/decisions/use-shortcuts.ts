/**
 * Wires the workspace's keyboard shortcuts (see shortcuts.ts) to the page: the diagnosis cards are
 * `[data-testid="diagnosis"]` articles, each with its own Accept, Reject, Patient disputes and reasoning
 * buttons; the shortcut presses the same button a mouse would, so every decision path stays one path.
 */
import { useEffect } from 'react';
import { moveIndex, shortcutFor } from './shortcuts';

const CARD = 'article[data-testid="diagnosis"]';

function clickIn(card: Element | null, testId: string): boolean {
  const button = card?.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`);
  if (!button || button.disabled) {
    return false;
  }
  button.click();
  return true;
}

/**
 * @param enabled - off for a quality reviewer (no decisions) and while nothing is shown
 * @param onHelp - shows the list of keys
 */
export function useShortcuts(enabled: boolean, onHelp: () => void): void {
  useEffect(() => {
    if (!enabled) {
      return undefined;
    }
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target instanceof HTMLElement ? e.target : null;
      const action = shortcutFor({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, targetTag: target?.tagName ?? '', targetEditable: target?.isContentEditable ?? false });
      if (!action) {
        return;
      }
      const cards = [...document.querySelectorAll<HTMLElement>(CARD)];
      const card = target?.closest<HTMLElement>(CARD) ?? null;
      let handled = true;
      switch (action) {
        case 'next':
        case 'previous': {
          const next = cards[moveIndex(cards.length, card ? cards.indexOf(card) : -1, action === 'next' ? 1 : -1)];
          if (next) {
            next.focus();
            next.scrollIntoView({ block: 'nearest' });
          }
          break;
        }
        case 'accept':
          handled = clickIn(card, 'accept');
          break;
        case 'reject':
          handled = clickIn(card, 'reject');
          // The reason list is the next thing to answer.
          window.setTimeout(() => card?.querySelector<HTMLSelectElement>('[data-testid="reject-reason"]')?.focus(), 0);
          break;
        case 'dispute':
          handled = clickIn(card, 'dispute') || clickIn(card, 'add-dispute');
          window.setTimeout(() => card?.querySelector<HTMLTextAreaElement>('[data-testid="dispute-text"]')?.focus(), 0);
          break;
        case 'reasoning':
          handled = clickIn(card, 'toggle-reasoning');
          break;
        case 'missed': {
          const field = document.querySelector<HTMLInputElement>('[data-testid="missed-search-input"]');
          field?.scrollIntoView({ block: 'center' });
          field?.focus();
          handled = field !== null;
          break;
        }
        case 'help':
          onHelp();
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, onHelp]);
}
