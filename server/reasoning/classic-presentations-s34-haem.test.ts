/**
 * Haematology/endocrine/fever complaints (session 34, curator "haem"): breadth-development misses in anaemia, fatigue,
 * fever, hyperglycaemia, lymphadenopathy, polyuria or polydipsia, prolonged fever and pruritus.
 *
 * No knowledge was changed by this curator: every miss is a gap (below). A fix was tried and withdrawn for sepsis in
 * hyperglycaemia, and landed later in session 34 (curator "sepsis", see classic-presentations-s34-sepsis.test.ts):
 * - Sepsis in hyperglycaemia (an emergency adult with raised glucose, fever, cough, consolidation, tachypnoea and a
 *   systolic pressure of 100 or less) is 13th on its policy prior: the qSOFA rule (Askim 2017, citation
 *   askim-2017-sjtrem-qsofa-ed-infection, abstract: qSOFA >= 2 sensitivity 0.32, specificity 0.98 for severe sepsis among
 *   1535 ED adults with suspected infection) is limited to the fever complaint. Extending the rule to hyperglycaemia
 *   put sepsis third, but only safely with `requiresPresent: fever` on the sepsis x qSOFA entry (the population is
 *   suspected infection; DKA's Kussmaul breathing and dehydration hypotension would otherwise score sepsis x16). That
 *   requirement broke the s27-infect guards, whose fever-complaint patients carry no separate fever finding: a
 *   presenting problem does not satisfy `requiresPresent`, and a rule's appliesTo cannot require a finding.
 *   Engine lead: let `requiresPresent` be met by the presenting problem's own finding, or let a rule require a finding
 *   per problem; then the extension (rule problems + hyperglycaemia, entry requiresPresent fever) can land.
 * Landed (model 2.57.0 reads a fever complaint as fever): the qSOFA rule now applies to emergency hyperglycaemia and the
 * sepsis x qSOFA entry requires fever, so qSOFA weighs for sepsis under hyperglycaemia only with fever (sepsis 3rd in the
 * febrile pneumonia picture, calibration off). The first test below, which guarded that qSOFA never weighs under
 * hyperglycaemia, now guards the fever-limited behaviour: without fever it still does not weigh (DKA-like picture), and
 * with fever it does.
 *
 * Gaps (reported, not fixed; no cited figure found in the time):
 * - Multiple myeloma in emergency anaemia and fatigue: Shephard 2015's GPRD ratios (calcium, creatinine, nausea) are
 *   primary-care case-control figures and stay limited to primary care; no emergency myeloma figure was read
 *   (lead: Lindner 2013 Am J Emerg Med doi 10.1016/j.ajem.2012.11.010, malignancy in 44% of ED hypercalcaemia, the
 *   myeloma share not displayed in the abstract).
 * - Meningococcal disease in emergency fever: policy prior; haemorrhagic-skin-lesions (grade C, policy background 0.25)
 *   has no chart match rule; the fever-and-petechiae cohorts seen were paediatric and showed no identifier.
 * - Lymphoma in prolonged fever with splenomegaly: no splenomegaly ratio among FUO patients was read (Acta Haematol
 *   2017, PMID 28586777, is FUO with splenomegaly selected for splenectomy: lymphoma 41 of 74, too selected for a prior).
 * - Lymphoma in lymphadenopathy (young adult, supraclavicular node): supraclavicular-lymphadenopathy carries a
 *   primary-care malignancy ratio only; no emergency or lymphoma-specific figure was read.
 * - Hypothyroidism in fatigue: periorbital puffiness and coarse skin have no finding with a read frequency (Zulewski
 *   1997 PMID 9062480 per-item frequencies not displayed); dry skin already counts when recorded.
 * - HIV in pruritus (papular eruption), type 1 diabetes in a slim 55-year-old with polyuria: policy priors, no cohort.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

// Sepsis-3 textbook picture (Seymour 2016): a suspected infection with organ dysfunction, qSOFA items of tachypnoea and
// low systolic pressure; stress hyperglycaemia (Dungan 2009) brings the glucose.
const sepsisPicture = ['+fever', '+temperature-38-5-or-over', '+cough', '+productive-cough', '+dyspnoea', '+cxr-consolidation', '+respiratory-rate-22-or-more', '+systolic-bp-100-or-less', '+heart-rate-over-100', '+glucose-over-13-9'];

describe('hyperglycaemia: qSOFA stays within its population, fever standing for suspected infection (session 34, haem; updated by sepsis)', () => {
  test('qSOFA does not weigh for sepsis in hyperglycaemia without fever (DKA-like tachypnoea and hypotension), and does with fever', () => {
    const r = run('hyperglycaemia', 'emergency', 30, 'female', ['+respiratory-rate-22-or-more', '+systolic-bp-100-or-less', '+heart-rate-over-100', '+glucose-over-13-9']);
    expect(findingStepOf(r, 'sepsis', 'qsofa-score-2-or-more')?.counted ?? false).toBe(false);
    expect(p(r, 'diabetic-ketoacidosis')).toBeGreaterThan(p(r, 'sepsis'));
    const febrile = run('hyperglycaemia', 'emergency', 30, 'female', ['+fever', '+respiratory-rate-22-or-more', '+systolic-bp-100-or-less', '+heart-rate-over-100', '+glucose-over-13-9']);
    expect(findingStepOf(febrile, 'sepsis', 'qsofa-score-2-or-more')?.counted ?? false).toBe(true);
  });

  test('qSOFA counts for sepsis in emergency fever, and the febrile pneumonia picture puts sepsis high there', () => {
    const r = run('fever', 'emergency', 56, 'female', sepsisPicture.filter((f) => f !== '+glucose-over-13-9'));
    expect(findingStepOf(r, 'sepsis', 'qsofa-score-2-or-more')?.counted ?? false).toBe(true);
    const noQsofa = run('fever', 'emergency', 56, 'female', ['+fever', '+temperature-38-5-or-over', '+cough', '+productive-cough', '+dyspnoea', '+cxr-consolidation']);
    expect(p(r, 'sepsis')).toBeGreaterThan(2 * p(noQsofa, 'sepsis'));
  });
});
