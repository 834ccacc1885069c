/**
 * The language model beside the engine, end to end (issue 18): the real app and sandbox EHR, with an
 * OpenAI-compatible provider mocked by MSW (every other request passes through). What leaves, what is kept
 * with the suggestion set, and that the engine's answer does not depend on the model.
 */
import { randomUUID } from 'node:crypto';
import { http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Resource } from '@medplum/fhirtypes';
import type { DecisionRecord, DifferentialResponse, LanguageModelResponse } from '../../server/contract';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { api, launchSession, readChart, type ApiSession } from './api-harness';

const LLM = 'https://llm.example.test/v1';
const sent: { body: { messages: { content: string }[] }; auth: string | null }[] = [];
let reply: () => Response = () => HttpResponse.json({ model: 'm-1', choices: [{ finish_reason: 'stop', message: { content: '{"diagnoses":[]}' } }] });
const mock = setupServer(
  http.post(`${LLM}/chat/completions`, async ({ request }) => {
    sent.push({ body: (await request.json()) as { messages: { content: string }[] }, auth: request.headers.get('authorization') });
    return reply();
  }),
  http.all('*', () => passthrough()),
);

let server: RunningServer;
let off: RunningServer;
let session: ApiSession;
let chart: Resource[];

beforeAll(async () => {
  mock.listen({ onUnhandledRequest: 'bypass' });
  server = await startTestServer({ LLM_BASE_URL: LLM, LLM_MODEL: 'gpt-4o', LLM_API_KEY: 'sk-int-test', LLM_TIMEOUT_MS: '2000' }, { captureLogs: true });
  off = await startTestServer();
  session = await launchSession(server, 'cp-01-patient');
  chart = await readChart(session);
});

afterAll(async () => {
  await server.stop();
  await off.stop();
  mock.close();
});

async function engine(s: RunningServer = server, sess: ApiSession = session): Promise<Extract<DifferentialResponse, { optedOut: false }>> {
  const res = await api(s, sess, '/differential', { resources: chart, idempotencyKey: randomUUID() });
  expect(res.status).toBe(200);
  return (await res.json()) as Extract<DifferentialResponse, { optedOut: false }>;
}

describe('POST /api/differential/language-model', () => {
  test('the differential says a model is configured; only the de-identified prompt leaves; the result is kept with the set', async () => {
    const first = await engine();
    expect(first.languageModel).toEqual({ host: 'llm.example.test', model: 'gpt-4o' });
    const troponin = first.result.findingsUsed.find((f) => f.present && /troponin/.test(f.findingId))!;
    reply = () => {
      const user = sent.at(-1)!.body.messages[1].content;
      const id = new RegExp(`(F\\d+): ${first.result.findingNames[troponin.findingId].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(user)?.[1];
      const answer = { diagnoses: [{ name: 'Takotsubo cardiomyopathy', snomed: '441541006', icd10cm: 'I51.81', findings: [id, 'F999'], rationale: 'Troponin rise.', references: [] }] };
      return HttpResponse.json({ model: 'gpt-4o-2024-08-06', choices: [{ finish_reason: 'stop', message: { content: JSON.stringify(answer) } }] });
    };
    const res = await api(server, session, '/differential/language-model', { resources: chart, setId: first.setId, idempotencyKey: randomUUID() });
    expect(res.status).toBe(200);
    const body = (await res.json()) as LanguageModelResponse;
    expect(body.status).toBe('ok');
    expect(body.provider).toEqual({ host: 'llm.example.test', model: 'gpt-4o', modelVersion: 'gpt-4o-2024-08-06' });
    expect(body.suggestions).toHaveLength(1);
    expect(body.suggestions[0]).toMatchObject({ source: 'llm-only', name: 'Takotsubo cardiomyopathy', label: 'suggested by the language model, not quantified (not in the knowledge base)' });
    expect(body.dropped?.inventedFindings).toBe(1);
    // What left: the key as a bearer token, and no name, identifier, date or reference from the chart.
    expect(sent.at(-1)!.auth).toBe('Bearer sk-int-test');
    const outgoing = JSON.stringify(sent.at(-1)!.body);
    const patient = chart.find((r) => r.resourceType === 'Patient') as { name?: { given?: string[]; family?: string }[]; birthDate?: string; id?: string };
    for (const v of [patient.name?.[0]?.family, ...(patient.name?.[0]?.given ?? []), patient.birthDate, patient.id, session.fhirBase]) {
      expect(outgoing).not.toContain(v!);
    }
    expect(outgoing).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Kept with the set, append-only: the exact prompt, its hash, the provider and what the checks did.
    const events = (await server.handle.store.db.query<{ kind: string; detail: Record<string, unknown> }>("SELECT kind, detail FROM app_events WHERE set_id = $1 AND kind = 'llm-suggestions'", [first.setId])).rows;
    expect(events).toHaveLength(1);
    const detail = typeof events[0].detail === 'string' ? JSON.parse(events[0].detail) : events[0].detail;
    expect(detail).toMatchObject({ status: 'ok', provider: { model: 'gpt-4o', modelVersion: 'gpt-4o-2024-08-06' }, promptVersion: 'ddx-llm-prompt-1', dropped: { inventedFindings: 1 } });
    expect(detail.prompt.user).toBe(sent.at(-1)!.body.messages[1].content);
    expect(detail.promptHash).toMatch(/^[0-9a-f]{64}$/);
    // The engine's answer is the same whether the model answered or not.
    const again = await engine();
    expect(again.result.inputHash).toBe(first.result.inputHash);
    expect(again.result.differential.map((d) => [d.conditionId, d.probability])).toEqual(first.result.differential.map((d) => [d.conditionId, d.probability]));
  });

  test('a provider failure is a status, not an error; the key and the provider body stay out of the logs', async () => {
    const first = await engine();
    reply = () => HttpResponse.json({ error: { message: 'upstream exploded, key sk-int-test' } }, { status: 500 });
    const res = await api(server, session, '/differential/language-model', { resources: chart, setId: first.setId, idempotencyKey: randomUUID() });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'http-error', detail: 'HTTP 500', suggestions: [] });
    expect(JSON.stringify(server.logs)).not.toContain('sk-int-test');
    expect(JSON.stringify(server.logs)).not.toContain('upstream exploded');
  });

  test("another clinician's set, or an unknown one, is not found", async () => {
    const first = await engine();
    const other = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-1');
    const res = await api(server, other, '/differential/language-model', { resources: chart, setId: first.setId, idempotencyKey: randomUUID() });
    expect(res.status).toBe(404);
    const unknown = await api(server, session, '/differential/language-model', { resources: chart, setId: randomUUID(), idempotencyKey: randomUUID() });
    expect(unknown.status).toBe(404);
  });

  test('off unless configured: nothing is sent', async () => {
    const offSession = await launchSession(off, 'cp-01-patient');
    const first = await engine(off, offSession);
    expect(first.languageModel).toBeUndefined();
    const before = sent.length;
    const res = await api(off, offSession, '/differential/language-model', { resources: chart, setId: first.setId, idempotencyKey: randomUUID() });
    expect(await res.json()).toEqual({ status: 'off', suggestions: [] });
    expect(sent.length).toBe(before);
  });

  test('the model label says whether a language model is configured here, and what it is', async () => {
    const on = (await (await fetch(`${server.baseUrl}/model-label/label.json`)).json()) as { languageModel: { configured: boolean; model?: string; host?: string; statement: string } };
    expect(on.languageModel).toMatchObject({ configured: true, model: 'gpt-4o', host: 'llm.example.test' });
    expect(on.languageModel.statement).toMatch(/not quantified unless the engine ranks the diagnosis/);
    const html = await (await fetch(`${server.baseUrl}/model-label/`)).text();
    expect(html).toContain('Model: gpt-4o at llm.example.test.');
    const none = (await (await fetch(`${off.baseUrl}/model-label/label.json`)).json()) as { languageModel: { configured: boolean } };
    expect(none.languageModel.configured).toBe(false);
  });

  test('the quality team sees how the model was used: asks by status, kept by source, what the checks removed', async () => {
    const reviewer = await launchSession(server, 'cp-01-patient', 'sandbox-quality-1');
    const res = await api(server, reviewer, '/quality/language-model');
    expect(res.status).toBe(200);
    const { languageModel } = (await res.json()) as { languageModel: { model: string; modelVersion: string; asks: number; byStatus: Record<string, number>; kept: { both: number; llmOnly: number }; dropped: { inventedFindings: number } }[] };
    const answered = languageModel.find((r) => r.modelVersion === 'gpt-4o-2024-08-06');
    expect(answered).toMatchObject({ model: 'gpt-4o', byStatus: { ok: 1 }, kept: { both: 0, llmOnly: 1 }, dropped: { inventedFindings: 1 } });
    expect(languageModel.find((r) => r.modelVersion === 'not reported')?.byStatus['http-error']).toBe(1);
    expect((await api(server, session, '/quality/language-model')).status).toBe(403);
  });

  test('the clinician accepts or rejects a line only the model suggested; a line both suggested is decided on the engine line; the quality team sees each source', async () => {
    const reviewer = await launchSession(server, 'cp-01-patient', 'sandbox-quality-1');
    type BySource = { source: string; shown: number; accepted: number; overridden: number; ignored: number }[];
    const bySource = async (): Promise<BySource> => ((await (await api(server, reviewer, '/quality/language-model')).json()) as { bySource: BySource }).bySource;
    const before = await bySource();
    const first = await engine();
    const top = first.result.differential[0];
    const present = first.result.findingsUsed.find((f) => f.present)!;
    reply = () => {
      const user = sent.at(-1)!.body.messages[1].content;
      const id = new RegExp(`(F\\d+): ${first.result.findingNames[present.findingId].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(user)?.[1];
      const answer = {
        diagnoses: [
          { name: top.name, findings: [id], rationale: 'Same as the engine.', references: [] },
          { name: 'Takotsubo cardiomyopathy', snomed: '441541006', findings: [id], rationale: 'Stress.', references: [] },
        ],
      };
      return HttpResponse.json({ model: 'gpt-4o-2024-08-06', choices: [{ finish_reason: 'stop', message: { content: JSON.stringify(answer) } }] });
    };
    const asked = (await (await api(server, session, '/differential/language-model', { resources: chart, setId: first.setId, idempotencyKey: randomUUID() })).json()) as LanguageModelResponse;
    expect(asked.suggestions.map((s) => [s.source, s.key])).toEqual([
      ['both', `kb:${top.conditionId}`],
      ['llm-only', 'snomed:441541006'],
    ]);
    const decide = (body: Record<string, unknown>): Promise<Response> => api(server, session, '/decisions', { setId: first.setId, idempotencyKey: randomUUID(), ...body });
    // A line the answer did not list, or a line key beside a suggestionId, is refused and nothing is stored.
    expect((await decide({ llmLine: 'snomed:22298006', outcome: 'accepted' })).status).toBe(404);
    expect((await decide({ llmLine: 'snomed:441541006', suggestionId: first.suggestions[top.conditionId], outcome: 'accepted' })).status).toBe(400);
    expect((await decide({ llmLine: 'snomed:441541006', outcome: 'patient-disputes', comment: 'no' })).status).toBe(400);
    const rejected = await decide({ llmLine: 'snomed:441541006', outcome: 'rejected', reasonCode: 'already-addressed' });
    expect(rejected.status).toBe(201);
    const accepted = await decide({ llmLine: 'snomed:441541006', outcome: 'accepted' });
    expect(accepted.status).toBe(201);
    expect((await decide({ suggestionId: first.suggestions[top.conditionId], conditionId: top.conditionId, outcome: 'accepted' })).status).toBe(201);
    const { decisions } = (await (await api(server, session, `/decisions?setId=${first.setId}`)).json()) as { decisions: DecisionRecord[] };
    expect(decisions.map((d) => [d.outcome, d.suggestionSource, d.llmLine, d.conditionId])).toEqual([
      ['rejected', 'llm-only', 'snomed:441541006', null],
      ['accepted', 'llm-only', 'snomed:441541006', null],
      ['accepted', 'both', null, top.conditionId],
    ]);
    // The clinician changed their mind: the later decision on the line supersedes the earlier one.
    const rows = (await server.handle.store.db.query<{ id: string; supersedes: string | null }>('SELECT id, supersedes FROM decisions WHERE set_id = $1 AND llm_line IS NOT NULL ORDER BY created_at, id', [first.setId])).rows;
    expect(rows[1].supersedes).toBe(rows[0].id);
    // Per source, the latest decision on each line counts once; the other engine lines of the set are shown, undecided.
    const after = await bySource();
    const delta = (source: string, key: 'shown' | 'accepted' | 'overridden' | 'ignored'): number => after.find((r) => r.source === source)![key] - before.find((r) => r.source === source)![key];
    expect([delta('llm-only', 'shown'), delta('llm-only', 'accepted'), delta('llm-only', 'overridden')]).toEqual([1, 1, 0]);
    expect([delta('both', 'shown'), delta('both', 'accepted')]).toEqual([1, 1]);
    const stored = Object.keys(first.suggestions).length;
    expect([delta('engine', 'shown'), delta('engine', 'accepted'), delta('engine', 'ignored')]).toEqual([stored - 1, 0, stored - 1]);
  });

  test('a malformed request is a 400 and asks nothing', async () => {
    const before = sent.length;
    const res = await api(server, session, '/differential/language-model', { resources: chart, setId: 'not-a-uuid', idempotencyKey: randomUUID() });
    expect(res.status).toBe(400);
    expect(sent.length).toBe(before);
  });
});

