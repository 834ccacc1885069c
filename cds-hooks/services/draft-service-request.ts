/**
 * The draft ServiceRequest a suggestion proposes (a `create` action). It is a proposal: the EHR and
 * the clinician decide whether it becomes an order.
 */
import type { ServiceRequest } from '@medplum/fhirtypes';
import { CODE_SYSTEMS, type Finding } from '../../server/knowledge/schema';
import type { DiagnosisResult } from '../../server/reasoning/types';

/**
 * @param test - the orderable test finding
 * @param d - the diagnosis it would help settle
 * @param patientId - the patient in context
 * @param encounterId - the encounter in context, if any
 * @returns a draft ServiceRequest
 */
export function draftServiceRequest(test: Finding, d: DiagnosisResult, patientId: string, encounterId?: string): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    status: 'draft',
    intent: 'proposal',
    subject: { reference: `Patient/${patientId}` },
    ...(encounterId ? { encounter: { reference: `Encounter/${encounterId}` } } : {}),
    code: {
      coding: (test.test?.orderCodes ?? []).map((c) => ({ system: CODE_SYSTEMS[c.system], code: c.code, display: c.display })),
      text: test.test?.name,
    },
    reasonCode: [{ coding: (d.codes.snomed.length ? d.codes.snomed.slice(0, 1).map((code) => ({ system: CODE_SYSTEMS.snomed, code, display: d.name })) : d.codes.icd10cm.slice(0, 1).map((code) => ({ system: CODE_SYSTEMS.icd10cm, code, display: d.name }))), text: `Evaluate for ${d.name}` }],
    note: [{ text: 'Proposed by AI decision support; requires clinician review.' }],
  };
}
