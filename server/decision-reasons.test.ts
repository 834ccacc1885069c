import { describe, expect, test } from 'vitest';
import { DECISION_REASONS, DECISION_REASON_SYSTEM, HL7_NON_ADHERENCE_SYSTEM, hl7ReasonFor, type DecisionReason } from './decision-reasons';

/**
 * The concepts of the HL7 non-adherence reason code system (CDS Hooks 3.0 ballot,
 * HL7/cds-hooks input/vocabulary/CodeSystem-non-adherence-reason-codes.json): category → its codes,
 * and the displays of the codes we map to, exactly as defined there.
 */
const HL7_CONCEPTS: Record<string, readonly string[]> = {
  'cds-not-applicable': ['patient-ineligible', 'indication-order-exists', 'action-completed', 'action-unsuccessful', 'action-performed-no-adverse-effect', 'action-not-priority'],
  'cds-suboptimal-context': ['limited-time', 'wrong-time-workflow', 'inappropriate-recipient', 'need-more-info'],
  'recipient-disagrees-evidence': ['does-not-align-latest-evidence', 'expert-contradicts', 'policy-contradicts', 'recipient-does-not-trust'],
  'recipient-concerns-outcomes': ['risk-benefit-ratio', 'mitigate-risk-negative-outcome', 'likely-negative-health-outcomes', 'patient-contraindication'],
  'does-not-align-preferences': ['patient-fears-discomfort', 'patient-does-not-want-change', 'cultural-religious-reason', 'prefers-alternative', 'patient-refuses'],
  'not-convenient-feasible': ['inadequate-support', 'service-not-available', 'implementation-challenges', 'too-costly-uncovered', 'recipient-does-not-understand', 'comorbidity-disability'],
};
const HL7_DISPLAYS: Record<string, string> = {
  'cds-not-applicable': 'PC CDS does not apply to patient',
  'action-completed': 'Recommended action was already completed',
  'cds-suboptimal-context': 'PC CDS delivered in suboptimal context',
  'recipient-disagrees-evidence': 'Recipient disagrees with recommendation because of issues with the evidence',
  'does-not-align-preferences': 'Recommendation does not align with patient preferences or values',
};

describe('decision reasons', () => {
  test('the local codes are unchanged (stored decisions depend on them)', () => {
    expect(DECISION_REASONS.map((r) => r.code)).toEqual(['ruled-out-by-test', 'already-addressed', 'not-clinically-relevant', 'insufficient-data', 'disagree-with-reasoning', 'will-reconsider', 'patient-preference', 'other']);
    expect(DECISION_REASONS.every((r) => r.display.length > 0)).toBe(true);
  });

  test('every HL7 mapping names a code of the HL7 code system, under its category, with its exact display', () => {
    expect(DECISION_REASONS.filter((r) => r.hl7).map((r) => r.code)).toEqual(DECISION_REASONS.map((r) => r.code).filter((c) => c !== 'other'));
    for (const r of DECISION_REASONS as readonly DecisionReason[]) {
      if (!r.hl7) {
        continue;
      }
      const { code, category, display } = r.hl7;
      expect(Object.keys(HL7_CONCEPTS), r.code).toContain(category);
      expect(code === category || HL7_CONCEPTS[category].includes(code), `${r.code} → ${code}`).toBe(true);
      expect(display, r.code).toBe(HL7_DISPLAYS[code]);
    }
  });

  test('"other" maps to no HL7 code; "will reconsider" is a matter of timing, not of cost or logistics', () => {
    expect((DECISION_REASONS as readonly DecisionReason[]).find((r) => r.code === 'other')?.hl7).toBeNull();
    expect((DECISION_REASONS as readonly DecisionReason[]).find((r) => r.code === 'will-reconsider')?.hl7?.category).toBe('cds-suboptimal-context');
  });

  test('hl7ReasonFor gives the HL7 coding of one of our stored reasons, and nothing for other systems or unmapped codes', () => {
    expect(hl7ReasonFor(DECISION_REASON_SYSTEM, 'patient-preference')).toEqual({
      system: HL7_NON_ADHERENCE_SYSTEM,
      code: 'does-not-align-preferences',
      display: 'Recommendation does not align with patient preferences or values',
      category: 'does-not-align-preferences',
      equivalence: 'equivalent',
    });
    expect(hl7ReasonFor(DECISION_REASON_SYSTEM, 'ruled-out-by-test')).toMatchObject({ code: 'action-completed', category: 'cds-not-applicable', equivalence: 'inexact' });
    expect(hl7ReasonFor(DECISION_REASON_SYSTEM, 'other')).toBeUndefined();
    expect(hl7ReasonFor('http://example.org/cds-services/fhir/CodeSystem/override-reasons', 'patient-preference')).toBeUndefined();
    expect(hl7ReasonFor(DECISION_REASON_SYSTEM, null)).toBeUndefined();
    expect(hl7ReasonFor(null, null)).toBeUndefined();
  });
});
