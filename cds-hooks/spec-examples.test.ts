/**
 * The service's wire types and rules against payloads in the shape of the CDS Hooks 2.0 examples
 * (fixtures/cds-requests/): discovery, requests, a response with cards, and feedback.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findCardViolations } from './cards/check-card-invariants';
import { CdsRequestSchema, FeedbackItemSchema, FeedbackRequestSchema } from './request-schemas';
import { HOOKS, type CdsResponse, type CdsServiceDefinition } from './types';

const read = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'cds-requests', name), 'utf8'));

describe('CDS Hooks 2.0 example payloads', () => {
  test('a discovery response has the required service fields', () => {
    const { services } = read('discovery-response.json') as { services: CdsServiceDefinition[] };
    for (const s of services) {
      expect(HOOKS).toContain(s.hook);
      expect(s.id).toBeTruthy();
      expect(s.description).toBeTruthy();
    }
  });

  test.each(['patient-view-request.json', 'order-select-request.json'])('%s parses as a hook request', (name) => {
    const parsed = CdsRequestSchema.parse(read(name));
    expect(parsed.hookInstance).toBeTruthy();
    expect(parsed.context.patientId).toBe('1288992');
  });

  test('fhirAuthorization without fhirServer is refused (cds-r-1)', () => {
    const { fhirServer: _dropped, ...rest } = read('patient-view-request.json') as Record<string, unknown>;
    expect(CdsRequestSchema.safeParse(rest).success).toBe(false);
  });

  test('the example response with cards passes the response rules (cds-resp-1..7)', () => {
    expect(findCardViolations(read('card-response.json') as CdsResponse)).toEqual([]);
  });

  test.each([
    ['a delete action carrying a resource (cds-resp-2)', (r: any) => (r.cards[1].suggestions[0].actions[0] = { type: 'delete', description: 'd', resource: {} })],
    ['appContext on an absolute link (cds-resp-3)', (r: any) => (r.cards[0].links[0].appContext = 'x')],
    ['an override reason without display (cds-resp-4)', (r: any) => delete r.cards[1].overrideReasons[0].display],
    ['an action without description (cds-resp-5)', (r: any) => delete r.cards[1].suggestions[0].actions[0].description],
    ['suggestions without selectionBehavior (cds-resp-6)', (r: any) => delete r.cards[1].selectionBehavior],
    ['a summary of 140 characters or more', (r: any) => (r.cards[0].summary = 'x'.repeat(140))],
    ['two recommended suggestions with at-most-one (cds-resp-1)', (r: any) => (r.cards[1].suggestions = [{ ...r.cards[1].suggestions[0], isRecommended: true }, { ...r.cards[1].suggestions[0], uuid: 'u2', isRecommended: true }])],
  ])('flags %s', (_name, mutate) => {
    const response = read('card-response.json') as any;
    mutate(response);
    expect(findCardViolations(response).length).toBeGreaterThan(0);
  });

  test('the example feedback parses, item by item (cds-fb-1..3)', () => {
    const { feedback } = FeedbackRequestSchema.parse(read('feedback-request.json'));
    expect(feedback.map((f) => FeedbackItemSchema.safeParse(f).success)).toEqual([true, true]);
    expect(FeedbackItemSchema.safeParse({ card: 'c', outcome: 'ignored', outcomeTimestamp: '2020-12-11T10:05:31Z' }).success).toBe(false);
    expect(FeedbackItemSchema.safeParse({ card: 'c', outcome: 'accepted', outcomeTimestamp: '2020-12-11T10:05:31Z' }).success).toBe(false);
    expect(FeedbackItemSchema.safeParse({ card: 'c', outcome: 'overridden', overrideReason: {}, outcomeTimestamp: '2020-12-11T10:05:31Z' }).success).toBe(false);
  });
});
