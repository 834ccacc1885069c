/**
 * The CDS Hooks service end to end over HTTP, in the real app with the sandbox EHR signing the calls:
 * discovery, the three services, prefetch and its fallback, 412, bad input, client auth and feedback.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { callCds, type CallOptions } from './cds-harness';
import { draftOrders, fixtureChart, fullPrefetch, hookRequest } from '../builders/cds-request-builder';
import { ENGINE_MODEL } from '../../server/reasoning/build-differential';
import { findCardViolations } from '../../cds-hooks/cards/check-card-invariants';
import type { CdsCard, CdsResponse } from '../../cds-hooks/types';

let server: RunningServer;

const call = (service: string, body: unknown, opts: CallOptions = {}): Promise<{ status: number; body: any; headers: Headers }> => callCds(server, service, body, opts);

beforeAll(async () => {
  // A generous fetch budget: these tests check behaviour, not speed (npm run bench measures that).
  server = await startTestServer({ CDS_FETCH_BUDGET_MS: '10000', PUBLIC_BASE_URL_ALIASES: 'http://ddx.local' }, { captureLogs: true });
});

/** The service's own record of a hook call: cards given, and why none when none. */
function served(hookInstance: unknown): Record<string, unknown> | undefined {
  return server.logs.find((l) => l.msg === 'hook served' && l.hookInstance === hookInstance);
}
afterAll(async () => {
  await server?.stop();
});

describe('discovery', () => {
  test('lists the three services with their prefetch templates', async () => {
    const res = await fetch(`${server.baseUrl}/cds-services`);
    const body = (await res.json()) as { services: { id: string; hook: string; description: string; prefetch: Record<string, string> }[] };
    expect(res.status).toBe(200);
    expect(body.services.map((s) => s.hook).sort()).toEqual(['order-select', 'order-sign', 'patient-view']);
    for (const s of body.services) {
      expect(s.description.length).toBeGreaterThan(10);
      expect(s.prefetch.patient).toBe('Patient/{{context.patientId}}');
    }
  });
});

describe('patient-view', () => {
  test('answers with conformant cards that link to the app and the model label, and stores them', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart));
    expect(res.status).toBe(200);
    const cards = (res.body as CdsResponse).cards;
    expect(cards.length).toBeGreaterThan(0);
    expect(findCardViolations({ cards })).toEqual([]);
    for (const card of cards) {
      expect(card.summary.length).toBeLessThan(140);
      expect(card.source.label).toContain(`ddx-lr-engine ${ENGINE_MODEL.version}`);
      expect(card.source.url).toContain('/model-label/?model=ddx-lr-engine');
      expect(card.links?.find((l) => l.type === 'smart')?.appContext).toContain(card.uuid);
      expect(card.links?.some((l) => l.type === 'absolute' && l.url.includes('/model-label/'))).toBe(true);
      expect(card.overrideReasons?.every((r) => r.display)).toBe(true);
      expect(card.detail).toMatch(/LR \d/);
      expect(card.detail).toContain('**References**');
      const stored = await server.handle.store.findCard(card.uuid as string);
      expect(stored?.serviceId).toBe('ddx-patient-view');
    }
  });

  test('stores as suggestions exactly the diagnoses the cards named, not the rest of the ranked list', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart));
    const cards = (res.body as CdsResponse).cards;
    expect(cards.length).toBeGreaterThan(0);
    const stored = await Promise.all(cards.map((c) => server.handle.store.findCard(c.uuid as string)));
    const setIds = new Set(stored.map((c) => c?.setId));
    expect(setIds.size).toBe(1);
    const named = [...new Set(stored.flatMap((c) => c?.conditionIds ?? []))].sort();
    expect(named.length).toBeGreaterThan(0);
    const rows = (await server.handle.store.db.query<{ condition_id: string }>('SELECT condition_id FROM suggestions WHERE set_id = $1', [[...setIds][0]])).rows;
    expect(rows.map((r) => r.condition_id).sort()).toEqual(named);
  });

  test('says where the time of a call went, in a Server-Timing header', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')));
    const timing = res.headers.get('server-timing') ?? '';
    const phases = Object.fromEntries(timing.split(/,\s*/).map((p) => { const [name, dur] = p.split(';dur='); return [name, Number(dur)]; }));
    expect(Object.keys(phases)).toEqual(['jwt', 'body', 'validate', 'prefetch', 'engine', 'check', 'store']);
    for (const ms of Object.values(phases)) {
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(30_000);
    }
  });

  test('gives no cards for a patient who opted out of AI decision support', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('opted-out-low-back-pain.json')));
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([]);
  });

  test('answers 412 when required prefetch is missing and there is no FHIR server to fetch it from', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json'), { prefetch: null }));
    expect(res.status).toBe(412);
    expect(res.body.resourceType).toBe('OperationOutcome');
  });

  test('fetches missing prefetch from the FHIR server with fhirAuthorization', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const sandbox = server.handle.sandbox!;
    const { accessToken } = await sandbox.issueAccessToken({ scopes: ['patient/*.rs'], patientId: chart.patientId });
    const fhirAuthorization = { access_token: accessToken, token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds', patient: chart.patientId };
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart, { prefetch: null, fhirServer: sandbox.fhirBase, fhirAuthorization }));
    expect(res.status).toBe(200);
    expect(res.body.cards.length).toBeGreaterThan(0);
    // The fairness subgroup comes from the fetched Patient too, not only from a prefetched one.
    const card = await server.handle.store.findCard(res.body.cards[0].uuid);
    const row = (await server.handle.store.db.query<{ subgroup: unknown }>('SELECT subgroup FROM suggestion_sets WHERE id = $1', [card?.setId])).rows[0];
    const subgroup = typeof row.subgroup === 'string' ? JSON.parse(row.subgroup) : row.subgroup;
    expect(subgroup.ageBand).toMatch(/\d|<|\+/);
  });

  test('a hookInstance reused for another patient with an identical chart does not share the first patient’s stored set', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const twin = JSON.parse(JSON.stringify(chart).replaceAll(chart.patientId, `${chart.patientId}-twin`)) as typeof chart;
    const hookInstance = crypto.randomUUID();
    const a = await call('ddx-patient-view', { ...hookRequest('patient-view', chart), hookInstance });
    const b = await call('ddx-patient-view', { ...hookRequest('patient-view', twin), hookInstance });
    const [setA, setB] = await Promise.all([a, b].map(async (r) => (await server.handle.store.findCard(r.body.cards[0].uuid))?.setId));
    expect(setA).toBeDefined();
    expect(setB).toBeDefined();
    expect(setA).not.toBe(setB);
  });

  test('refuses to fetch from a FHIR server that is not allowlisted (412)', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const fhirAuthorization = { access_token: 'x', token_type: 'Bearer', expires_in: 300, scope: 'patient/*.rs', subject: 'ddx-cds' };
    const res = await call('ddx-patient-view', hookRequest('patient-view', chart, { prefetch: null, fhirServer: 'https://elsewhere.example.org/fhir', fhirAuthorization }));
    expect(res.status).toBe(412);
  });
});

describe('order-select and order-sign', () => {
  test('order-select says what a selected test would do to the differential', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const kb = server.handle.knowledge;
    const ddimer = [...kb.findings.values()].find((f) => f.test?.orderCodes.some((c) => c.code === '48065-7'));
    expect(ddimer).toBeDefined();
    const orders = draftOrders(chart.patientId, [{ system: 'http://loinc.org', code: '48065-7', display: 'D-dimer' }]);
    const res = await call('ddx-order-select', hookRequest('order-select', chart, { context: { selections: ['ServiceRequest/draft-1'], draftOrders: orders } }));
    expect(res.status).toBe(200);
    expect(findCardViolations(res.body)).toEqual([]);
    expect((res.body.cards as CdsCard[]).length).toBeGreaterThan(0);
    for (const card of res.body.cards as CdsCard[]) {
      expect(card.detail).toMatch(/if positive .* \[\d+\]/);
      expect(card.detail).toContain('**References**');
    }
  });

  test('order-select is silent for an order that is not a diagnostic test', async () => {
    const chart = fixtureChart('chest-pain-nstemi.json');
    const orders = draftOrders(chart.patientId, [{ system: 'http://snomed.info/sct', code: '1234567', display: 'Not a test' }]);
    const res = await call('ddx-order-select', hookRequest('order-select', chart, { context: { selections: ['ServiceRequest/draft-1'], draftOrders: orders } }));
    expect(res.status).toBe(200);
    expect(res.body.cards).toEqual([]);
  });

  test('order-sign warns only about can’t-miss diagnoses the orders do not address', async () => {
    const chart = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const empty = draftOrders(chart.patientId, []);
    const res = await call('ddx-order-sign', hookRequest('order-sign', chart, { context: { draftOrders: empty } }));
    expect(res.status).toBe(200);
    const warnings = (res.body.cards as CdsCard[]).filter((c) => c.indicator === 'warning' && c.suggestions?.length);
    expect(warnings.length).toBeGreaterThan(0);
    for (const card of warnings) {
      const action = card.suggestions?.[0]?.actions?.[0];
      expect(action?.type).toBe('create');
      expect(action?.resource?.resourceType).toBe('ServiceRequest');
      // The EHR turns the accepted suggestion into a draft order as proposed (codes and text).
      const addressed = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { ...(action?.resource as object), id: 'accepted-1' } }] };
      const again = await call('ddx-order-sign', hookRequest('order-sign', chart, { context: { draftOrders: addressed } }));
      expect((again.body.cards as CdsCard[]).some((c) => c.summary === card.summary)).toBe(false);
    }
  });
});

describe('what cards say, on the stories the sandbox tells', () => {
  const appendicitis = fixtureChart('abdominal-pain-appendicitis.json');
  const order = (text: string, code: string): unknown => ({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [{ resource: { resourceType: 'ServiceRequest', id: 'd1', status: 'draft', intent: 'order', subject: { reference: `Patient/${appendicitis.patientId}` }, code: { coding: [{ system: 'http://snomed.info/sct', code }], text } } }],
  });
  const warnsAbout = (cards: CdsCard[], name: RegExp): boolean => cards.some((c) => c.indicator === 'warning' && name.test(c.summary));

  test('a likely, unaddressed can’t-miss diagnosis gets its own warning even though it leads the differential', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', appendicitis));
    const cards = res.body.cards as CdsCard[];
    expect(cards.some((c) => c.indicator === 'info' && /Acute appendicitis/.test(c.summary))).toBe(true);
    const warning = cards.find((c) => c.indicator === 'warning' && /Acute appendicitis/.test(c.summary));
    expect(warning?.summary).toMatch(/not yet addressed in the chart/);
    expect(warning?.suggestions?.[0]?.actions?.[0]?.resource?.resourceType).toBe('ServiceRequest');
  });

  test('a positive D-dimer does not address pulmonary embolism: the warning stays, says why, and suggests the test that settles it', async () => {
    const pe = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const res = await call('ddx-patient-view', hookRequest('patient-view', pe));
    const warning = (res.body.cards as CdsCard[]).find((c) => c.indicator === 'warning' && /Pulmonary embolism/.test(c.summary));
    expect(warning?.summary).toMatch(/not yet addressed in the chart/);
    expect(warning?.detail).toMatch(/none settles it[^\n]*: D-dimer above the assay cut-off \(present\)/);
    const suggested = warning?.suggestions?.[0]?.actions?.[0]?.description ?? '';
    expect(suggested).toMatch(/CT pulmonary angiography/i);
    expect(suggested).not.toMatch(/D-dimer/i);
  });

  test('a generic code is read by the order’s text: a leg-vein ultrasound does not address appendicitis, an appendix CT does', async () => {
    const legVeins = await call('ddx-order-sign', hookRequest('order-sign', appendicitis, { context: { draftOrders: order('Compression ultrasonography of the leg veins', '16310003') } }));
    expect(warnsAbout(legVeins.body.cards, /Acute appendicitis/)).toBe(true);
    const chestCt = await call('ddx-order-sign', hookRequest('order-sign', appendicitis, { context: { draftOrders: order('CT angiography of the thoracic aorta', '77477000') } }));
    expect(warnsAbout(chestCt.body.cards, /Acute appendicitis/)).toBe(true);
    const appendixCt = await call('ddx-order-sign', hookRequest('order-sign', appendicitis, { context: { draftOrders: order('CT abdomen and pelvis for appendicitis', '77477000') } }));
    expect(appendixCt.status).toBe(200);
    expect(warnsAbout(appendixCt.body.cards, /Acute appendicitis/)).toBe(false);
  });

  test('a treatment ordered for the diagnosis (its reasonCode) addresses it; the same order without a reason does not', async () => {
    const snomed = server.handle.knowledge.conditions.get('acute-appendicitis')!.codes.snomed[0];
    const antibiotic = (withReason: boolean) => ({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'MedicationRequest',
            id: 'm1',
            status: 'draft',
            intent: 'order',
            subject: { reference: `Patient/${appendicitis.patientId}` },
            medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '2193', display: 'ceftriaxone' }] },
            ...(withReason ? { reasonCode: [{ coding: [{ system: 'http://snomed.info/sct', code: snomed }] }] } : {}),
          },
        },
      ],
    });
    const forIt = await call('ddx-order-sign', hookRequest('order-sign', appendicitis, { context: { draftOrders: antibiotic(true) } }));
    expect(forIt.status).toBe(200);
    expect(warnsAbout(forIt.body.cards, /Acute appendicitis/)).toBe(false);
    const noReason = await call('ddx-order-sign', hookRequest('order-sign', appendicitis, { context: { draftOrders: antibiotic(false) } }));
    expect(warnsAbout(noReason.body.cards, /Acute appendicitis/)).toBe(true);
  });

  test('order-select never reads an aortic ultrasound as a leg-vein ultrasound', async () => {
    const pe = fixtureChart('dyspnoea-pulmonary-embolism.json');
    const orders = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'ServiceRequest', id: 'd1', status: 'draft', intent: 'order', subject: { reference: `Patient/${pe.patientId}` }, code: { coding: [{ system: 'http://snomed.info/sct', code: '16310003' }], text: 'Emergency bedside ultrasound of the abdominal aorta' } } }] };
    const request = hookRequest('order-select', pe, { context: { selections: ['ServiceRequest/d1'], draftOrders: orders } });
    const res = await call('ddx-order-select', request);
    expect(res.status).toBe(200);
    expect((res.body.cards as CdsCard[]).some((c) => /leg veins/i.test(`${c.summary} ${c.detail}`))).toBe(false);
    // No card because the aortic ultrasound says nothing about this story's leading candidates, not because the service failed.
    expect(served(request.hookInstance)).toMatchObject({ cards: res.body.cards.length });
    expect(served(request.hookInstance)?.quiet).not.toBe('service error');
    // The control: the same generic code with a leg-vein text is read as the leg-vein ultrasound.
    const legVeins = structuredClone(orders);
    legVeins.entry[0].resource.code.text = 'Compression ultrasonography of the leg veins';
    const control = await call('ddx-order-select', hookRequest('order-select', pe, { context: { selections: ['ServiceRequest/d1'], draftOrders: legVeins } }));
    expect((control.body.cards as CdsCard[]).map((c) => c.summary)).toEqual([expect.stringMatching(/leg veins/i)]);
  });

  describe('order-select never suggests "instead" a test already ordered', () => {
    // PE story with a chest radiograph selected: CT pulmonary angiography separates the leading
    // candidates clearly better, so it is suggested instead, unless it is already ordered.
    const pe = () => fixtureChart('dyspnoea-pulmonary-embolism.json');
    const entry = (patientId: string, id: string, coding: { system: string; code: string }, text: string, status = 'draft') => ({
      resource: { resourceType: 'ServiceRequest', id, status, intent: 'order', subject: { reference: `Patient/${patientId}` }, code: { coding: [coding], text } },
    });
    const chestFilm = (patientId: string) => {
      const f = server.handle.knowledge.findings.get('cxr-no-cardiomegaly')!;
      const c = f.test!.orderCodes[0];
      return entry(patientId, 'd1', { system: c.system === 'loinc' ? 'http://loinc.org' : 'http://snomed.info/sct', code: c.code }, f.test!.name);
    };
    const ctpa = (patientId: string, id = 'd2', status = 'draft') => entry(patientId, id, { system: 'http://snomed.info/sct', code: '77477000' }, 'CT pulmonary angiography', status);
    /** The one card for the selected radiograph (a handler that threw would give none), and the labels of its suggestions. */
    async function selectChestFilm(chart: ReturnType<typeof pe>, orders: unknown[], prefetch?: Record<string, unknown>): Promise<{ card: CdsCard; labels: string[] }> {
      const draftOrders = { resourceType: 'Bundle', type: 'collection', entry: orders };
      const res = await call('ddx-order-select', hookRequest('order-select', chart, { context: { selections: ['ServiceRequest/d1'], draftOrders }, ...(prefetch ? { prefetch } : {}) }));
      expect(res.status).toBe(200);
      const cards = res.body.cards as CdsCard[];
      expect(cards).toHaveLength(1);
      expect(cards[0].summary).toMatch(/^Chest radiograph/i);
      return { card: cards[0], labels: (cards[0].suggestions ?? []).map((s) => s.label) };
    }

    // Since knowledge 2.132.0 NT-proBNP separates these candidates about as well as CT pulmonary angiography once weighed by
    // burden (0.23 bits for a blood test against 0.49 for contrast imaging), so it is drafted in every case below: CT
    // pulmonary angiography is then the one test that would be suggested instead, unless it is already ordered.
    const ntProBnp = (patientId: string) => entry(patientId, 'd3', { system: 'http://loinc.org', code: '33762-6' }, 'NT-proBNP');

    test('the control: with CT pulmonary angiography not ordered, it is suggested instead', async () => {
      const chart = pe();
      const { labels } = await selectChestFilm(chart, [chestFilm(chart.patientId), ntProBnp(chart.patientId)]);
      expect(labels).toEqual(['Order CT pulmonary angiography instead']);
    });

    test('not when it is among the draft orders', async () => {
      const chart = pe();
      const { card, labels } = await selectChestFilm(chart, [chestFilm(chart.patientId), ntProBnp(chart.patientId), ctpa(chart.patientId)]);
      expect(labels.filter((l) => /CT pulmonary angiography/.test(l))).toEqual([]);
      expect(card.detail).toMatch(/What Chest radiograph would do to the current differential/i);
    });

    test.each([
      ['CPT-coded with its text (as the CDS Hooks sandbox codes imaging orders)', { system: 'http://www.ama-assn.org/go/cpt', code: '71275' }, 'CT pulmonary angiography'],
      ['known only by its text', undefined, 'CTPA'],
    ])('not when it is among the draft orders %s', async (_how, coding, text) => {
      const chart = pe();
      const order = { resource: { resourceType: 'ServiceRequest', id: 'd2', status: 'draft', intent: 'order', subject: { reference: `Patient/${chart.patientId}` }, code: { coding: coding ? [coding] : [], text } } };
      const { labels } = await selectChestFilm(chart, [chestFilm(chart.patientId), ntProBnp(chart.patientId), order]);
      expect(labels.filter((l) => /CT pulmonary angiography/.test(l))).toEqual([]);
    });

    test('not when it is already ordered in the chart', async () => {
      const chart = pe();
      const prefetch = fullPrefetch(chart) as Record<string, unknown>;
      prefetch.orders = { resourceType: 'Bundle', type: 'searchset', entry: [ctpa(chart.patientId, 'sr-in-chart', 'active')] };
      const { labels } = await selectChestFilm(chart, [chestFilm(chart.patientId), ntProBnp(chart.patientId)], prefetch);
      expect(labels.filter((l) => /CT pulmonary angiography/.test(l))).toEqual([]);
    });
  });

  test('when the orders were not received, a can’t-miss card says what it could not check instead of "not yet addressed"', async () => {
    const prefetch = fullPrefetch(appendicitis) as Record<string, unknown>;
    delete prefetch.orders;
    const res = await call('ddx-patient-view', hookRequest('patient-view', appendicitis, { prefetch }));
    const warnings = (res.body.cards as CdsCard[]).filter((c) => c.indicator === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.summary).not.toMatch(/not yet addressed/);
      expect(w.summary).toMatch(/in the data received/);
      expect(w.detail).toMatch(/the orders were not received/);
    }
  });
});

describe('bad input', () => {
  const chart = () => fixtureChart('chest-pain-nstemi.json');
  test.each([
    ['malformed JSON', { raw: '{"hook":' }, 400],
    ['unknown service', { service: 'nope' }, 404],
    ['wrong hook for the service', { body: () => hookRequest('order-sign', chart()) }, 400],
    ['missing patientId', { body: () => ({ ...hookRequest('patient-view', chart()), context: { userId: 'Practitioner/1' } }) }, 400],
    ['order-select without draftOrders', { service: 'ddx-order-select', body: () => hookRequest('order-select', chart(), { context: { selections: ['ServiceRequest/x'] } }) }, 400],
    ['a FHIR STU3 resource in prefetch', { body: () => hookRequest('patient-view', chart(), { prefetch: { patient: { resourceType: 'Patient', id: 'x' }, medications: { resourceType: 'MedicationOrder', id: 'm' } } }) }, 400],
    ['garbage in prefetch', { body: () => hookRequest('patient-view', chart(), { prefetch: { patient: 'garbage' } }) }, 400],
  ])('%s gives %s… with a short reason', async (_name, c: any, status) => {
    const service = c.service ?? 'ddx-patient-view';
    const res = await call(service, c.body ? c.body() : {}, { raw: c.raw });
    expect(res.status).toBe(status);
    expect(res.body.resourceType).toBe('OperationOutcome');
    expect(res.body.issue[0].details.text.length).toBeGreaterThan(5);
  });

  test('an oversized body gives 413', async () => {
    const res = await call('ddx-patient-view', {}, { raw: JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) }) });
    expect(res.status).toBe(413);
  });
});

describe('client authentication', () => {
  test('no token → bare 401', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')), { token: null });
    expect(res.status).toBe(401);
    expect(res.body.issue[0].details.text).toBe('Unauthorized');
  });
  test('a token for the same endpoint under a configured alias of the base URL is accepted; under another host it is not', async () => {
    const chart = hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json'));
    expect((await call('ddx-patient-view', chart, { aud: 'http://ddx.local/cds-services/ddx-patient-view' })).status).toBe(200);
    expect((await call('ddx-patient-view', chart, { aud: 'http://elsewhere.local/cds-services/ddx-patient-view' })).status).toBe(401);
  });
  test('token for another endpoint → 401', async () => {
    const res = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('chest-pain-nstemi.json')), { aud: `${server.baseUrl}/cds-services` });
    expect(res.status).toBe(401);
  });
});

describe('feedback', () => {
  async function feedback(items: unknown[]): Promise<{ status: number; body: any }> {
    const url = `${server.baseUrl}/cds-services/ddx-patient-view/feedback`;
    const token = await server.handle.sandbox!.cdsClient.sign(url);
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ feedback: items }) });
    return { status: res.status, body: await res.json() };
  }

  test('records overrides with their reason once; unknown cards and invalid items are answered per item and not stored', async () => {
    const shown = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('dyspnoea-pulmonary-embolism.json')));
    const card = shown.body.cards[0] as CdsCard;
    const override = { card: card.uuid, outcome: 'overridden', overrideReason: { reason: card.overrideReasons![1], userComment: 'CTPA negative yesterday' }, outcomeTimestamp: new Date().toISOString() };
    const unknown = { card: '00000000-0000-4000-8000-000000000000', outcome: 'overridden', outcomeTimestamp: new Date().toISOString() };
    const invalid = { card: card.uuid, outcome: 'accepted', outcomeTimestamp: 'yesterday' };
    const first = await feedback([override, unknown, invalid]);
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(['recorded', 'unknown-card', 'invalid']);
    const again = await feedback([override]);
    expect(again.body.results[0].status).toBe('duplicate');
    const stored = await server.handle.store.listDecisions();
    const mine = stored.filter((d) => d.card_uuid === card.uuid);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ outcome: 'overridden', reason_code: card.overrideReasons![1].code, comment: 'CTPA negative yesterday', source: 'cds-feedback' });
    // A card this service never returned is not a decision: nothing is stored for it (issue 16).
    expect(stored.some((d) => d.card_uuid === unknown.card)).toBe(false);
    expect(first.body.results[1].message).toMatch(/nothing stored/);
  });

  test('feedback on a card shown to one EHR is refused from another trusted EHR', async () => {
    const shown = await call('ddx-patient-view', hookRequest('patient-view', fixtureChart('dyspnoea-pulmonary-embolism.json')));
    const card = shown.body.cards[0] as CdsCard;
    const stored = await server.handle.store.findCard(card.uuid as string);
    expect(stored?.clientIss).toBeTruthy();
    // Rewrite the card's issuer to another EHR's (as if it had been returned to another client).
    await server.handle.store.db.query('ALTER TABLE cds_cards DISABLE TRIGGER cds_cards_append_only');
    await server.handle.store.db.query('UPDATE cds_cards SET client_iss = $1 WHERE uuid = $2', ['https://other-ehr.example.org', card.uuid]);
    await server.handle.store.db.query('ALTER TABLE cds_cards ENABLE TRIGGER cds_cards_append_only');
    const res = await feedback([{ card: card.uuid, outcome: 'overridden', outcomeTimestamp: new Date().toISOString() }]);
    expect(res.body.results[0]).toMatchObject({ status: 'invalid', message: expect.stringMatching(/another CDS client/) });
    expect((await server.handle.store.listDecisions()).some((d) => d.card_uuid === card.uuid)).toBe(false);
  });

  test('accepted feedback needs the accepted suggestion ids (cds-fb-2)', async () => {
    const res = await feedback([{ card: 'x', outcome: 'accepted', outcomeTimestamp: new Date().toISOString() }]);
    expect(res.body.results[0]).toMatchObject({ status: 'invalid' });
  });
});
