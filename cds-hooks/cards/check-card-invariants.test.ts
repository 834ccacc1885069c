/**
 * The last check before a card leaves (issue 19: each rule fails when broken): a card this service builds passes
 * both the specification's rules and ours; each rule, broken on its own, is reported.
 */
import { describe, expect, test } from 'vitest';
import { buildCard } from './build-card';
import { findCardViolations, findPolicyViolations, findSpecViolations } from './check-card-invariants';
import type { CdsResponse } from '../types';

const ctx = { publicBaseUrl: 'http://localhost', model: { id: 'm', version: '1' }, knowledgeVersion: '1' };
const good = (): CdsResponse['cards'][number] =>
  buildCard(ctx, { summary: 'Consider PE', indicator: 'warning', detail: 'Why', topic: { code: 'differential', display: 'Differential' }, suggestions: [{ label: 'Order D-dimer' }] });
const respond = (card: CdsResponse['cards'][number]): CdsResponse => ({ cards: [card] });
/** Violations of one broken card, spec and policy together. */
const broken = (change: (card: Record<string, unknown>) => void): string[] => {
  const card = structuredClone(good()) as unknown as Record<string, unknown>;
  change(card);
  return findCardViolations(respond(card as unknown as CdsResponse['cards'][number]));
};

describe('card invariants', () => {
  test('a card this service builds breaks no rule; no cards, no violations of ours', () => {
    expect(findCardViolations(respond(good()))).toEqual([]);
    expect(findPolicyViolations({ cards: [] })).toEqual([]);
    expect(findPolicyViolations(undefined as unknown as CdsResponse)).toEqual([]);
    expect(findSpecViolations(undefined as unknown as CdsResponse)).toEqual(['cards is required and must be an array']);
  });

  test('the smart link must name this card in its appContext', () => {
    const needs = 'cards[0]: needs a smart link whose appContext names the card (the app opens on it)';
    expect(broken((c) => ((c.links as { appContext?: string }[])[0].appContext = JSON.stringify({ cardUuid: 'another' })))).toContain(needs);
    expect(broken((c) => ((c.links as { appContext?: string }[])[0].appContext = 'not json'))).toContain(needs);
    expect(broken((c) => delete (c.links as { appContext?: string }[])[0].appContext)).toContain(needs);
    // Without a card uuid nothing can name it, and feedback could not refer to it.
    const noUuid = broken((c) => delete c.uuid);
    expect(noUuid).toContain('cards[0]: uuid is required by this service (feedback needs it)');
    expect(noUuid).toContain(needs);
    // An appContext without a cardUuid does not name a card that has none either.
    expect(broken((c) => {
      delete c.uuid;
      (c.links as { appContext?: string }[])[0].appContext = '{}';
    })).toContain(needs);
  });

  test('links: an absolute one is required, urls absolute, types known, appContext on smart links only', () => {
    expect(broken((c) => (c.links = (c.links as { type: string }[]).filter((l) => l.type === 'smart')))).toContain('cards[0]: needs an absolute link (the model label)');
    const relative = broken((c) => ((c.links as { url: string }[])[1].url = '/model-label/'));
    expect(relative).toContain('cards[0].links[1]: an absolute link needs an absolute url');
    expect(relative).toContain('cards[0].links[1]: url must be absolute');
    expect(broken((c) => ((c.links as { type: string }[])[1].type = 'relative'))).toContain('cards[0].links[1]: type must be absolute or smart');
    expect(broken((c) => ((c.links as { appContext?: string }[])[1].appContext = '{}'))).toContain('cards[0].links[1]: appContext only on smart links (cds-resp-3)');
    expect(broken((c) => ((c.links as { label: string }[])[1].label = ' '))).toContain('cards[0].links[1]: label and url are required');
    // The absolute-url rule of the spec is about absolute links: a relative smart link breaks only our rule,
    // and an empty url only the required-fields rule.
    const relativeSmart = broken((c) => ((c.links as { url: string }[])[0].url = '/launch.html'));
    expect(relativeSmart).toContain('cards[0].links[0]: url must be absolute');
    expect(relativeSmart).not.toContain('cards[0].links[0]: an absolute link needs an absolute url');
    const emptyUrl = broken((c) => ((c.links as { url: string }[])[1].url = ''));
    expect(emptyUrl).toContain('cards[0].links[1]: label and url are required');
    expect(emptyUrl).not.toContain('cards[0].links[1]: an absolute link needs an absolute url');
  });

  test('override reasons: only codes of the one coded reason set', () => {
    const rule = 'cards[0].overrideReasons[0]: must be a code of';
    expect(broken((c) => ((c.overrideReasons as { system?: string }[])[0].system = 'http://example.org/other')).some((v) => v.startsWith(rule))).toBe(true);
    expect(broken((c) => delete (c.overrideReasons as { code?: string }[])[0].code).some((v) => v.startsWith(rule))).toBe(true);
    expect(broken((c) => ((c.overrideReasons as { code?: string }[])[0].code = 'not-a-local-code')).some((v) => v.startsWith(rule))).toBe(true);
    expect(broken((c) => (c.overrideReasons = []))).toContain('cards[0]: overrideReasons are required by this service (the one coded reason set)');
    expect(broken((c) => ((c.overrideReasons as { display?: string }[])[0].display = ''))).toContain('cards[0].overrideReasons[0]: display is required (cds-resp-4)');
  });

  test('a card without suggestions is fine; one without links or a source is reported, not a crash', () => {
    const plain = buildCard(ctx, { summary: 'Consider PE', indicator: 'info', detail: 'Why', topic: { code: 'differential', display: 'Differential' } });
    expect(findCardViolations(respond(plain))).toEqual([]);
    expect(broken((c) => delete c.links)).toEqual(['cards[0]: needs a smart link whose appContext names the card (the app opens on it)', 'cards[0]: needs an absolute link (the model label)']);
    const noSource = broken((c) => delete c.source);
    expect(noSource).toContain('cards[0]: source.label is required');
    expect(noSource).toContain('cards[0]: source.url to the model label is required by this service');
  });

  test('the model label is the source; actions are well formed', () => {
    expect(broken((c) => delete (c.source as { url?: string }).url)).toContain('cards[0]: source.url to the model label is required by this service');
    expect(broken((c) => ((c.source as { url?: string }).url = 'model-label'))).toContain('cards[0]: source.url must be an absolute URL');
    const withAction = (action: Record<string, unknown>): string[] => broken((c) => ((c.suggestions as { actions?: unknown[] }[])[0].actions = [action]));
    expect(withAction({ type: 'update', description: 'Update it' })).toContain('cards[0].suggestions[0].actions[0]: update needs a resource');
    expect(withAction({ type: 'create', description: 'Create it' })).toContain('cards[0].suggestions[0].actions[0]: create needs a resource');
    expect(withAction({ type: 'update', description: 'Update it', resource: { resourceType: 'ServiceRequest' } })).toEqual([]);
    expect(withAction({ type: 'delete', description: 'Remove it', resource: { resourceType: 'ServiceRequest' } })).toContain('cards[0].suggestions[0].actions[0]: delete uses resourceId, not resource (cds-resp-2)');
    expect(withAction({ type: 'replace', description: 'x' })).toContain('cards[0].suggestions[0].actions[0]: type must be create, update or delete');
    expect(withAction({ type: 'delete', resourceId: ['ServiceRequest/1'] })).toContain('cards[0].suggestions[0].actions[0]: description is required (cds-resp-5)');
  });
});
