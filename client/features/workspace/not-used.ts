/**
 * What the engine did not use from the chart, most relevant first and grouped by reason, and how
 * "now" was decided: pure functions behind the "Not used from the chart" section.
 */
import type { IgnoredItem, NotUsedKind, NowBasis } from '../../../server/reasoning/types';

/** Kinds in the order they are shown (an item without a kind counts as `other`). */
export const NOT_USED_KIND_ORDER: readonly NotUsedKind[] = [
  'unknown-code',
  'unit',
  'implausible',
  'not-current',
  'out-of-scope',
  'too-old',
  'history',
  'superseded',
  'malformed',
  'other',
];

function kindRank(item: IgnoredItem): number {
  const i = NOT_USED_KIND_ORDER.indexOf(item.kind ?? 'other');
  return i < 0 ? NOT_USED_KIND_ORDER.length : i;
}

/** A comparable time (ms) of an item's date; undated items sort after dated ones. */
function time(item: IgnoredItem): number {
  const t = item.date ? Date.parse(item.date) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

/**
 * Orders items: abnormal results first, then active problems, then by kind, then newest first.
 * @param a - one item
 * @param b - another
 * @returns negative when `a` comes first
 */
export function compareNotUsed(a: IgnoredItem, b: IgnoredItem): number {
  return (
    Number(b.abnormal === true) - Number(a.abnormal === true) ||
    Number(b.activeProblem === true) - Number(a.activeProblem === true) ||
    kindRank(a) - kindRank(b) ||
    (time(b) === time(a) ? 0 : time(b) > time(a) ? 1 : -1) ||
    label(a).localeCompare(label(b))
  );
}

/**
 * @param items - the ignored items
 * @returns a sorted copy
 */
export function sortNotUsed(items: readonly IgnoredItem[]): IgnoredItem[] {
  return [...items].sort(compareNotUsed);
}

/** Items sharing one reason. */
export interface NotUsedGroup {
  readonly reason: string;
  readonly kind: NotUsedKind;
  readonly items: readonly IgnoredItem[];
}

/**
 * Groups items with the same reason; the groups come in the order of their most relevant item, and
 * the items of a group in {@link compareNotUsed} order.
 * @param items - the ignored items
 * @returns the groups
 */
export function groupNotUsed(items: readonly IgnoredItem[]): NotUsedGroup[] {
  const groups = new Map<string, { reason: string; kind: NotUsedKind; items: IgnoredItem[] }>();
  for (const item of sortNotUsed(items)) {
    const key = item.reason.trim();
    const group = groups.get(key);
    if (group) {
      group.items.push(item);
    } else {
      groups.set(key, { reason: key, kind: item.kind ?? 'other', items: [item] });
    }
  }
  return [...groups.values()];
}

/**
 * What an item is called on screen: its display, else its reference.
 * @param item - the item
 * @returns the text
 */
export function label(item: IgnoredItem): string {
  return item.display?.trim() || item.reference;
}

/**
 * Whether a reference names one chart resource (`Type/id`) rather than a counted group.
 * @param reference - the item's reference
 * @returns true for `ResourceType/id`
 */
export function isChartReference(reference: string): boolean {
  return /^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/.test(reference);
}

const BASIS_TEXT: Readonly<Record<NowBasis['basis'], string>> = {
  given: 'reference time given with the request',
  'encounter-in-context': 'encounter in context',
  'open-encounter': 'open encounter',
  'request-time': 'time of request',
};

/**
 * "Reasoning as of 2026-03-01 14:20 (encounter in context, Encounter/e1)".
 * @param now - how now was decided
 * @returns the sentence
 */
export function describeNow(now: NowBasis): string {
  const when = now.asOf.slice(0, 16).replace('T', ' ');
  const basis = BASIS_TEXT[now.basis] ?? now.basis;
  const encounter = now.encounterReference && now.basis !== 'request-time' ? `, ${now.encounterReference}` : '';
  const note = now.note ? ` ${now.note.replace(/[.\s]*$/, '')}.` : '';
  return `Reasoning as of ${when} (${basis}${encounter}).${note}`;
}
