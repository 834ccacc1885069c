/**
 * Builds the differential from extracted chart findings, clinician overrides and presenting problems:
 * candidates and priors, the likelihood-ratio chain per candidate, the can't-miss list and the next
 * best tests. Pure and deterministic: the same input gives the same output.
 */
import { createHash } from 'node:crypto';
import { evidenceFor, type KnowledgeBase } from '../knowledge/load-knowledge';
import { recalibrationFor, type Recalibration } from './calibration';
import type { CareSetting, Condition, Evidence } from '../knowledge/schema';
import { explainAway } from './explain-away';
import { likelihoodRatio } from './likelihood';
import { analyteOfLoinc } from './analytes';
import type { PriorPatient } from '../knowledge/prior-strata';
import { cantMissThreshold, complaintFindingsOf, patientFits, definitionMet, definitionRefuted, evidenceNotApplicable, exclusionBy, reasonAbout, ruleNotApplicable, selectCandidates, type Candidate, type RuleContext } from './infer';
import { imagingWithheldFor, leadingCandidates, rankTests, withBaselineTests } from './next-best-test';
import { POLICY } from './policy';
import { deriveFindings, hoursBetween } from './extract-findings';
import { impliedByThresholds } from './threshold-entailment';
import type { Abstention, ChartExtract, CitationSummary, DiagnosisResult, DifferentialResult, EvokedDiagnosis, ExcludedDiagnosis, FindingOverride, KnownFinding, ScopeNote } from './types';

export interface DifferentialInput {
  readonly extract: ChartExtract;
  /** Findings the clinician added, negated or removed in the app. */
  readonly overrides?: readonly FindingOverride[];
  /** Presenting problems the clinician added (knowledge-base ids). */
  readonly problems?: readonly string[];
  /** Care setting, when the caller knows better than the encounter class. */
  readonly setting?: CareSetting;
  /** Compute a differential for a patient under 18 on explicit request (shown under a persistent banner). */
  readonly includeChild?: boolean;
  /** Dependence correction (for fitting it on the development vignettes); default: the fitted one. */
  readonly alpha?: number;
  /**
   * Recalibration of the chain's probability; default: the one fitted on this knowledge base (none when the
   * knowledge base changed since the fit); null: none (for fitting it).
   */
  readonly recalibration?: Recalibration | null;
}

/**
 * 2.2.0 (2026-12-03): a chart code takes its presenting problem from the most specific rule that names one (knee pain, not also joint pain).
 * 2.3.0 (2026-12-04): a coded imaging or ECG report naming no known finding no longer implies the absence of the test's findings.
 * 2.4.0 (2026-12-04): a can't-miss diagnosis counts as addressed only by a decisive test (policy `settlingLikelihoodRatio`).
 * 2.5.0 (2026-12-04): graded results in plus signs ("2+", "++") are read against a finding's `ordinal` rule; evidence
 *   can be limited to a care setting, and a test is weighed (next best tests, order-select) only where its evidence applies.
 * 2.6.0 (2026-12-04): a definition may have published alternatives (DKA by the 2009 criteria); a coded result read as one
 *   finding of a group is no evidence against another of the group; a can't-miss diagnosis is listed while the upper end
 *   of its range reaches its threshold.
 * 2.7.0 (2026-12-04): a broader presenting problem recorded beside a more specific form of it (`refines`) is set aside.
 * 2.8.0 (2026-12-04, session 9): a diagnosis that is a measured state (`definition.necessary`: hypoglycaemia,
 *   hyponatraemia, hypokalaemia, anaemia) is excluded by a result outside its definition, not estimated; the urea
 *   nitrogen/creatinine ratio is derived like the anion gap, and a part of a derived value that cannot be used is listed.
 * 2.9.0 (2026-12-04, session 9): a laboratory result that settles such a diagnosis by its definition (sodium for
 *   hyponatraemia; glucose for hypoglycaemia in a patient with diabetes) is weighed among the next best tests.
 * 2.10.0 (2026-12-04, session 9): a can't-miss prior borrowed from the emergency department for primary care is capped
 *   at the policy prior (an ED figure is an upper bound where serious causes are rarer).
 * 2.11.0 (2026-12-04, session 9): a complaint of one sex's anatomy recorded for a patient of the other sex is warned about.
 * 2.12.0 (2026-12-04, session 10): a policy prior carries the publications its reason names (`reasonSources`), shown as
 *   the reason's sources; the result's citations include them.
 * 2.13.0 (2026-12-04, session 11): the next best tests name each test once (the result that separates best).
 * 2.14.0 (2026-12-04, session 11): `applicability.reproductiveAge` limits a condition of ovulatory cycles to women
 *   within the reproductive-age policy window.
 * 2.15.0 (2026-12-04, session 11): a prior records the age range of the population it was measured in
 *   (`populationAgeYears`); for a patient outside it the figure is used as published, shown as a proxy with a note.
 * 2.16.0 (2026-12-05, session 12): a patient's age band is not counted again when the prior was measured in patients
 *   already of that age (`priorAgeBandToleranceYears`); an age finding takes the even-split background in grade C
 *   evidence; a complaint that is another problem past the reproductive-age
 *   window (`pastReproductiveAge`: abnormal vaginal bleeding at 70 is postmenopausal bleeding) is read as that problem.
 * 2.17.0 (2026-12-05, session 13): an emergency-department prior of an acute injury (condition flag `injury`) is an
 *   upper bound in primary care, as for a can't-miss diagnosis: primary care uses the policy prior (a shoulder fracture
 *   had led bare shoulder pain in primary care at 16% from an emergency injury-visit series); a complaint naming another
 *   problem than the reason for visit is listed as not used instead of vanishing from the chain.
 * 2.18.0 (2026-12-05, session 13): a complaint with an `inPregnancy` problem (vaginal bleeding, pelvic pain, acute
 *   abdominal pain) is also reasoned as pain or bleeding in early pregnancy when the chart records an early pregnancy
 *   (a positive pregnancy test in the episode, or a pregnancy condition dated within `earlyPregnancyDays`); ovulatory
 *   dysfunction had been listed at 20% for a pregnant woman's bleeding.
 * 2.19.0 (2026-12-05, session 13): a finding can be read from how long before the episode a symptom began (match kind
 *   `duration`, from the Condition's onset): diarrhoea that began more than four weeks before is chronic diarrhoea.
 * 2.20.0 (2026-12-05, session 13): a presenting problem that refines another can be named by a symptom's duration
 *   (chronic cough: a cough that began more than eight weeks before), and a complaint naming a more specific form of
 *   the reason for visit's problem is added beside it (the broader one is then set aside).
 * 2.20.1 (2026-12-05, session 13): the symptom a duration rule reads is the complaint of the problem it names (a cough
 *   is not counted as evidence for tuberculosis once it has been reasoned as chronic cough).
 * 2.21.0 (2026-12-05, session 14): a diagnosis recorded as past (resolved, or begun before this episode) is read as its
 *   history through `past` rules (a resolved DVT is a previous DVT); a current episode of the same disease is not.
 * 2.22.0 (2026-12-05, session 14): `active` rules read a diagnosis as active now only from an active Condition, whenever
 *   recorded (a cervical cancer resolved years ago is no longer an active malignancy).
 * 2.23.0 (2026-12-05, session 14): an infection acquired only where it is endemic (malaria, dengue, enteric fever)
 *   counts its other evidence only when an exposure (recent travel abroad) is recorded; otherwise the prior stands and
 *   the chain says to ask about it.
 * 2.23.1 (2026-12-05, session 14): the exposure note names its source (the chain quotes the citation and where in it).
 * 2.24.0 (2026-12-05, session 15): a diagnosis without a published prior that the complaint's cited coverage list names a
 *   usual cause starts at the policy prior of a usual cause (3%), not the 0.5% meant for rare diagnoses; a Condition
 *   read as the current pregnancy is listed as used.
 * 2.25.0 (2026-12-05, session 15): a reason for visit coded as a diagnosis that the chart already held before this episode
 *   (and that is neither can't-miss nor an injury, which recur as new events) is a visit for a known condition: it is
 *   not reasoned as a new complaint, and without another presenting problem the engine abstains and says why.
 * 2.25.1 (2026-12-05, session 15): a diagnosis is established by when it was recorded (not when its symptoms began) and
 *   only from another encounter's Condition.
 * 2.26.0 (2026-12-05, session 16): a can't-miss diagnosis's (or an injury's) primary-care prior below the policy prior is a
 *   lower bound in the emergency department, which then uses the policy prior, mirroring 2.10.0 (infer.ts, borrowedPrior).
 * 2.26.1 (2026-12-05, session 16): that note gives both figures to two significant figures (0.26%, 0.5%), not "<1%" twice.
 * 2.27.0 (2026-12-05, session 17): priors by stratum (issue 10, item 4). A problem may give one condition several priors in a
 *   setting, each measured in an age band and/or sex the source reports (`populationAgeYears`, `populationSex`); the
 *   figure whose stratum holds the patient is used, the most specific one, else the nearest as a proxy
 *   (server/knowledge/prior-strata.ts). An age band the patient is outside is not counted again when the chosen figure
 *   was measured only in patients outside it.
 * 2.28.0 (2026-12-05, session 17): a prior may be the figure for postmenopausal women or women of reproductive age
 *   (`populationMenopausal`), read from a woman's age and the reproductive-age window; such a figure is never used for a
 *   woman of the other or an unknown status, and it holds the ages of its status (an age finding is not counted again).
 * 2.29.0 (2026-12-05, session 17): an evidence entry measured only in patients with another finding (`requiresPresent`:
 *   viral against bacterial meningitis among patients with CSF pleocytosis) counts only when that finding is present.
 * 2.30.0 (2026-12-05, session 19): a transdermal medication is systemic (an oestradiol, fentanyl or nicotine transdermal
 *   system acts on the whole body); a medicated patch or plaster is not; a combined contraceptive vaginal ring is systemic.
 * 2.31.0 (2026-12-05, session 19): a refuted Condition refutes its own concept only: a finding that covers several
 *   ("syncope or near-syncope") stays present when the chart confirms another of its codes, whichever was recorded later.
 * 2.32.0 (2026-12-05, session 19): the presenting complaint, never counted, no longer takes its group's place: a
 *   finding correlated with it (the heart rate beside fever, neck stiffness beside neck pain) counts.
 * 2.33.0 (2026-12-05, session 20): a problem that refines another (bilateral leg swelling, postmenopausal bleeding) takes
 *   the broader complaint as its own: leg swelling no longer raises heart failure in bilateral leg swelling, abnormal
 *   vaginal bleeding no longer raises endometrial cancer in postmenopausal bleeding.
 * 2.34.0 (2026-12-05, session 20): a diagnosis the chart rules out by recording one it cannot coexist with
 *   (`exclusiveWith`: type 1 diabetes on record for type 2 diabetes) is set aside as excluded, with that chart item.
 * 2.35.0 (2026-12-05, session 20): a chart record of an acute episode (`acuteEpisode`: appendicitis, pulmonary embolism)
 *   made before this episode and still marked active is history: it no longer marks the diagnosis "in chart" nor counts
 *   as addressing a can't-miss diagnosis on a CDS card (a 1972 appendicitis had silenced today's).
 * 2.36.0 (2026-12-05, session 21): a culture reported "No growth" (SNOMED CT 264868006, or the text) reads as a negative
 *   result, so the culture's findings are absent (a blood culture with no growth lowers endocarditis); before, it was
 *   an unread result and said nothing.
 * 2.37.0 (2026-12-05, session 21): a finding may be read from other findings (`derivedFrom`): iron deficiency anaemia
 *   from a haemoglobin below the WHO threshold for the patient's sex and a ferritin of 45 or less (AGA 2020), ruled out
 *   only by the sex or the haemoglobin (a ferritin may be falsely normal with inflammation). Before, only a coded
 *   diagnosis made it present.
 * 2.38.0 (2026-12-05, session 21, clinician review): the presenting complaint is no longer listed among the findings
 *   the leading diagnoses do not explain (chest pain in a chest-pain differential), and a diagnosis shown as excluded
 *   is not suggested again by the findings (type 2 diabetes excluded by a recorded type 1 and re-suggested by the
 *   HbA1c on the same page).
 * 2.39.0 (2026-12-05, session 22): a finding may be read from a Procedure performed within a window (`performed` rules):
 *   a major operation in the previous four weeks is recent surgery (a Wells criterion), present only. Before, recent
 *   surgery could only be entered by the clinician, and the post-operative pulmonary embolism story ranked PE fourth.
 *   A finding read from other findings (`derivedFrom`) names, on every chain step that uses it, the publication that
 *   defines the combination (`derivedBy`: AGA 2020 for iron deficiency anaemia); before, only its chart sources showed.
 *   A prior measured in an age band more than ten years from the patient's age (`POLICY.maxAgeProxyYears`) is not
 *   used: the diagnosis takes the policy prior and the figure is cited as not used (pertussis's share among adults
 *   aged 17-49 with cough had been the prior of a 76-year-old's cough, shown as a proxy).
 *   "Findings not explained" lists one line per abnormality (an HbA1c above three thresholds once), never a normal
 *   result (`normalResult`: a white cell count of 10 or less had been a "clue" in the NSTEMI story), and counts as
 *   explained what a diagnosis on the chart causes and what a condition's cited `manifestations` name (a feature
 *   without a likelihood ratio, used for nothing else).
 *   A finding of one sex's anatomy (`anatomySex`: a vaginal wet mount, a tender prostate) is "not applicable here" for
 *   a patient of the other recorded sex: never a next best test nor a "would change it most" (a vaginal wet mount had
 *   been the first test for an 80-year-old man's dysuria). Next best tests leave out diagnoses already established by
 *   their definition, and tests already resulted under another of their findings (a second chest radiograph). A positive
 *   pregnancy test entered by the clinician counts as a pregnancy test at this visit (early-pregnancy reasoning), as a
 *   charted one already did. A prior measured only in the other sex is not used either (policy prior, figure cited).
 *   In primary care an invasive test (lumbar puncture, endoscopy, biopsy) is not a next best test: it follows referral.
 * 2.40.0 (2026-12-05, session 23): diagnoses explain each other away (server/reasoning/explain-away.ts). A complaint
 *   whose cause the chart establishes (by its definition, or confirmed by the clinician at this encounter) is
 *   explained: its other causes are listed after the open ones as alternatives or coexisting causes, their probability
 *   withheld (chest wall pain had been 30% beside a myocardial infarction proven by a troponin rise and ECG changes).
 *   Measured states and diagnoses whose cause is sought (`causeSought`) never explain a complaint away. A broader
 *   diagnosis whose form is found (`formOf`: cardiac arrhythmia when the ECG shows atrial fibrillation) is set aside as
 *   found; one listed beside its forms names them. Next best tests leave out alternatives and diagnoses the clinician
 *   confirmed at this encounter (can't-miss ones stay). A diagnosis explains only the complaints it presents as
 *   (`presentsAs`), and one the chart held before this episode explains nothing (known AF seen again on the ECG).
 *   A guideline's baseline test (`baselineTests`: the ECG in syncope and palpitations) leads the next best tests; a test
 *   bound to a setting (`test.settings`: emergency CT) and imaging for a complaint whose guideline advises against it
 *   outside specialist care (`noRoutineImagingInPrimaryCare`: back pain) are not primary-care next tests. Evidence may
 *   hold for one age stratum only (`appliesTo.ageYears`), and findings derived from others are derived again after the
 *   clinician's changes.
 * 2.41.0 (2026-12-05, session 24): rule-out test first. Below 30%, a candidate that a pending bedside or blood test can
 *   rule out (LR− 0.1 or less) is not weighed by imaging or invasive tests; the rule-out test says which of them wait
 *   for it (ACP Best Practice Advice 3 for pulmonary embolism, applied by policy to every candidate): a bare wheeze in
 *   the emergency department had a CT pulmonary angiogram as its first test for a pulmonary embolism at 2%.
 * 2.42.0 (2026-12-05, session 24): the test threshold holds for can't-miss diagnoses too. Below 2% they stay on the
 *   can't-miss list (from 1%) but do not choose graded next tests (a bare back pain in primary care had serum amylase,
 *   lipase and blood cultures first, for pancreatitis and spinal infection at about 1%); a result that settles a measured
 *   state by its definition (sodium in confusion) still may. A specialist's test done after
 *   referral (`test.afterReferral`: MR enterography, a skin-prick test, sonohysterography, an EEG) is never a next test.
 *   The body mass index is computed from a current weight and height when the chart records none (Synthea records all
 *   three; hand-written charts often only weight and height, which had been listed as unknown codes). A test whose
 *   positive result completes a diagnosis's definition shows that result as establishing it (>99%), not as the graded
 *   ratio's estimate (echocardiography for aortic stenosis had read 'if positive 20%').
 * 2.43.0 (2026-12-06, session 25): imaging waits for a red flag where the complaint's guideline says so
 *   (`imagingOnlyWithRedFlags`: the ACR Appropriateness Criteria for low back pain and headache): no imaging test is a next
 *   test until one of the listed red-flag findings is present, and the result says so (`imagingWithheld`, with the red flags
 *   a clinician can enter; a bare emergency back pain had a CT of the spine first). An invasive test is chosen only by a
 *   can't-miss candidate or by one at 30% or more (a lumbar puncture for viral meningitis at 3% was left as a bare
 *   headache's only test), and a rule-out test no longer says that a test listed above it, for other candidates, waits
 *   for it (the CT head came first and a D-dimer below it said the CT head waited).
 * 2.44.0 (2026-12-06, session 25): an `unquantified` entry limited to one care setting (`settings`) takes the policy prior
 *   there instead of the other setting's borrowed figure: irritable bowel syndrome's general-practice share of all
 *   gastrointestinal complaints (30%) had led a bare emergency diarrhoea.
 * 2.45.0 (2026-12-06, session 26): a derived finding may be an implication (`derivedFrom.presentOnly`): a narrower finding
 *   implies the broader one (travel to sub-Saharan Africa is travel abroad) and is never read as its absence. A clinician
 *   who entered only the region of travel had not recorded travel abroad, so malaria lost its travel ratio.
 * 2.46.0 (2026-12-06, session 27): a broader diagnosis is at least as likely as the likeliest of its forms estimated beside
 *   it, and its range reaches as high as any form's (server/reasoning/explain-away.ts, `atLeastItsForms`): "malignancy
 *   2%, its probability includes theirs" had been listed below "colorectal cancer 40%". Raised, it is ranked right after
 *   that form and says so. The evaluation counts a broader diagnosis of the expected one as right (its claim is true).
 * 2.47.0 (2026-12-06, session 27): a condition-finding pair may hold ratios measured in different presenting problems
 *   (each entry names its problems in `appliesTo.problems`, at most one without, no problem named twice); the
 *   patient's first problem that one names chooses the entry everywhere the evidence is read (the chain, "would change
 *   it most", next tests, findings not explained, CDS cards). Curators had four ratios blocked by one entry per pair
 *   (tuberculosis and birth abroad measured in lymph-node and in pulmonary disease).
 * 2.48.0 (2026-12-06, session 28): a derived finding may be read from another derived finding (never in a cycle, which
 *   the loader refuses); derivations run in dependency order, so a measured temperature of 38 °C or more implies fever,
 *   and fever with jaundice and right upper quadrant pain completes Charcot's triad.
 * 2.49.0 (2026-12-06, session 28): a cluster read from its items (a derived finding that is not a mere implication)
 *   that counts for a diagnosis silences its items of the same state that have their own ratio for that diagnosis
 *   ("not counted: part of Charcot's triad"); demographic criteria are not items. Curators could not give cholangitis a
 *   jaundice or right upper quadrant ratio beside the triad without counting them twice (a correlation group is global,
 *   and jaundice in the triad's group would have silenced it for hepatitis too).
 * 2.50.0 (2026-12-06, session 29): a score that names its items (`rule.items`: the Wells score's heart rate, haemoptysis
 *   and recent surgery) silences them, present or absent, for a diagnosis it counts for ("not counted: an item of the
 *   Wells score…"), so a clinician who enters the score and its items counts each item once. A prior measured in one sex
 *   (a source's figure for men) holds the patient's sex, so the sex findings are not counted beside it, as an age band
 *   already held by the prior's ages is not (model 2.27.0).
 * 2.51.0 (2026-12-06, session 29): postmenopausal bleeding recorded for a woman inside the reproductive-age window is
 *   reasoned as recorded, with a warning that its priors are those of postmenopausal women (no probability changes).
 * 2.52.0 (2026-12-06, session 30): a guideline's baseline test of one sex's anatomy (`anatomySex`: a transvaginal
 *   ultrasound for postmenopausal bleeding) is not listed for a patient of the other recorded sex; the problem's anatomy
 *   warning already told the clinician, but the test was still shown as every patient's.
 * 2.53.0 (2026-12-06, session 31): a threshold finding the clinician enters settles the other thresholds of the same
 *   quantity (server/reasoning/threshold-entailment.ts): "ferritin 15 or less" makes "ferritin over 100" absent and
 *   "ferritin 45 or less" present, converted between units where the thresholds differ (haemoglobin in g/dL and g/L),
 *   shown as implied by the entry, replacing a chart reading it contradicts (with a warning), never a finding the
 *   clinician entered directly. An entered ferritin of 15 or less had left anaemia of chronic disease at its prior
 *   (its ratio is on "ferritin over 100"), second for a woman of 36 with heavy periods and microcytosis.
 * 2.54.0 (2026-12-06, session 31): a prior may be measured in patients with a finding (`populationWith`: febrile adults
 *   returned from sub-Saharan Africa, Nic Fhogartaigh 2008, malaria 19.4%). It is chosen when the finding is present
 *   (before a figure for everyone), never used as a proxy for a patient without it, and the finding, with every finding
 *   it implies (travel abroad), is then not counted again for that diagnosis. kb:check adds up the priors of patients
 *   with the finding too. Malaria had been seventh at 3.5% for a man of 34 with fever after Africa (policy prior times
 *   the travel ratios); it is third, after the general febrile cohorts' pneumonia and respiratory infection.
 * 2.55.0 (2026-12-06, session 31): such a prior may be `usedWhenUnknown`: while the chart does not say whether the
 *   patient has the finding it is used as a proxy (the chain says how to set it aside), and only a finding recorded
 *   absent sets it aside. Injury cohorts' fracture and ligament figures in knee and shoulder pain are such priors:
 *   charts rarely code the injury, but a clinician who records "no injury" no longer sees fracture first for a
 *   non-injury emergency shoulder pain, or knee fracture and ligament injury in the top four for a hot knee at 78.
 * 2.56.0 (2026-12-06, session 33): a prior may be measured in patients without a finding (`populationWithout`: acute
 *   pelvic pain cohorts, not a pain of more than six months), set aside for a patient with it, who takes the figure
 *   measured in patients with it or the policy prior; of two figures measured in patients with findings one of which
 *   implies the other (South Asia, the tropics), the narrower is used; an evidence entry measured in patients without a
 *   finding (`requiresAbsent`: heavy regular periods, not intermenstrual bleeding) does not count when it is present.
 * 2.57.0 (2026-12-06, session 34): a patient presenting with a complaint has it: evidence measured only in patients with
 *   a finding (`requiresPresent`, or absent with `requiresAbsent`) treats that finding as present when it is the
 *   presenting problem itself, recorded only as the reason for visit (a fever complaint), unless the chart refutes it.
 *   A curator could not require fever of the sepsis x qSOFA entry (fever standing in for Askim 2017's suspected
 *   infection) because fever complaints without a separate fever finding then lost it.
 * 2.58.0 (2026-12-07, session 35): a finding implied by another the chart holds (`derivedFrom`) is explained, among the
 *   findings not explained by the leading diagnoses, when the finding that implied it is explained or is the complaint:
 *   a woman's right lower quadrant pain implies pelvic pain, and with appendicitis first the implied pelvic pain had been
 *   listed as a clue to a missing diagnosis.
 * 2.59.0 (2026-12-07, session 36): where the display's reliability table caps a band (estimates this high were right
 *   more than 15 points less often in testing), the words name the capped band too ("likely, about 70% ...; in testing,
 *   estimates this high were right about 60% of the time", not "very likely"); the table now counts the
 *   breadth-development split beside the development and calibration splits, so estimates of 70% or more are capped.
 * 2.60.0 (2026-12-07, session 36): a result read by its test's code alone (a presence test such as urine ketones by
 *   strip, 2514-8) is negative when its value is a measured zero (0 mg/dL), not only when written or coded as negative;
 *   it had read as present.
 */
export const ENGINE_MODEL = { id: 'ddx-lr-engine', version: '2.60.0' } as const;

/** Applies clinician overrides on top of chart findings. Unknown finding ids are reported. */
export function mergeFindings(kb: KnowledgeBase, chart: readonly KnownFinding[], overrides: readonly FindingOverride[], warnings: string[]): KnownFinding[] {
  const map = new Map(chart.map((f) => [f.findingId, f]));
  for (const o of overrides) {
    if (!kb.findings.has(o.findingId)) {
      warnings.push(`unknown finding "${o.findingId}" in clinician changes ignored`);
      continue;
    }
    if (o.state === 'removed') {
      map.delete(o.findingId);
      continue;
    }
    map.set(o.findingId, { findingId: o.findingId, present: o.state === 'present', origin: 'clinician', sources: [] });
  }
  // An entered threshold settles the other thresholds of its quantity (model 2.53.0): "ferritin 15 or less" makes
  // "ferritin over 100" absent. It replaces a chart reading of them, as the entry itself replaces the chart's reading of
  // its own finding, and says so.
  for (const { finding, impliedBy } of impliedByThresholds(kb, overrides, warnings)) {
    const chart = map.get(finding.findingId);
    if (chart && chart.present !== finding.present) {
      warnings.push(`"${kb.findings.get(finding.findingId)?.name ?? finding.findingId}" ${finding.present ? 'present' : 'absent'}, implied by the clinician's entry "${kb.findings.get(impliedBy)?.name ?? impliedBy}", replaces the chart's reading`);
    }
    if (!chart || chart.present !== finding.present) {
      map.set(finding.findingId, finding);
    }
  }
  if (overrides.length === 0) {
    return [...map.values()].sort((a, b) => a.findingId.localeCompare(b.findingId));
  }
  // A finding read from others is read again from the merged findings (model 2.40.0): components the clinician enters
  // (four cardiac risk factors) derive it as the chart's would, and a component the clinician removes takes it away.
  for (const f of [...map.values()]) {
    if (f.derivedBy) {
      map.delete(f.findingId);
    }
  }
  return deriveFindings(kb, [...map.values()]);
}

/**
 * sha256 of what the engine reasons from: setting, problems, findings (id and state), age and sex.
 * Two requests with the same hash saw the same input.
 */
export function hashInput(setting: string, problems: readonly string[], findings: readonly KnownFinding[], extract: ChartExtract): string {
  const canonical = JSON.stringify({
    setting,
    problems: [...problems].sort(),
    findings: findings.map((f) => [f.findingId, f.present, f.origin]),
    age: extract.ageYears ?? null,
    sex: extract.sex ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Citation summaries per knowledge base, built once (the knowledge is immutable once loaded), frozen because shared. */
const citationSummaryCache = new WeakMap<KnowledgeBase, Map<string, CitationSummary>>();

/** Resolves citation ids to the summaries shown next to numbers. */
export function collectCitations(kb: KnowledgeBase, ids: ReadonlySet<string>): Record<string, CitationSummary> {
  let summaries = citationSummaryCache.get(kb);
  if (!summaries) {
    summaries = new Map();
    citationSummaryCache.set(kb, summaries);
  }
  const out: Record<string, CitationSummary> = {};
  for (const id of [...ids].sort()) {
    let summary = summaries.get(id);
    const c = summary ? undefined : kb.citations.get(id);
    if (c) {
      summary = Object.freeze({ id, title: c.title, authors: c.authors, journal: c.journal, year: c.year, pmid: c.pmid, ...(c.pmcid ? { pmcid: c.pmcid } : {}), ...(c.bookshelfId ? { bookshelfId: c.bookshelfId } : {}), doi: c.doi, status: c.status, review: c.review.status });
      summaries.set(id, summary);
    }
    if (summary) {
      out[id] = summary;
    }
  }
  return out;
}

function citationIds(result: { differential: readonly DiagnosisResult[]; nextBestTests: DifferentialResult['nextBestTests'] }): Set<string> {
  const ids = new Set<string>();
  for (const d of result.differential) {
    d.steps.forEach((s) => {
      if (s.source) {
        ids.add(s.source.citation);
      }
      if (s.kind === 'prior') {
        s.reasonSources?.forEach((r) => ids.add(r.citation));
      } else if (s.derivedBy) {
        ids.add(s.derivedBy.citation);
      }
    });
    d.mostInformative.forEach((w) => ids.add(w.source.citation));
  }
  result.nextBestTests.forEach((t) => t.sources.forEach((s) => ids.add(s.citation)));
  return ids;
}

/** Whether a condition can affect this patient (sex, pregnancy or ovulatory cycles, age), from its `applicability`. */
export function appliesTo(condition: Condition, patient: { ageYears?: number; sex?: string }): boolean {
  return patientFits(condition.applicability, patient);
}

interface EvokingIndex {
  /** Per finding, the conditions whose evidence for it is strong enough to evoke them (LR+ at or above the policy's). */
  byFinding: Map<string, string[]>;
  /** Per condition, its evoking evidence by finding, with the LR+. */
  strong: Map<string, Map<string, { evidence: Evidence; lr: number }>>;
  /** Conditions with a definition (the chart may establish them whatever evokes them). */
  defined: string[];
}

const EVOKING_INDEX = new WeakMap<KnowledgeBase, EvokingIndex>();

/**
 * Which evidence can evoke a diagnosis, worked out once per knowledge base: every call otherwise walked
 * every condition's evidence against every present finding (a tenth of the engine's time on a hook call).
 * Demographic findings never evoke. Applicability to the patient and problem is still checked per call.
 */
function evokingIndex(kb: KnowledgeBase): EvokingIndex {
  const cached = EVOKING_INDEX.get(kb);
  if (cached) {
    return cached;
  }
  const index: EvokingIndex = { byFinding: new Map(), strong: new Map(), defined: [] };
  for (const condition of kb.conditions.values()) {
    if (condition.definition) {
      index.defined.push(condition.id);
    }
    for (const [findingId, e] of kb.evidenceByCondition.get(condition.id) ?? []) {
      const lr = likelihoodRatio(e, true)?.lr;
      if (lr === undefined || lr < POLICY.evokingLikelihoodRatio || kb.findings.get(findingId)?.category === 'demographic') {
        continue;
      }
      const perCondition = index.strong.get(condition.id) ?? new Map<string, { evidence: Evidence; lr: number }>();
      perCondition.set(findingId, { evidence: e, lr });
      index.strong.set(condition.id, perCondition);
      const perFinding = index.byFinding.get(findingId) ?? [];
      perFinding.push(condition.id);
      index.byFinding.set(findingId, perFinding);
    }
  }
  EVOKING_INDEX.set(kb, index);
  return index;
}

/**
 * Diagnoses evoked by strong chart evidence alone: a finding present in the chart with LR+ at or above
 * the policy threshold for the condition. No probability: there is no pre-test probability to start from.
 * A ratio measured only within some presenting problems (nausea for migraine against tension-type
 * headache, among headache patients) or a rule validated only there evokes nothing elsewhere: outside
 * that population the number means nothing (`context.problems` are the presenting problems in play,
 * none when there is no complaint). Nor does the complaint itself evoke anything: a confused patient's
 * confusion is why the differential exists, not a clue beside it (a primary-care case-control LR of 15 for
 * confusion before a brain tumour otherwise named a brain tumour for every confused patient).
 */
export function evokeDiagnoses(
  kb: KnowledgeBase,
  findings: readonly KnownFinding[],
  patient: { ageYears?: number; sex?: string },
  exclude: ReadonlySet<string>,
  chartDiagnoses: ChartExtract['chartDiagnoses'],
  context: RuleContext,
): EvokedDiagnosis[] {
  const out: EvokedDiagnosis[] = [];
  // Worked out once, not per condition: the chart's findings, and those present (the only ones that evoke).
  const fromChart = findings.filter((f) => f.origin === 'chart');
  const complaint = complaintFindingsOf(kb, context.problems);
  const presentInChart = fromChart.filter((f) => f.present && !complaint.has(f.findingId));
  const index = evokingIndex(kb);
  // Only conditions that a present finding could evoke, or that have a definition, need looking at; kept in
  // the knowledge base's order so the output does not depend on the chart's order.
  const reachable = new Set(index.defined);
  for (const f of presentInChart) {
    for (const conditionId of index.byFinding.get(f.findingId) ?? []) {
      reachable.add(conditionId);
    }
  }
  for (const condition of kb.conditions.values()) {
    const conditionId = condition.id;
    if (!reachable.has(conditionId) || exclude.has(conditionId) || !appliesTo(condition, patient)) {
      continue;
    }
    const evidence = evidenceFor(kb, conditionId, context.problems);
    const established = condition.definition ? definitionMet(kb, condition, fromChart) : undefined;
    const strong: EvokedDiagnosis['evidence'][number][] = [];
    for (const f of evidence ? presentInChart : []) {
      const strongEntry = index.strong.get(conditionId)?.get(f.findingId);
      if (!strongEntry) {
        continue;
      }
      if (evidenceNotApplicable(kb, conditionId, f.findingId, context) || ruleNotApplicable(kb, f.findingId, context)) {
        continue;
      }
      const finding = kb.findings.get(f.findingId);
      strong.push({ findingId: f.findingId, findingName: finding?.name ?? f.findingId, lr: strongEntry.lr, sources: f.sources, source: strongEntry.evidence.source });
    }
    if (strong.length > 0 || established) {
      const inChart = chartDiagnoses.find((cd) => cd.conditionId === conditionId);
      out.push({
        conditionId,
        name: condition.name,
        codes: condition.codes,
        cantMiss: condition.cantMiss,
        evidence: strong.sort((a, b) => b.lr - a.lr),
        ...(established ? { established } : {}),
        ...(inChart ? { inChart } : {}),
      });
    }
  }
  const strength = (e: EvokedDiagnosis): number => (e.established ? Infinity : (e.evidence[0]?.lr ?? 0));
  return out.sort((a, b) => Number(!!b.established) - Number(!!a.established) || Number(b.cantMiss) - Number(a.cantMiss) || strength(b) - strength(a) || a.name.localeCompare(b.name));
}

/** A finding is an abnormality to explain when it is evidence for some condition (LR+ above 1.5 somewhere), not a normal result. */
const pointsToDiseaseCache = new WeakMap<KnowledgeBase, Set<string>>();
function pointsToDisease(kb: KnowledgeBase, findingId: string): boolean {
  let set = pointsToDiseaseCache.get(kb);
  if (!set) {
    set = new Set(kb.evidence.filter((e) => (likelihoodRatio(e, true)?.lr ?? 0) > 1.5).map((e) => e.finding));
    pointsToDiseaseCache.set(kb, set);
  }
  return set.has(findingId);
}

/** The analytes a finding reads, with the side of normal it means (`analyte:hb:low`), for siblings and manifestations. */
function measureKeys(kb: KnowledgeBase, id: string): string[] {
  const keys: string[] = [];
  for (const rule of kb.findings.get(id)?.match ?? []) {
    if (rule.kind === 'quantity' || rule.kind === 'reference-range' || rule.kind === 'change' || rule.kind === 'ordinal') {
      // The same analyte on the same side of normal (session 22): a raised white count is not a sibling of a low one.
      const side = rule.kind === 'quantity' ? (rule.comparator.startsWith('>') ? 'high' : 'low') : rule.kind === 'reference-range' ? (rule.relation === 'above-high' ? 'high' : 'low') : 'high';
      for (const loinc of rule.kind === 'quantity' && rule.component ? [rule.component] : rule.loinc) {
        keys.push(`analyte:${analyteOfLoinc(loinc)?.id ?? loinc}:${side}`);
      }
    }
  }
  return keys;
}

/** Whether two findings read the same analyte on the same side of normal (an HbA1c above 6.5% and above 5.7%). */
function sameMeasure(kb: KnowledgeBase, a: string, b: string): boolean {
  const keys = new Set(measureKeys(kb, a));
  return measureKeys(kb, b).some((k) => keys.has(k));
}

/** The finding and the findings that measure the same thing: its correlation group, and the same lab analyte on the same side of normal. */
const siblingsCache = new WeakMap<KnowledgeBase, Map<string, string[]>>();
function siblingFindings(kb: KnowledgeBase, findingId: string): string[] {
  let byId = siblingsCache.get(kb);
  if (!byId) {
    byId = new Map();
    const keysOf = (id: string): string[] => {
      const f = kb.findings.get(id);
      return [...(f?.group ? [`group:${f.group}`] : []), ...measureKeys(kb, id)];
    };
    const byKey = new Map<string, string[]>();
    for (const id of kb.findings.keys()) {
      keysOf(id).forEach((k) => byKey.set(k, [...(byKey.get(k) ?? []), id]));
    }
    for (const id of kb.findings.keys()) {
      byId.set(id, [...new Set([id, ...keysOf(id).flatMap((k) => byKey.get(k) ?? [])])]);
    }
    siblingsCache.set(kb, byId);
  }
  return byId.get(findingId) ?? [findingId];
}

/** Categories of findings that are abnormalities a diagnosis should explain (not history, risk factors or demographics). */
const EXPLAINABLE = new Set(['symptom', 'sign', 'vital', 'lab', 'imaging', 'ecg']);

/**
 * Abnormal present findings from the chart that none of the leading diagnoses, nor any diagnosis the chart records,
 * explains (no evidence with LR+ > 1 and no cited manifestation for any, and not part of an established diagnosis's
 * definition), one per
 * abnormality (siblings listed once; normal results never), then abnormal results
 * the knowledge base could not read: clues to a diagnosis the list is missing.
 */
export function unexplainedFindings(
  kb: KnowledgeBase,
  findings: readonly KnownFinding[],
  leading: readonly DiagnosisResult[],
  ignored: ChartExtract['ignored'],
  problemIds: readonly string[] = [],
  recorded: readonly string[] = [],
): DifferentialResult['unexplained'] {
  const out: { findingId?: string; name: string; sources: KnownFinding['sources']; why: string }[] = [];
  // The presenting complaint is what every candidate was chosen to explain (model 2.38.0): a chest pain is not a clue to
  // a missing diagnosis in a chest-pain differential.
  const complaint = complaintFindingsOf(kb, problemIds);
  const listed = new Set<string>();
  for (const f of findings) {
    const finding = kb.findings.get(f.findingId);
    if (!f.present || f.origin !== 'chart' || !finding || !EXPLAINABLE.has(finding.category) || finding.rule || finding.normalResult || complaint.has(f.findingId) || !pointsToDisease(kb, f.findingId)) {
      continue;
    }
    // Explained by a leading diagnosis through this finding, or a sibling that measures the same thing
    // (same correlation group, or the same lab analyte at another threshold).
    const siblings = siblingFindings(kb, f.findingId);
    // One line per abnormality (session 22): an HbA1c above 5.7, 6.0 and 6.5%, or a raised white cell count read as two
    // findings of one group, is listed once.
    if (siblings.some((id) => listed.has(id))) {
      continue;
    }
    const causes = (conditionId: string, id: string): boolean => {
      const e = evidenceFor(kb, conditionId, problemIds)?.get(id);
      const lr = e ? likelihoodRatio(e, true)?.lr : undefined;
      return lr !== undefined && lr > 1;
    };
    // A cited manifestation explains the finding itself, or the same analyte on the same side of normal, never the rest
    // of its correlation group: Kussmaul breathing in diabetic ketoacidosis does not explain a fever, which is the clue to
    // the infection that set it off.
    const manifests = (conditionId: string): boolean =>
      kb.conditions.get(conditionId)?.manifestations?.some((m) => m.findings.some((id) => id === f.findingId || sameMeasure(kb, id, f.findingId))) ?? false;
    // A finding implied by another the chart holds (`derivedFrom`: lower quadrant tenderness is abdominal tenderness) is
    // explained when what implied it is, or is the complaint (model 2.58.0): the implication restates that finding, it
    // is not a second abnormality.
    // Only abnormalities count as what implied it: sex or age in the criteria (a woman's lower quadrant pain) explain nothing.
    const implying =
      f.derivedBy && finding.derivedFrom
        ? finding.derivedFrom.criteria.flat().filter((id) => id !== f.findingId && EXPLAINABLE.has(kb.findings.get(id)?.category ?? '') && findings.some((x) => x.findingId === id && x.present))
        : [];
    const related = [...siblings, ...implying];
    // A diagnosis the chart already records (an active type 1 diabetes and its HbA1c) explains what it causes too.
    const explained =
      implying.some((id) => complaint.has(id)) ||
      leading.some((d) => manifests(d.conditionId) || related.some((id) => causes(d.conditionId, id) || d.established?.findings.some((x) => x.findingId === id))) ||
      recorded.some((c) => manifests(c) || related.some((id) => causes(c, id)));
    if (!explained) {
      listed.add(f.findingId);
      out.push({ findingId: f.findingId, name: finding.name, sources: f.sources, why: 'none of the leading diagnoses is known to cause it' });
    }
  }
  for (const i of ignored) {
    if (i.abnormal && (i.kind === 'unknown-code' || i.kind === 'unit')) {
      out.push({ name: i.display ?? i.reference, sources: [{ reference: i.reference, value: i.display ?? 'abnormal', ...(i.date ? { date: i.date } : {}) }], why: 'abnormal, and not read by the knowledge base' });
    }
  }
  return out;
}

function scopeOf(kb: KnowledgeBase, extract: ChartExtract, input: DifferentialInput, problemIds: readonly string[]): { abstention?: Abstention; notes: ScopeNote[] } {
  const notes: ScopeNote[] = [];
  if (extract.now.note) {
    notes.push({ kind: 'no-current-encounter', message: `What "now" is: ${extract.now.note}.` });
  }
  if (extract.deceased) {
    return {
      abstention: { kind: 'deceased', message: `This patient is recorded as deceased${extract.deceased.date ? ` (${extract.deceased.date.slice(0, 10)})` : ''}. No differential is given.` },
      notes,
    };
  }
  if (extract.noPatient && problemIds.length === 0) {
    return { abstention: { kind: 'no-patient', message: 'The chart received holds no Patient: age, sex and scope cannot be checked, and no presenting problem was given.' }, notes };
  }
  if (extract.ageYears !== undefined && extract.ageYears < POLICY.adultAgeYears) {
    if (!input.includeChild) {
      return {
        abstention: { kind: 'child', message: `This model is not validated for patients under ${POLICY.adultAgeYears} (this patient is ${extract.ageYears}). A differential is given only on explicit request.` },
        notes,
      };
    }
    notes.push({ kind: 'child', message: `Not validated for patients under ${POLICY.adultAgeYears}: this differential was requested explicitly for a ${extract.ageYears}-year-old and uses adult knowledge and base rates.` });
  }
  if (extract.pregnancy) {
    const pregnancyRelated = [...kb.conditions.values()].filter((c) => c.applicability?.pregnancyRelated).map((c) => c.id);
    notes.push({
      kind: 'pregnancy',
      message: `Current pregnancy recorded (${extract.pregnancy.source.value}, ${extract.pregnancy.source.reference}). The knowledge base's pre-test probabilities are not adjusted for pregnancy; pregnancy-related diagnoses are considered, and imaging and drug choices differ.`,
      conditionIds: pregnancyRelated,
    });
  }
  if (problemIds.length === 0) {
    const followUp = (extract.followUpOf ?? []).map((f) => `${f.display}, on the chart since ${f.since.slice(0, 10)} (${f.reference})`);
    return {
      abstention: {
        kind: 'no-presenting-problem',
        message:
          followUp.length > 0
            ? `The reason for visit is a diagnosis already established before this visit (${followUp.join('; ')}): a visit for a known condition is not reasoned as a new complaint. Give the presenting problem if there is a new one; without one, no probability is given.`
            : 'No presenting problem was recognised in the current encounter. Give the reason for visit to get a differential; without one, no probability is given.',
      },
      notes,
    };
  }
  return { notes };
}

/** The patient as prior strata see her or him: a woman's menopausal status from her age and the reproductive-age window. */
function priorPatient(extract: ChartExtract): PriorPatient {
  const [, end] = POLICY.reproductiveAgeYears;
  const postmenopausal = extract.sex === 'female' && extract.ageYears !== undefined ? extract.ageYears >= end : undefined;
  return { ageYears: extract.ageYears, sex: extract.sex, ...(postmenopausal !== undefined ? { postmenopausal } : {}) };
}

/**
 * A complaint that is another problem for a woman past the reproductive-age window (abnormal vaginal bleeding at 70 is
 * postmenopausal bleeding, whose causes and priors differ) is read as that problem, with a warning saying so. A patient
 * whose sex is recorded as male, or whose age is unknown, keeps the problem as recorded.
 */
function pastReproductiveAge(kb: KnowledgeBase, problems: readonly string[], extract: ChartExtract, warnings: string[]): string[] {
  const [start, end] = POLICY.reproductiveAgeYears;
  if (extract.ageYears !== undefined && extract.ageYears >= start && extract.ageYears < end && extract.sex !== 'male') {
    // The other way round (model 2.51.0): a complaint defined by the menopause (postmenopausal bleeding) recorded for a
    // woman inside the reproductive-age window is reasoned as recorded (an early or surgical menopause is possible), but
    // its priors are those of postmenopausal women, and the clinician is told (the session-29 review found none said).
    for (const id of problems) {
      const from = [...kb.problems.values()].find((p) => p.pastReproductiveAge === id);
      if (from) {
        warnings.push(
          `presenting problem "${kb.problems.get(id)!.name}" recorded for a patient of ${extract.ageYears}, inside the model's reproductive-age window (${start} to ${end - 1}): its pre-test probabilities are those of postmenopausal women; if she is not postmenopausal, "${from.name}" is the complaint to reason from`,
        );
      }
    }
  }
  if (extract.ageYears === undefined || extract.ageYears < end || extract.sex === 'male') {
    return [...problems];
  }
  return problems.map((id) => {
    const instead = kb.problems.get(id)?.pastReproductiveAge;
    if (!instead) {
      return id;
    }
    warnings.push(`presenting problem "${kb.problems.get(id)!.name}" read as "${kb.problems.get(instead)!.name}": the patient is ${extract.ageYears}, past the model's reproductive-age window (${end} and over)`);
    return instead;
  });
}

/**
 * A complaint that is another problem in early pregnancy (vaginal bleeding or pelvic pain with a positive pregnancy test)
 * is also reasoned as that problem, with a warning: miscarriage and ectopic pregnancy take their early-pregnancy priors,
 * and a problem the early-pregnancy one refines (vaginal bleeding) is then set aside. A pregnancy counts as early when
 * the chart's evidence of it is a positive test in the current episode or a pregnancy condition dated within
 * `earlyPregnancyDays`.
 */
/** Findings that are a positive pregnancy test: one the clinician enters counts as a test at this visit (session 22). */
const PREGNANCY_TEST_FINDINGS = ['urine-hcg-positive', 'serum-hcg-above-reference-range'];

function inEarlyPregnancy(kb: KnowledgeBase, problems: readonly string[], extract: ChartExtract, warnings: string[], findings: readonly KnownFinding[] = []): string[] {
  if (extract.sex === 'male') {
    return [...problems];
  }
  const recorded = extract.pregnancy?.source;
  // A positive pregnancy test entered by the clinician is a test at this visit: early pregnancy, named as entered (it
  // has no chart reference).
  const entered = recorded ? undefined : findings.find((f) => f.origin === 'clinician' && f.present && PREGNANCY_TEST_FINDINGS.includes(f.findingId));
  let evidence: string;
  if (recorded) {
    const days = recorded.date ? hoursBetween(recorded.date, extract.asOf) / 24 : Infinity;
    if (!recorded.reference.startsWith('Observation/') && days > POLICY.earlyPregnancyDays) {
      return [...problems];
    }
    evidence = `a pregnancy is recorded (${recorded.value}, ${recorded.reference})`;
  } else if (entered) {
    evidence = `a positive pregnancy test was entered by the clinician (${kb.findings.get(entered.findingId)?.name ?? entered.findingId})`;
  } else {
    return [...problems];
  }
  const out = [...problems];
  for (const id of problems) {
    const also = kb.problems.get(id)?.inPregnancy;
    if (also && !out.includes(also)) {
      out.push(also);
      warnings.push(`presenting problem "${kb.problems.get(id)!.name}" also reasoned as "${kb.problems.get(also)!.name}": ${evidence}; if it is beyond the first trimester these priors do not apply`);
    }
  }
  return out;
}

/**
 * @param kb - knowledge base
 * @param input - extracted chart, clinician overrides, problems, setting
 * @returns the ranked differential with its reasoning, can't-miss list and next best tests; or, without a
 * presenting problem or outside the model's scope, an abstention with what was read and the diagnoses
 * strong chart findings suggest (without probabilities)
 */
export function buildDifferential(kb: KnowledgeBase, input: DifferentialInput): DifferentialResult {
  const warnings: string[] = [];
  const { extract } = input;
  const setting: CareSetting = input.setting ?? extract.setting ?? POLICY.defaultSetting;
  if (!input.setting && !extract.setting) {
    warnings.push(`care setting not recorded on the encounter; ${setting} priors used`);
  }
  const findings = mergeFindings(kb, extract.findings, input.overrides ?? [], warnings);
  const chartProblems = extract.problems.map((p) => p.problemId);
  const clinicianProblems = (input.problems ?? []).filter((p) => !chartProblems.includes(p));
  clinicianProblems.filter((p) => !kb.problems.has(p)).forEach((p) => warnings.push(`unknown presenting problem "${p}" ignored`));
  const recorded = [...new Set(inEarlyPregnancy(kb, pastReproductiveAge(kb, [...chartProblems, ...clinicianProblems.filter((p) => kb.problems.has(p))], extract, warnings), extract, warnings, findings))];
  // A broader problem recorded beside a more specific form of it (leg swelling beside swelling of one leg) is set
  // aside: its priors describe another population.
  const refinedBy = new Map<string, string[]>();
  for (const id of recorded) {
    for (const broader of kb.problems.get(id)!.refines) {
      refinedBy.set(broader, [...(refinedBy.get(broader) ?? []), id]);
    }
  }
  const problemIds = recorded.filter((id) => !refinedBy.has(id));
  if (problemIds.length > 0) {
    for (const f of extract.followUpOf ?? []) {
      warnings.push(`reason for visit "${f.display}" is a diagnosis on the chart since ${f.since.slice(0, 10)} (${f.reference}): a known condition, not reasoned as a new complaint`);
    }
  }
  for (const id of recorded.filter((p) => refinedBy.has(p))) {
    // Say where the specific problem came from when a symptom's duration named it (a cough that began 60 days before).
    const why = (s: string): string => {
      const value = extract.problems.find((p) => p.problemId === s)?.source.value ?? '';
      return /^began \d+ days before/.test(value) ? ` (${value})` : '';
    };
    const specific = refinedBy.get(id)!.map((s) => `"${kb.problems.get(s)!.name}"${why(s)}`).join(' and ');
    warnings.push(`presenting problem "${kb.problems.get(id)!.name}" set aside: ${specific}, also recorded, is the more specific form of it`);
  }
  const patient = { ageYears: extract.ageYears, sex: extract.sex };
  for (const id of problemIds) {
    const anatomy = kb.problems.get(id)!.anatomy;
    if (anatomy && (extract.sex === 'male' || extract.sex === 'female') && extract.sex !== anatomy) {
      warnings.push(`presenting problem "${kb.problems.get(id)!.name}" concerns ${anatomy} anatomy but the recorded sex is ${extract.sex}: only diagnoses that can affect the recorded sex are listed; check the recorded sex (or the problem)`);
    }
  }
  const scope = scopeOf(kb, extract, input, problemIds);
  const identity = {
    model: { ...ENGINE_MODEL },
    knowledge: { id: kb.manifest.id, version: kb.manifest.version, contentHash: kb.contentHash },
    inputHash: hashInput(setting, problemIds, findings, extract),
    patient: { ageYears: extract.ageYears, sex: extract.sex },
    asOf: extract.asOf,
    now: extract.now,
    setting,
    findingsUsed: findings,
    findingNames: Object.fromEntries(
      [...new Set([...extract.findings.map((f) => f.findingId), ...(input.overrides ?? []).map((o) => o.findingId), ...findings.map((f) => f.findingId)])]
        .filter((id) => kb.findings.has(id))
        .map((id) => [id, kb.findings.get(id)?.name ?? id]),
    ),
    ignored: extract.ignored,
    unknownCodes: extract.unknownCodes,
    scopeNotes: scope.notes,
  };
  if (scope.abstention) {
    const evoked = scope.abstention.kind === 'deceased' || scope.abstention.kind === 'child' ? [] : evokeDiagnoses(kb, findings, patient, new Set(), extract.chartDiagnoses, { problems: problemIds, setting, ageYears: extract.ageYears });
    const ids = new Set<string>(evoked.flatMap((e) => [...e.evidence.map((x) => x.source.citation), ...(e.established ? [e.established.source.citation] : [])]));
    return {
      ...identity,
      status: 'abstained',
      abstention: scope.abstention,
      evoked,
      problems: [],
      established: [],
      excluded: [],
      differential: [],
      cantMiss: [],
      nextBestTests: [],
      unexplained: [],
      citations: collectCitations(kb, ids),
      warnings,
    };
  }
  // A figure measured in patients with a finding (febrile travellers) is chosen when the finding is present (model 2.54.0).
  const present = new Set(findings.filter((f) => f.present).map((f) => f.findingId));
  const absent = new Set(findings.filter((f) => !f.present).map((f) => f.findingId));
  const applicable = selectCandidates(kb, problemIds, setting, warnings, { ...priorPatient(extract), present, absent }).filter((c) => {
    const condition = kb.conditions.get(c.conditionId);
    return !!condition && appliesTo(condition, patient);
  });
  // A candidate whose definition is its own measured state and whose results lie outside it is excluded, not estimated.
  const excluded: ExcludedDiagnosis[] = [];
  const candidates = applicable.filter((c) => {
    const condition = kb.conditions.get(c.conditionId)!;
    const refuted = definitionRefuted(kb, condition, findings);
    if (refuted) {
      excluded.push({ conditionId: condition.id, name: condition.name, cantMiss: condition.cantMiss, excludedBy: refuted });
      return false;
    }
    // A diagnosis the chart already rules out by recording one it cannot coexist with (model 2.34.0).
    const exclusive = exclusionBy(kb, condition, findings);
    if (exclusive) {
      excluded.push({ conditionId: condition.id, name: condition.name, cantMiss: condition.cantMiss, excludedBy: exclusive, kind: 'exclusive' });
      return false;
    }
    return true;
  });
  excluded.sort((a, b) => a.name.localeCompare(b.name));
  const recalibration = input.recalibration === null ? undefined : (input.recalibration ?? recalibrationFor(kb.contentHash));
  const ruleContext = {
    problems: problemIds,
    setting,
    ageYears: extract.ageYears,
    sex: extract.sex,
    alpha: input.alpha,
    recalibration,
    present: new Set(findings.filter((f) => f.present).map((f) => f.findingId)),
    // a patient presenting with a complaint has it (model 2.57.0), unless the chart refutes it
    complaint: new Set([...complaintFindingsOf(kb, problemIds)].filter((id) => !findings.some((f) => f.findingId === id && !f.present))),
  };
  const reasoned = candidates.map((c) => reasonAbout(kb, c, findings, ruleContext));
  const withChart = <T extends { conditionId: string }>(d: T): T => {
    // The diagnosis confirmed at this encounter, when the chart holds one, before a reason for visit or an older record.
    const records = extract.chartDiagnoses.filter((cd) => cd.conditionId === d.conditionId);
    const inChart = records.find((cd) => cd.thisEncounter && cd.verificationStatus === 'confirmed') ?? records[0];
    return inChart ? { ...d, inChart } : d;
  };
  const definitionMetList = reasoned.filter((d) => d.established).map((d) => withChart({ ...d, rank: 0 }));
  const unranked = reasoned.filter((d) => !d.established).map((d) => withChart({ ...d, rank: 0 }));
  unranked.sort((a, b) => b.probability - a.probability || a.name.localeCompare(b.name));
  // Diagnoses explain each other away (model 2.40.0): a broader diagnosis found as one of its forms is set aside, and
  // the causes of a complaint the chart already explains are listed after the open ones, without a probability.
  const explanation = explainAway(kb, problemIds, definitionMetList, unranked);
  const established: DiagnosisResult[] = explanation.established.sort((a, b) => a.name.localeCompare(b.name)).map((d, i) => ({ ...d, rank: i + 1 }));
  const differential: DiagnosisResult[] = explanation.differential;
  // A can't-miss diagnosis stays listed while it cannot be excluded: while the upper end of its probability range
  // (the uncertainty its evidence grades allow) reaches its threshold, not only when the point estimate does
  // (decision 2026-12-04, session 8).
  const cantMiss = [...established, ...differential].filter((d) => d.cantMiss && d.range[1] >= cantMissThreshold(kb.conditions.get(d.conditionId)!));
  const known = new Set(findings.map((f) => f.findingId));
  const presentIds = ruleContext.present;
  // Worked out once: it both keeps imaging out of the next tests and is shown with them (model 2.43.0).
  const imagingWithheld = imagingWithheldFor(kb, problemIds, presentIds);
  const testContext = { ...ruleContext, imagingWithheld: imagingWithheld !== undefined };
  const nextBestTests = withBaselineTests(kb, problemIds, rankTests(kb, leadingCandidates(differential, cantMiss), known, testContext, presentIds), known, ruleContext);
  const via = new Map(extract.problems.map((p) => [p.problemId, p.via]));
  const problems = problemIds.map((id) => ({
    problemId: id,
    name: kb.problems.get(id)!.name,
    origin: chartProblems.includes(id) ? ('chart' as const) : ('clinician' as const),
    ...(via.has(id) ? { via: via.get(id) } : {}),
  }));
  // A diagnosis set aside as excluded (its definition refuted, or a recorded diagnosis it cannot coexist with) is not
  // suggested again by the findings (model 2.38.0): the DKA story had type 2 diabetes excluded and re-suggested on one page.
  const listed = new Set([...differential, ...established, ...excluded].map((d) => d.conditionId));
  const evoked = evokeDiagnoses(kb, findings, patient, listed, extract.chartDiagnoses, ruleContext);
  const onChart = [...new Set(extract.chartDiagnoses.filter((cd) => cd.verificationStatus !== 'refuted' && cd.verificationStatus !== 'entered-in-error').map((cd) => cd.conditionId))];
  const unexplained = unexplainedFindings(kb, findings, [...established, ...differential.slice(0, POLICY.explainingCandidates)], extract.ignored, problemIds, onChart);
  const ids = citationIds({ differential: [...established, ...differential], nextBestTests });
  evoked.forEach((e) => e.evidence.forEach((x) => ids.add(x.source.citation)));
  evoked.forEach((e) => e.established && ids.add(e.established.source.citation));
  established.forEach((d) => d.established && ids.add(d.established.source.citation));
  excluded.forEach((e) => ids.add(e.excludedBy.source.citation));
  explanation.subsumed.forEach((x) => ids.add(x.source.citation));
  nextBestTests.forEach((t) => t.baseline && ids.add(t.baseline.source.citation));
  imagingWithheld?.forEach((w) => ids.add(w.source.citation));
  return {
    ...identity,
    status: 'differential',
    evoked,
    problems,
    established,
    excluded,
    explainedProblems: explanation.explainedProblems,
    subsumed: explanation.subsumed,
    differential,
    cantMiss,
    nextBestTests,
    ...(imagingWithheld ? { imagingWithheld } : {}),
    unexplained,
    citations: collectCitations(kb, ids),
    warnings,
  };
}
