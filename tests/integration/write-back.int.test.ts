/**
 * Write-back against the sandbox FHIR server: the Condition and Provenance the app builds for an
 * accepted diagnosis are accepted by a FHIR R4 server (validated on create) when the scope allows,
 * and refused without the scope.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCondition, buildProvenance, buildRetraction, buildRetractionProvenance, type WriteBackInput } from '../../client/fhir/write-back';
import { startTestServer, type RunningServer } from '../setup/test-server';
import { launchSession } from './api-harness';
import { buildSmartScopes } from '../../client/fhir/smart-scopes';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

const input = (patientId: string): WriteBackInput => ({
  patientId,
  fhirUser: 'Practitioner/sandbox-clinician-2',
  verificationStatus: 'provisional',
  diagnosis: { name: 'Acute coronary syndrome', codes: { snomed: ['394659003'], icd10cm: ['I24.9'] } },
  model: { id: 'ddx-lr-engine', version: '1.0.0' },
  knowledgeVersion: '1.0.0',
  sources: [],
  now: new Date().toISOString(),
});

async function post(session: { token: string; fhirBase: string }, body: unknown): Promise<Response> {
  return fetch(`${session.fhirBase}/${(body as { resourceType: string }).resourceType}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/fhir+json' },
    body: JSON.stringify(body),
  });
}

describe('write-back of an accepted diagnosis', () => {
  test('creates a provisional Condition and a Provenance naming the clinician as author and the model as assembler', async () => {
    const scope = buildSmartScopes('ehr');
    expect(scope).toMatch(/Condition\.c/);
    const session = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-2', scope);
    const condition = await post(session, buildCondition(input('cp-01-patient')));
    expect(condition.status).toBe(201);
    const created = (await condition.json()) as { id: string; verificationStatus: { coding: { code: string }[] } };
    expect(created.verificationStatus.coding[0].code).toBe('provisional');
    const provenance = await post(session, buildProvenance(input('cp-01-patient'), created.id));
    expect(provenance.status).toBe(201);
    const prov = (await provenance.json()) as { agent: { type: { coding: { code: string }[] }; who: { reference?: string; identifier?: { value: string } } }[] };
    expect(prov.agent.map((a) => a.type.coding[0].code)).toEqual(['author', 'assembler']);
    expect(prov.agent[0].who.reference).toBe('Practitioner/sandbox-clinician-2');
    expect(prov.agent[1].who.identifier?.value).toBe('ddx-lr-engine@1.0.0');
  });

  test('a written Condition can be retracted: entered in error, validated by the server, with its Provenance', async () => {
    const session = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-2', buildSmartScopes('ehr'));
    const created = (await (await post(session, buildCondition(input('cp-01-patient')))).json()) as Record<string, unknown> & { id: string };
    const now = new Date().toISOString();
    const put = await fetch(`${session.fhirBase}/Condition/${created.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify(buildRetraction(created as never, now)),
    });
    expect(put.status).toBe(200);
    const read = (await (await fetch(`${session.fhirBase}/Condition/${created.id}`, { headers: { authorization: `Bearer ${session.token}` } })).json()) as { verificationStatus: { coding: { code: string }[] }; clinicalStatus?: unknown };
    expect(read.verificationStatus.coding[0].code).toBe('entered-in-error');
    expect(read.clinicalStatus).toBeUndefined();
    const prov = await post(session, buildRetractionProvenance({ conditionRef: `Condition/${created.id}`, patientId: 'cp-01-patient', fhirUser: 'Practitioner/sandbox-clinician-2', now }));
    expect(prov.status).toBe(201);
    // Without the update scope the server refuses the retraction.
    const createOnly = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-2', 'launch openid fhirUser patient/*.rs patient/Condition.c');
    const refused = await fetch(`${session.fhirBase}/Condition/${created.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${createOnly.token}`, 'content-type': 'application/fhir+json' },
      body: JSON.stringify(buildRetraction(created as never, now)),
    });
    expect(refused.status).toBe(403);
  });

  test('is refused without a create scope', async () => {
    const readOnly = await launchSession(server, 'cp-01-patient', 'sandbox-clinician-2', 'launch openid fhirUser patient/*.rs');
    const res = await post(readOnly, buildCondition(input('cp-01-patient')));
    expect(res.status).toBe(403);
  });
});
