/**
 * Checks a response the service built against the spec's rules, including the 3.0 ballot invariants
 * (HL7/cds-hooks input/fsh/invariants): cds-resp-1..7. Run on every response before it is sent; a
 * violation is a bug in our card builders, so it throws.
 */
import { ACTION_TYPES, CARD_INDICATORS, LINK_TYPES, SELECTION_BEHAVIORS, SUMMARY_MAX_LENGTH, type CdsResponse } from '../types';

/**
 * @param response - a response about to be sent
 * @returns the list of violations (empty when conformant)
 */
export function findCardViolations(response: CdsResponse): string[] {
  const problems: string[] = [];
  const uuids = new Set<string>();
  response.cards.forEach((card, i) => {
    const at = `cards[${i}]`;
    if (!card.summary || card.summary.length > SUMMARY_MAX_LENGTH) {
      problems.push(`${at}: summary must be 1–${SUMMARY_MAX_LENGTH} characters`);
    }
    if (!(CARD_INDICATORS as readonly string[]).includes(card.indicator)) {
      problems.push(`${at}: indicator must be info, warning or critical`);
    }
    if (!card.source?.label) {
      problems.push(`${at}: source.label is required`);
    }
    if (!card.uuid) {
      problems.push(`${at}: uuid is required by this service (feedback needs it)`);
    } else if (uuids.has(card.uuid)) {
      problems.push(`${at}: duplicate uuid`);
    } else {
      uuids.add(card.uuid);
    }
    const suggestions = card.suggestions ?? [];
    if (suggestions.length > 0 && !card.selectionBehavior) {
      problems.push(`${at}: suggestions need selectionBehavior (cds-resp-6)`);
    }
    if (card.selectionBehavior && !(SELECTION_BEHAVIORS as readonly string[]).includes(card.selectionBehavior)) {
      problems.push(`${at}: selectionBehavior must be at-most-one or any`);
    }
    suggestions.forEach((s, j) => {
      if (!s.label) {
        problems.push(`${at}.suggestions[${j}]: label is required`);
      }
      if (!s.uuid) {
        problems.push(`${at}.suggestions[${j}]: uuid is required by this service (feedback needs it)`);
      }
      (s.actions ?? []).forEach((a, k) => {
        const where = `${at}.suggestions[${j}].actions[${k}]`;
        if (!(ACTION_TYPES as readonly string[]).includes(a.type)) {
          problems.push(`${where}: type must be create, update or delete`);
        }
        if (!a.description) {
          problems.push(`${where}: description is required (cds-resp-5)`);
        }
        if (a.type === 'delete' && (!a.resourceId || a.resource)) {
          problems.push(`${where}: delete uses resourceId, not resource (cds-resp-2)`);
        }
        if ((a.type === 'create' || a.type === 'update') && !a.resource) {
          problems.push(`${where}: ${a.type} needs a resource`);
        }
      });
    });
    if (card.selectionBehavior === 'at-most-one' && suggestions.filter((s) => s.isRecommended).length > 1) {
      problems.push(`${at}: at-most-one allows one recommended suggestion (cds-resp-1)`);
    }
    (card.overrideReasons ?? []).forEach((r, j) => {
      if (!r.display) {
        problems.push(`${at}.overrideReasons[${j}]: display is required (cds-resp-4)`);
      }
    });
    (card.links ?? []).forEach((l, j) => {
      if (!l.label || !l.url) {
        problems.push(`${at}.links[${j}]: label and url are required`);
      }
      if (!(LINK_TYPES as readonly string[]).includes(l.type)) {
        problems.push(`${at}.links[${j}]: type must be absolute or smart`);
      }
      if (l.appContext !== undefined && l.type !== 'smart') {
        problems.push(`${at}.links[${j}]: appContext only on smart links (cds-resp-3)`);
      }
      try {
        new URL(l.url);
      } catch {
        problems.push(`${at}.links[${j}]: url must be absolute`);
      }
    });
  });
  return problems;
}

/** Throws when the response breaks a rule: our builders must never send a non-conformant card. */
export function assertConformantResponse(response: CdsResponse): void {
  const problems = findCardViolations(response);
  if (problems.length > 0) {
    throw new Error(`non-conformant CDS response: ${problems.join('; ')}`);
  }
}
