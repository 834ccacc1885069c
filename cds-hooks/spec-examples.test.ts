/**
 * The service's wire types and rules against the CDS Hooks 2.0 specification's own examples, copied
 * verbatim into fixtures/cds-requests/: discovery, a request, a response with cards, and feedback.
 * The spec-only check must pass the spec's response as it is; our stricter card rules are checked on
 * cards this service builds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCard } from './cards/build-card';
import { findCardViolations, findPolicyViolations, findSpecViolations } from './cards/check-card-invariants';
import { CdsRequestSchema, FeedbackItemSchema, FeedbackRequestSchema } from './request-schemas';
import { HOOKS, type CdsCard, type CdsResponse, type CdsServiceDefinition } from './types';

const read = (name: string): any => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'cds-requests', name), 'utf8'));

describe('CDS Hooks 2.0 example payloads, verbatim', () => {
  test('the discovery example has the required service fields', () => {
    const { services } = read('discovery-response.json') as { services: CdsServiceDefinition[] };
    expect(services.map((s) => s.id)).toEqual(['static-patient-greeter', 'order-echo', 'pgx-on-order-sign']);
    for (const s of services) {
      expect(HOOKS).toContain(s.hook);
      expect(s.id).toBeTruthy();
      expect(s.description).toBeTruthy();
    }
  });

  test('the patient-view request example parses as a hook request', () => {
    const parsed = CdsRequestSchema.parse(read('patient-view-request.json'));
    expect(parsed).toMatchObject({ hook: 'patient-view', fhirServer: 'http://hooks.smarthealthit.org:9080', context: { patientId: '1288992' } });
    expect(parsed.fhirAuthorization?.subject).toBe('cds-service4');
  });

  test('our order-select request (library context shape) parses as a hook request', () => {
    expect(CdsRequestSchema.parse(read('order-select-request.json')).context.patientId).toBe('1288992');
  });

  test('fhirAuthorization without fhirServer is refused (cds-r-1)', () => {
    const { fhirServer: _dropped, ...rest } = read('patient-view-request.json') as Record<string, unknown>;
    expect(CdsRequestSchema.safeParse(rest).success).toBe(false);
  });

  test('the example response passes the spec rules (required fields, cds-resp-1..7) as it is', () => {
    expect(findSpecViolations(read('card-response.json') as CdsResponse)).toEqual([]);
  });

  test('the example response does not meet our own, stricter card rules: the two checks are separate', () => {
    const example = read('card-response.json') as CdsResponse;
    const policy = findPolicyViolations(example);
    expect(policy).toContain('cards[1]: uuid is required by this service (feedback needs it)');
    expect(findCardViolations(example)).toEqual(expect.arrayContaining(policy));
  });

  test('each feedback example parses, item by item', () => {
    for (const name of ['feedback-accepted.json', 'feedback-overridden.json', 'feedback-overridden-with-reason.json']) {
      const { feedback } = FeedbackRequestSchema.parse(read(name));
      expect(feedback.map((f) => FeedbackItemSchema.safeParse(f).success), name).toEqual([true]);
    }
  });
});

/** The example response with a valid suggestion added to its second card, to break in one way each. */
function withSuggestion(): any {
  const r = read('card-response.json');
  r.cards[1].suggestions = [
    { label: 'Order a test', uuid: 'e56e1945-20b3-4393-8503-a1a20fd73152', actions: [{ type: 'create', description: 'Create a draft order', resource: { resourceType: 'ServiceRequest' } }] },
  ];
  r.cards[1].selectionBehavior = 'at-most-one';
  return r;
}

describe('the spec rules flag each violation', () => {
  test('the example with a valid suggestion added still passes (the baseline of the cases below)', () => {
    expect(findSpecViolations(withSuggestion())).toEqual([]);
  });

  test.each([
    ['two recommended suggestions with at-most-one (cds-resp-1)', (r: any) => (r.cards[1].suggestions = [{ ...r.cards[1].suggestions[0], isRecommended: true }, { ...r.cards[1].suggestions[0], isRecommended: true }]), /cds-resp-1/],
    ['a delete action carrying a resource (cds-resp-2)', (r: any) => (r.cards[1].suggestions[0].actions[0] = { type: 'delete', description: 'd', resource: {} }), /cds-resp-2/],
    ['appContext on an absolute link (cds-resp-3)', (r: any) => (r.cards[0].links[0].appContext = 'x'), /cds-resp-3/],
    ['an override reason without display (cds-resp-4)', (r: any) => delete r.cards[1].overrideReasons[0].display, /cds-resp-4/],
    ['an action without description (cds-resp-5)', (r: any) => delete r.cards[1].suggestions[0].actions[0].description, /cds-resp-5/],
    ['suggestions without selectionBehavior (cds-resp-6)', (r: any) => delete r.cards[1].selectionBehavior, /cds-resp-6/],
    ['an unknown actionSelectionBehavior (cds-resp-7)', (r: any) => (r.cards[1].suggestions[0].actionSelectionBehavior = 'some'), /cds-resp-7/],
    ['a summary of 140 characters or more', (r: any) => (r.cards[0].summary = 'x'.repeat(140)), /summary/],
    ['a missing summary', (r: any) => delete r.cards[1].summary, /summary/],
    ['an unknown indicator', (r: any) => (r.cards[0].indicator = 'hint'), /indicator/],
    ['a missing source label', (r: any) => (r.cards[1].source = {}), /source\.label/],
    ['a relative source url', (r: any) => (r.cards[0].source.url = '/about'), /source\.url/],
    ['an unknown selectionBehavior', (r: any) => (r.cards[1].selectionBehavior = 'all'), /selectionBehavior must be/],
    ['a suggestion without label', (r: any) => delete r.cards[1].suggestions[0].label, /label is required/],
    ['an unknown action type', (r: any) => (r.cards[1].suggestions[0].actions[0].type = 'upsert'), /type must be create/],
    ['a create action without resource', (r: any) => delete r.cards[1].suggestions[0].actions[0].resource, /create needs a resource/],
    ['a link without url', (r: any) => delete r.cards[0].links[1].url, /label and url are required/],
    ['an unknown link type', (r: any) => (r.cards[0].links[1].type = 'relative'), /type must be absolute or smart/],
    ['an absolute link with a relative url', (r: any) => (r.cards[0].links[1].url = '/x'), /absolute url/],
    ['no cards array', (r: any) => delete r.cards, /cards is required/],
  ])('%s', (_name, mutate, expected) => {
    const response = withSuggestion();
    mutate(response);
    expect(findSpecViolations(response).join('; ')).toMatch(expected);
  });
});

describe('the spec rules: exact messages and the edges of each rule', () => {
  const problems = (mutate: (r: any) => void): string[] => {
    const r = withSuggestion();
    mutate(r);
    return findSpecViolations(r);
  };

  test('each problem names the card, suggestion and action it is about', () => {
    expect(problems((r) => (r.cards[1].summary = '   '))).toEqual(['cards[1]: summary is required, under 140 characters']);
    expect(problems((r) => (r.cards[1].suggestions[0].label = ''))).toEqual(['cards[1].suggestions[0]: label is required']);
    expect(problems((r) => (r.cards[1].suggestions[0].actions[0].type = 'upsert'))).toEqual(['cards[1].suggestions[0].actions[0]: type must be create, update or delete']);
    expect(problems((r) => (r.cards[0].links[1].url = '/x'))).toEqual(['cards[0].links[1]: an absolute link needs an absolute url']);
  });

  test('a summary of 139 characters is allowed, 140 is not', () => {
    expect(problems((r) => (r.cards[0].summary = 'x'.repeat(139)))).toEqual([]);
    expect(problems((r) => (r.cards[0].summary = 'x'.repeat(140)))).toEqual(['cards[0]: summary is required, under 140 characters']);
  });

  test('a card without source, or with an icon or url that is not an absolute URL string, is flagged without throwing', () => {
    expect(problems((r) => delete r.cards[1].source)).toEqual(['cards[1]: source.label is required']);
    expect(problems((r) => (r.cards[0].source.icon = 'icon.png'))).toEqual(['cards[0]: source.icon must be an absolute URL']);
    expect(problems((r) => (r.cards[0].source.icon = 'https://example.org/icon.png'))).toEqual([]);
    expect(problems((r) => (r.cards[0].source.url = ['https://example.org/label']))).toEqual(['cards[0]: source.url must be an absolute URL']);
  });

  test('one recommended suggestion with at-most-one, or several with any, are allowed', () => {
    expect(problems((r) => (r.cards[1].suggestions = [{ ...r.cards[1].suggestions[0], isRecommended: true }, { ...r.cards[1].suggestions[0], isRecommended: false }]))).toEqual([]);
    expect(
      problems((r) => {
        r.cards[1].selectionBehavior = 'any';
        r.cards[1].suggestions = [{ ...r.cards[1].suggestions[0], isRecommended: true }, { ...r.cards[1].suggestions[0], isRecommended: true }];
      }),
    ).toEqual([]);
  });

  test('a delete action names a resourceId and carries no resource', () => {
    expect(problems((r) => (r.cards[1].suggestions[0].actions[0] = { type: 'delete', description: 'd', resourceId: ['ServiceRequest/1'] }))).toEqual([]);
    expect(problems((r) => (r.cards[1].suggestions[0].actions[0] = { type: 'delete', description: 'd' }))).toEqual(['cards[1].suggestions[0].actions[0]: delete uses resourceId, not resource (cds-resp-2)']);
  });
});

describe('feedback rules (cds-fb-1..3) and outcomeTimestamp', () => {
  const base = { card: 'c', outcome: 'overridden', outcomeTimestamp: '2021-12-11T10:05:31Z' };
  const issues = (item: unknown): string => {
    const r = FeedbackItemSchema.safeParse(item);
    return r.success ? '' : r.error.issues.map((i) => i.message).join('; ');
  };

  test('refuses an outcome other than accepted or overridden (cds-fb-1), accepted without suggestions (cds-fb-2), an empty overrideReason (cds-fb-3)', () => {
    expect(issues({ ...base, outcome: 'ignored' })).not.toBe('');
    expect(issues({ ...base, outcome: 'accepted' })).toMatch(/cds-fb-2/);
    expect(issues({ ...base, overrideReason: {} })).toMatch(/cds-fb-3/);
  });

  test.each(['2021', '2021-12-11', 'Sat, 11 Dec 2021 10:05:31 GMT', '2021-12-11T10:05:31', '2021-12-11 10:05:31Z', '2021-13-11T10:05:31Z', 'yesterday'])('refuses outcomeTimestamp %j with a clear message', (ts) => {
    expect(issues({ ...base, outcomeTimestamp: ts })).toBe('outcomeTimestamp must be an RFC 3339 date-time with a time zone, e.g. 2021-12-11T10:05:31Z');
  });

  test.each(['2021-12-11T10:05:31Z', '1985-04-12T23:20:50.52Z', '2021-12-11T11:05:31+01:00'])('accepts outcomeTimestamp %j', (ts) => {
    expect(issues({ ...base, outcomeTimestamp: ts })).toBe('');
  });
});

describe("this service's own card rules", () => {
  const ctx = { publicBaseUrl: 'https://ddx.example.org', model: { id: 'ddx-lr-engine', version: '1.0.0' }, knowledgeVersion: '1.0.0' };
  const card = (): any =>
    JSON.parse(
      JSON.stringify(
        buildCard(ctx, {
          summary: 'Consider pulmonary embolism',
          indicator: 'warning',
          detail: 'd',
          topic: { code: 'cant-miss', display: "Can't-miss diagnosis" },
          suggestions: [{ label: 'Order CTPA', actions: [{ type: 'create', description: 'Draft a CTPA order', resource: { resourceType: 'ServiceRequest' } as any }] }],
        }),
      ),
    );

  test('a card from our builder passes both checks', () => {
    expect(findCardViolations({ cards: [card()] })).toEqual([]);
  });

  test.each([
    ['a card without uuid', (c: any) => delete c.uuid, /uuid is required/],
    ['a suggestion without uuid', (c: any) => delete c.suggestions[0].uuid, /suggestions\[0\]: uuid is required/],
    ['a suggestion uuid used twice', (c: any) => (c.suggestions[1] = { ...c.suggestions[0] }), /duplicate suggestion uuid/],
    ['no source url', (c: any) => delete c.source.url, /source\.url/],
    ['no smart link naming the card', (c: any) => (c.links = c.links.filter((l: any) => l.type !== 'smart')), /smart link/],
    ['a smart link whose appContext names another card', (c: any) => (c.links[0].appContext = JSON.stringify({ cardUuid: 'other' })), /smart link/],
    ['no absolute link', (c: any) => (c.links = c.links.filter((l: any) => l.type !== 'absolute')), /absolute link/],
    ['a relative link url', (c: any) => (c.links[0].url = '/launch.html'), /url must be absolute/],
    ['no override reasons', (c: any) => delete c.overrideReasons, /overrideReasons are required/],
    ['an override reason outside our coded set', (c: any) => (c.overrideReasons[0] = { system: 'http://example.org/x', code: 'x', display: 'X' }), /must be a code of/],
    ['actionSelectionBehavior, which clients need not support', (c: any) => (c.suggestions[0].actionSelectionBehavior = 'all'), /actionSelectionBehavior/],
  ])('flags %s', (_name, mutate, expected) => {
    const c = card();
    mutate(c);
    expect(findPolicyViolations({ cards: [c as CdsCard] }).join('; ')).toMatch(expected);
    expect(findCardViolations({ cards: [c as CdsCard] }).join('; ')).toMatch(expected);
  });

  test('two cards with one uuid are flagged', () => {
    const a = card();
    expect(findCardViolations({ cards: [a, { ...card(), uuid: a.uuid, links: a.links }] }).join('; ')).toMatch(/duplicate card uuid/);
  });
});
