/**
 * Write-back of an accepted diagnosis, only on an explicit clinician action: a Condition
 * (verificationStatus provisional or differential) and a Provenance naming the clinician as author
 * and the model as a contributing device (https://hl7.org/fhir/R4/provenance.html).
 */
import type { Condition, Device, Provenance, Reference } from '@medplum/fhirtypes';

export const MODEL_IDENTIFIER_SYSTEM = 'https://ddx-cds.example.org/fhir/NamingSystem/model';

/** What is written. */
export interface WriteBackInput {
  readonly patientId: string;
  readonly encounterId?: string;
  readonly fhirUser: string;
  readonly verificationStatus: 'provisional' | 'differential';
  readonly diagnosis: { readonly name: string; readonly codes: { readonly snomed: readonly string[]; readonly icd10cm: readonly string[] } };
  readonly model: { readonly id: string; readonly version: string };
  readonly knowledgeVersion: string;
  /** Chart resources the reasoning used (e.g. `Observation/o1`). */
  readonly sources: readonly string[];
  readonly now: string;
}

/**
 * Whether granted scopes allow creating a resource type (v2 `.c…` or v1 `.write`/`.*`).
 * @param scopes - granted scopes
 * @param resourceType - e.g. Condition
 * @returns true when a create is allowed
 */
export function canCreate(scopes: readonly string[], resourceType: string): boolean {
  return scopes.some((s) => {
    const m = /^(patient|user)\/([A-Za-z]+|\*)\.([a-z*]+)$/.exec(s);
    return !!m && (m[2] === resourceType || m[2] === '*') && (m[3] === 'write' || m[3] === '*' || (m[3] !== 'read' && m[3].startsWith('c')));
  });
}

/**
 * Whether granted scopes allow updating a resource type (v2 `.…u…` or v1 `.write`/`.*`).
 * @param scopes - granted scopes
 * @param resourceType - e.g. Condition
 * @returns true when an update is allowed
 */
export function canUpdate(scopes: readonly string[], resourceType: string): boolean {
  return scopes.some((s) => {
    const m = /^(patient|user)\/([A-Za-z]+|\*)\.([a-z*]+)$/.exec(s);
    return !!m && (m[2] === resourceType || m[2] === '*') && (m[3] === 'write' || m[3] === '*' || (m[3] !== 'read' && /^c?r?u/.test(m[3])));
  });
}

/**
 * Why a written diagnosis cannot be retracted from here, or undefined when it can.
 * @param scopes - granted scopes
 * @returns the reason, in words
 */
export function retractUnavailableReason(scopes: readonly string[]): string | undefined {
  const missing = [...(canUpdate(scopes, 'Condition') ? [] : ['update Condition']), ...(canCreate(scopes, 'Provenance') ? [] : ['create Provenance'])];
  return missing.length ? `The EHR did not grant permission to ${missing.join(' and ')} records: mark the diagnosis as entered in error in the EHR itself.` : undefined;
}

/**
 * The written Condition marked as entered in error (FHIR R4 con-5: no clinicalStatus then), keeping its id
 * and everything else, with a note saying why.
 * @param condition - the Condition as read back from the chart
 * @param now - when
 * @returns the Condition to PUT
 */
export function buildRetraction(condition: Condition, now: string): Condition {
  const rest: Condition = { ...condition };
  delete rest.clinicalStatus;
  return {
    ...rest,
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'entered-in-error' }] },
    note: [...(condition.note ?? []), { text: `Retracted by the clinician on ${now.slice(0, 10)}: the AI-suggested diagnosis written earlier was rejected.` }],
  };
}

/**
 * @returns the Provenance of the retraction (the clinician as author, an UPDATE activity)
 */
export function buildRetractionProvenance(input: { readonly conditionRef: string; readonly patientId: string; readonly fhirUser: string; readonly now: string }): Provenance {
  return {
    resourceType: 'Provenance',
    target: [{ reference: input.conditionRef }],
    recorded: input.now,
    activity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation', code: 'UPDATE', display: 'revise' }] },
    reason: [{ text: 'The clinician rejected the diagnosis after writing it to the chart' }],
    agent: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author', display: 'Author' }] }, who: { reference: input.fhirUser } }],
    // The patient's chart as an entity keeps the Provenance in the patient compartment (as for the write-back).
    entity: [
      { role: 'revision', what: { reference: input.conditionRef } },
      { role: 'source', what: { reference: `Patient/${input.patientId}` } },
    ],
  } satisfies Provenance;
}

/**
 * Why write-back is unavailable, or undefined when it is available.
 * @param scopes - granted scopes
 * @returns the reason, in words
 */
export function writeBackUnavailableReason(scopes: readonly string[]): string | undefined {
  const missing = ['Condition', 'Provenance'].filter((t) => !canCreate(scopes, t));
  return missing.length ? `The EHR did not grant permission to create ${missing.join(' and ')} records, so diagnoses cannot be written to the chart from this app.` : undefined;
}

/**
 * @param input - what to write
 * @returns the Condition to create
 */
export function buildCondition(input: WriteBackInput): Condition {
  const coding = [
    ...input.diagnosis.codes.snomed.map((code) => ({ system: 'http://snomed.info/sct', code, display: input.diagnosis.name })),
    ...input.diagnosis.codes.icd10cm.map((code) => ({ system: 'http://hl7.org/fhir/sid/icd-10-cm', code })),
  ];
  return {
    resourceType: 'Condition',
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: input.verificationStatus }] },
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' }] }],
    code: { coding, text: input.diagnosis.name },
    subject: { reference: `Patient/${input.patientId}` },
    ...(input.encounterId ? { encounter: { reference: `Encounter/${input.encounterId}` } } : {}),
    recordedDate: input.now,
    recorder: { reference: input.fhirUser },
    asserter: { reference: input.fhirUser },
    note: [{ text: `Accepted by the clinician from an AI-suggested differential (${input.model.id} ${input.model.version}, knowledge ${input.knowledgeVersion}).` }],
  } satisfies Condition;
}

/**
 * @param input - what was written
 * @param conditionId - id of the created Condition
 * @returns the Provenance to create
 */
export function buildProvenance(input: WriteBackInput, conditionId: string): Provenance {
  const device: Reference<Device> = {
    type: 'Device',
    identifier: { system: MODEL_IDENTIFIER_SYSTEM, value: `${input.model.id}@${input.model.version}` },
    display: `AI model ${input.model.id} ${input.model.version} (knowledge ${input.knowledgeVersion})`,
  };
  const agentType = (code: string, display: string): Provenance['agent'][number]['type'] => ({
    coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code, display }],
  });
  return {
    resourceType: 'Provenance',
    target: [{ reference: `Condition/${conditionId}` }],
    recorded: input.now,
    agent: [
      { type: agentType('author', 'Author'), who: { reference: input.fhirUser } },
      { type: agentType('assembler', 'Assembler'), who: device, onBehalfOf: { reference: input.fhirUser } },
    ],
    entity: [
      { role: 'source', what: { reference: `Patient/${input.patientId}`, display: "The patient's chart the model reasoned from" } },
      ...input.sources.slice(0, 20).map((reference) => ({ role: 'source' as const, what: { reference } })),
    ],
  } satisfies Provenance;
}
