/**
 * Two checks of a CDS Hooks response, kept apart so that neither hides the other:
 *
 * - {@link findSpecViolations}: what the specification requires of any service: the CDS Hooks 2.0
 *   required fields and value sets (https://cds-hooks.hl7.org/2.0/#cds-service-response) and the
 *   3.0 ballot invariants cds-resp-1..7 (HL7/cds-hooks input/fsh/invariants). The spec's own
 *   example response passes it, verbatim. (The feedback invariants cds-fb-1..3 are enforced where
 *   feedback is parsed: FeedbackItemSchema in ../request-schemas.ts.)
 * - {@link findPolicyViolations}: this service's own rules for its cards, stricter than the spec
 *   (see build-card.ts): a uuid on every card and suggestion so that feedback can name them, a
 *   source url to the model label, a smart link that opens the app on this card and an absolute
 *   link, absolute URLs only, and the one coded set of override reasons.
 *
 * {@link findCardViolations} runs both on every response the service builds (cds-hooks/router.ts): a
 * violation is a bug in our card builders, and the cards are withheld and the problems logged.
 */
import { DECISION_REASONS, DECISION_REASON_SYSTEM } from '../../server/decision-reasons';
import { ACTION_TYPES, CARD_INDICATORS, LINK_TYPES, SELECTION_BEHAVIORS, SUMMARY_MAX_LENGTH, type CdsResponse } from '../types';

/** 3.0 ballot, cds-resp-7. Services should not send it unless the client documents support (policy). */
const ACTION_SELECTION_BEHAVIORS = ['all', 'any', 'at-most-one'] as const;

const isAbsoluteUrl = (value: unknown): boolean => {
  if (typeof value !== 'string') {
    return false;
  }
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

const nonEmpty = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0;
const oneOf = (list: readonly string[], value: unknown): boolean => typeof value === 'string' && list.includes(value);

/**
 * The specification's rules only: what any conformant response satisfies. Written defensively, as it
 * also reads payloads from outside (the spec's examples), not only our typed cards.
 * @param response - a response
 * @returns the list of violations (empty when conformant)
 */
export function findSpecViolations(response: CdsResponse): string[] {
  const problems: string[] = [];
  if (!Array.isArray(response?.cards as unknown)) {
    return ['cards is required and must be an array'];
  }
  response.cards.forEach((card, i) => {
    const at = `cards[${i}]`;
    if (!nonEmpty(card.summary) || card.summary.length > SUMMARY_MAX_LENGTH) {
      problems.push(`${at}: summary is required, under 140 characters`);
    }
    if (!oneOf(CARD_INDICATORS, card.indicator)) {
      problems.push(`${at}: indicator must be info, warning or critical`);
    }
    if (!nonEmpty(card.source?.label)) {
      problems.push(`${at}: source.label is required`);
    }
    if (card.source?.url !== undefined && !isAbsoluteUrl(card.source.url)) {
      problems.push(`${at}: source.url must be an absolute URL`);
    }
    if (card.source?.icon !== undefined && !isAbsoluteUrl(card.source.icon)) {
      problems.push(`${at}: source.icon must be an absolute URL`);
    }
    const suggestions = card.suggestions ?? [];
    if (suggestions.length > 0 && !card.selectionBehavior) {
      problems.push(`${at}: suggestions need selectionBehavior (cds-resp-6)`);
    }
    if (card.selectionBehavior !== undefined && !oneOf(SELECTION_BEHAVIORS, card.selectionBehavior)) {
      problems.push(`${at}: selectionBehavior must be at-most-one or any`);
    }
    if (card.selectionBehavior === 'at-most-one' && suggestions.filter((s) => s.isRecommended).length > 1) {
      problems.push(`${at}: at-most-one allows one recommended suggestion (cds-resp-1)`);
    }
    suggestions.forEach((s, j) => {
      const where = `${at}.suggestions[${j}]`;
      if (!nonEmpty(s.label)) {
        problems.push(`${where}: label is required`);
      }
      const asb = (s as { actionSelectionBehavior?: unknown }).actionSelectionBehavior;
      if (asb !== undefined && !oneOf(ACTION_SELECTION_BEHAVIORS, asb)) {
        problems.push(`${where}: actionSelectionBehavior must be all, any or at-most-one (cds-resp-7)`);
      }
      (s.actions ?? []).forEach((a, k) => {
        const act = `${where}.actions[${k}]`;
        if (!oneOf(ACTION_TYPES, a.type)) {
          problems.push(`${act}: type must be create, update or delete`);
        }
        if (!nonEmpty(a.description)) {
          problems.push(`${act}: description is required (cds-resp-5)`);
        }
        if (a.type === 'delete' && (!a.resourceId || a.resource)) {
          problems.push(`${act}: delete uses resourceId, not resource (cds-resp-2)`);
        }
        if ((a.type === 'create' || a.type === 'update') && !a.resource) {
          problems.push(`${act}: ${a.type} needs a resource`);
        }
      });
    });
    (card.overrideReasons ?? []).forEach((r, j) => {
      if (!nonEmpty(r.display)) {
        problems.push(`${at}.overrideReasons[${j}]: display is required (cds-resp-4)`);
      }
    });
    (card.links ?? []).forEach((l, j) => {
      const where = `${at}.links[${j}]`;
      if (!nonEmpty(l.label) || !nonEmpty(l.url)) {
        problems.push(`${where}: label and url are required`);
      }
      if (!oneOf(LINK_TYPES, l.type)) {
        problems.push(`${where}: type must be absolute or smart`);
      }
      if (l.type === 'absolute' && nonEmpty(l.url) && !isAbsoluteUrl(l.url)) {
        problems.push(`${where}: an absolute link needs an absolute url`);
      }
      if (l.appContext !== undefined && l.type !== 'smart') {
        problems.push(`${where}: appContext only on smart links (cds-resp-3)`);
      }
    });
  });
  return problems;
}

const LOCAL_REASON_CODES: ReadonlySet<string> = new Set(DECISION_REASONS.map((r) => r.code));

/** True when the smart link's appContext names this card (the app opens on it). */
function namesCard(appContext: string | undefined, uuid: string | undefined): boolean {
  if (!appContext || !uuid) {
    return false;
  }
  try {
    return (JSON.parse(appContext) as { cardUuid?: unknown }).cardUuid === uuid;
  } catch {
    return false;
  }
}

/**
 * This service's own rules for the cards it builds (beyond the spec). Run together with the spec
 * check; on its own it assumes a spec-shaped response.
 * @param response - a response this service built
 * @returns the list of violations (empty when the cards follow our rules)
 */
export function findPolicyViolations(response: CdsResponse): string[] {
  const problems: string[] = [];
  const uuids = new Set<string>();
  const claim = (uuid: string | undefined, where: string, what: string): void => {
    if (!uuid) {
      problems.push(`${where}: uuid is required by this service (feedback needs it)`);
    } else if (uuids.has(uuid)) {
      problems.push(`${where}: duplicate ${what} uuid`);
    } else {
      uuids.add(uuid);
    }
  };
  (response?.cards ?? []).forEach((card, i) => {
    const at = `cards[${i}]`;
    claim(card.uuid, at, 'card');
    (card.suggestions ?? []).forEach((s, j) => {
      claim(s.uuid, `${at}.suggestions[${j}]`, 'suggestion');
      if ((s as { actionSelectionBehavior?: unknown }).actionSelectionBehavior !== undefined) {
        problems.push(`${at}.suggestions[${j}]: actionSelectionBehavior is not sent (clients need not support it)`);
      }
    });
    if (!isAbsoluteUrl(card.source?.url)) {
      problems.push(`${at}: source.url to the model label is required by this service`);
    }
    const links = card.links ?? [];
    links.forEach((l, j) => {
      if (!isAbsoluteUrl(l.url)) {
        problems.push(`${at}.links[${j}]: url must be absolute`);
      }
    });
    if (!links.some((l) => l.type === 'smart' && namesCard(l.appContext, card.uuid))) {
      problems.push(`${at}: needs a smart link whose appContext names the card (the app opens on it)`);
    }
    if (!links.some((l) => l.type === 'absolute')) {
      problems.push(`${at}: needs an absolute link (the model label)`);
    }
    const reasons = card.overrideReasons ?? [];
    if (reasons.length === 0) {
      problems.push(`${at}: overrideReasons are required by this service (the one coded reason set)`);
    }
    reasons.forEach((r, j) => {
      if (r.system !== DECISION_REASON_SYSTEM || !r.code || !LOCAL_REASON_CODES.has(r.code)) {
        problems.push(`${at}.overrideReasons[${j}]: must be a code of ${DECISION_REASON_SYSTEM}`);
      }
    });
  });
  return problems;
}

/**
 * Both checks: the spec's rules and this service's. Meant for responses this service built.
 * @param response - a response about to be sent
 * @returns the list of violations (empty when conformant)
 */
export function findCardViolations(response: CdsResponse): string[] {
  return [...findSpecViolations(response), ...findPolicyViolations(response)];
}
