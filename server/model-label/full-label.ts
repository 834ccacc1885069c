/**
 * The complete model label (issue 14): the 31 HTI-1 predictive decision-support source attributes in their
 * nine groups (45 CFR 170.315(b)(11)(iv)(B); list as in ../shared/docs/standards.md §3.2) and the CHAI
 * Applied Model Card (schema v0.2, §3.3), in one zod data model. Every value is built from what the
 * repository measures or records (the knowledge base, the model policy, evaluation.json, the store's local
 * decisions); where nothing exists the attribute says "not available" and why. Nothing here is typed by
 * hand that could be read from data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { MonitoringRow } from '../store/store';
import type { ModelLabel } from './build-model-label';

/** An attribute has a value, or says plainly that it is not available and why. */
export const AttributeSchema = z.union([
  z.strictObject({ value: z.string().min(3), data: z.unknown().optional() }),
  z.strictObject({ notAvailable: z.string().min(10) }),
]);
export type Attribute = z.infer<typeof AttributeSchema>;

/** The 31 attributes, numbered as in the rule's list, in nine groups. */
export const HTI1_GROUPS = [
  { group: 1, title: 'Details and output of the intervention', attributes: [1, 2, 3, 4] },
  { group: 2, title: 'Purpose of the intervention', attributes: [5, 6, 7, 8] },
  { group: 3, title: 'Cautioned out-of-scope use', attributes: [9, 10] },
  { group: 4, title: 'Intervention development details and input features', attributes: [11, 12, 13, 14] },
  { group: 5, title: 'Process used to ensure fairness in development', attributes: [15, 16] },
  { group: 6, title: 'External validation process', attributes: [17, 18, 19, 20] },
  { group: 7, title: 'Quantitative measures of performance', attributes: [21, 22, 23, 24, 25] },
  { group: 8, title: 'Ongoing maintenance of intervention implementation and use', attributes: [26, 27, 28, 29] },
  { group: 9, title: 'Update and continued validation or fairness assessment schedule', attributes: [30, 31] },
] as const;

export const HTI1_TITLES: Readonly<Record<number, string>> = {
  1: 'Name and contact information for the intervention developer',
  2: 'Funding source of the technical implementation for the intervention(s) development',
  3: 'Description of the value the intervention produces as an output',
  4: 'Whether the output is a prediction, classification, recommendation, evaluation, analysis, or other type',
  5: 'Intended use',
  6: 'Intended patient population(s)',
  7: 'Intended user(s)',
  8: 'Intended decision-making role',
  9: 'Tasks, situations, or populations where users are cautioned against applying it',
  10: 'Known risks, inappropriate settings, inappropriate uses, or known limitations',
  11: 'Exclusion and inclusion criteria that influenced the training data set',
  12: 'Use of race, ethnicity, language, sexual orientation, gender identity, sex, date of birth, social determinants of health and health status assessments as input features',
  13: 'Demographic representativeness by those variables',
  14: 'Relevance of the training data to the intended deployed setting',
  15: 'The developer’s approach to making the output fair',
  16: 'Approaches used to manage, reduce, or eliminate bias',
  17: 'Data source, clinical setting, or environment where validity and fairness were assessed, other than the training and testing source',
  18: 'Party that did the external testing',
  19: 'Demographic representativeness of the external data',
  20: 'Description of the external validation process',
  21: 'Validity in test data from the same source as the training data',
  22: 'Fairness in test data from the same source as the training data',
  23: 'Validity in data external to, or from a different source than, the training data',
  24: 'Fairness in data external to, or from a different source than, the training data',
  25: 'References to evaluations of the intervention’s effect on outcomes',
  26: 'Process and frequency by which validity is monitored over time',
  27: 'Validity in local data',
  28: 'Process and frequency by which fairness is monitored over time',
  29: 'Fairness in local data',
  30: 'Process and frequency by which the intervention is updated',
  31: 'Frequency by which performance is corrected when validity or fairness risks are found',
};

const Hti1Schema = z.record(z.string().regex(/^([1-9]|[12]\d|3[01])$/), AttributeSchema).refine((r) => Object.keys(r).length === 31, { message: 'all 31 HTI-1 attributes must be present' });

/** A metric with its 95% interval and sample size (the CHAI `MetricResult` ValueJson shape). */
export const MetricResultSchema = z.strictObject({
  label: z.string(),
  valueJson: z.strictObject({ kind: z.literal('estimate_ci'), estimate: z.number(), lower: z.number(), upper: z.number(), level: z.literal(95), unit: z.literal('%'), n: z.number().int() }),
});

const KeyMetricSchema = z.strictObject({
  metricGoal: z.string(),
  results: z.array(MetricResultSchema),
  interpretation: z.string(),
  testType: z.string(),
  testingDataDescription: z.string(),
  validationProcessAndJustification: z.string(),
});

export const ChaiCardSchema = z.strictObject({
  basicInfo: z.strictObject({ modelName: z.string(), modelDeveloper: z.string(), developerContact: z.string() }),
  releaseInfo: z.strictObject({ releaseStage: z.string(), releaseDate: z.string(), releaseVersion: z.string(), globalAvailability: z.string(), regulatoryApproval: z.string() }),
  modelSummary: z.strictObject({ summary: z.string(), keywords: z.array(z.string()) }),
  usesAndDirections: z.strictObject({ intendedUseAndWorkflow: z.string(), primaryIntendedUsers: z.string(), howToUse: z.string(), targetedPatientPopulation: z.string(), cautionedOutOfScopeSettings: z.string() }),
  warnings: z.strictObject({ knownRisksAndLimitations: z.string(), knownBiasesOrEthicalConsiderations: z.string(), clinicalRiskLevel: z.string() }),
  trustIngredients: z.strictObject({
    aiSystemFacts: z.strictObject({
      outcomesAndOutputs: z.string(),
      modelType: z.string(),
      foundationModels: z.string(),
      inputDataSource: z.string(),
      outputAndInputDataTypes: z.string(),
      developmentDataCharacterization: z.string(),
      biasMitigationApproaches: z.string(),
      ongoingMaintenance: z.string(),
      security: z.string(),
      transparency: z.string(),
    }),
    transparencyInformation: z.strictObject({ fundingSource: z.string(), thirdPartyInformation: z.string(), stakeholdersConsulted: z.string() }),
  }),
  keyMetrics: z.strictObject({ usefulnessUsabilityEfficacy: KeyMetricSchema, fairnessEquity: KeyMetricSchema, safetyReliability: KeyMetricSchema }),
  resources: z.strictObject({ evaluationReferences: z.string(), clinicalTrial: z.string(), peerReviewedPublications: z.string(), reimbursementStatus: z.string(), patientConsentOrDisclosure: z.string() }),
  bibliography: z.string(),
});

export const FullLabelSchema = z.strictObject({
  labelVersion: z.string().regex(/^\d+\.\d+\.\d+\+kb\.\d+\.\d+\.\d+$/),
  model: z.strictObject({ id: z.string(), version: z.string() }),
  knowledge: z.strictObject({
    id: z.string(),
    version: z.string(),
    contentHash: z.string(),
    released: z.string(),
    /** This version's entry of server/knowledge/CHANGELOG.md (what changed, counts, what is still thin). */
    changelog: z.string().optional(),
  }),
  plainLanguage: z.string().min(50),
  hti1: Hti1Schema,
  chai: ChaiCardSchema,
});
export type FullLabel = z.infer<typeof FullLabelSchema>;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

const CHANGELOG_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'knowledge', 'CHANGELOG.md');

function readChangelog(): string {
  return existsSync(CHANGELOG_FILE) ? readFileSync(CHANGELOG_FILE, 'utf8') : '';
}

/** The `## <version> — …` section of the knowledge changelog, when there is one. */
export function changelogEntry(text: string, version: string): { changelog?: string } {
  const sections = text.split(/\n(?=## )/);
  const section = sections.find((x) => x.startsWith(`## ${version} `) || x.startsWith(`## ${version}\n`));
  return section ? { changelog: section.trim() } : {};
}

/** Wilson score interval (95%) of a proportion, in percent. */
export function wilson(p: number, n: number): { estimate: number; lower: number; upper: number } {
  if (n === 0) {
    return { estimate: 0, lower: 0, upper: 0 };
  }
  const z95 = 1.959964;
  const denom = 1 + (z95 * z95) / n;
  const centre = (p + (z95 * z95) / (2 * n)) / denom;
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + (z95 * z95) / (4 * n * n))) / denom;
  const r = (x: number): number => Math.round(x * 1000) / 10;
  return { estimate: r(p), lower: r(Math.max(0, centre - half)), upper: r(Math.min(1, centre + half)) };
}

const result = (label: string, p: number, n: number): z.infer<typeof MetricResultSchema> => ({ label, valueJson: { kind: 'estimate_ci', ...wilson(p, n), level: 95, unit: '%', n } });

/** Which of HTI-1's demographic and social variables the model reads, computed from the knowledge base. */
function inputUse(kb: KnowledgeBase): { variable: string; used: boolean; how: string }[] {
  const findings = [...kb.findings.values()];
  const byKind = (kind: string): string[] => findings.filter((f) => f.match.some((m) => m.kind === kind)).map((f) => f.id);
  const age = byKind('age');
  const sex = byKind('sex');
  const assessments = findings.filter((f) => f.category === 'score' && /phq|gad|mdq|isi|mmse|memory-impairment|stop-bang/.test(f.id)).map((f) => f.id);
  const sexApplicability = [...kb.conditions.values()].filter((c) => c.applicability?.sex).length;
  return [
    { variable: 'race', used: false, how: 'not read by the engine (kept only as a subgroup attribute for fairness monitoring)' },
    { variable: 'ethnicity', used: false, how: 'not read by the engine (subgroup attribute for fairness monitoring only)' },
    { variable: 'language', used: false, how: 'not read by the engine (subgroup attribute for fairness monitoring only)' },
    { variable: 'sexual orientation', used: false, how: 'not read' },
    { variable: 'gender identity', used: false, how: 'not read' },
    { variable: 'sex', used: sex.length > 0 || sexApplicability > 0, how: `administrative sex (Patient.gender): ${sex.length} findings (${sex.join(', ')}) carry cited likelihood ratios, and ${sexApplicability} conditions apply to one sex only` },
    { variable: 'date of birth', used: age.length > 0, how: `age at the encounter: ${age.length} age findings with cited likelihood ratios, the adult scope (18+) and age-limited rules` },
    { variable: 'social determinants of health', used: false, how: 'not read' },
    { variable: 'health status assessments', used: assessments.length > 0, how: assessments.length ? `questionnaire scores recorded in the chart: ${assessments.join(', ')}` : 'not read' },
  ];
}

interface EvaluationData {
  vignettes: number;
  test?: { vignettes: number; overall: ModelLabelMetrics; calibration: { bin: string; predicted: number; observed: number; n: number }[]; subgroups?: Record<string, Record<string, ModelLabelMetrics>> };
  development?: { vignettes: number; overall: ModelLabelMetrics };
  calibrationSplit?: { vignettes: number; overall: ModelLabelMetrics; calibration?: { bin: string; predicted: number; observed: number; n: number }[] };
  breadthSplit?: { vignettes: number; overall: ModelLabelMetrics };
  subgroups: Record<string, Record<string, ModelLabelMetrics>>;
  alpha?: number;
  recalibration?: { intercept: number; slope: number } | null;
}
type ModelLabelMetrics = NonNullable<ModelLabel['evaluation']>['overall'];

/**
 * @param kb - the knowledge base of this version
 * @param base - the label's measured parts (summary counts, policy, evaluation of this version)
 * @param local - local monitoring rows for this model version (undefined: not computed, e.g. an archived label)
 * @returns the full label, validated
 */
export function buildFullLabel(kb: KnowledgeBase, base: ModelLabel, local?: readonly MonitoringRow[], changelogText: string = readChangelog()): FullLabel {
  const k = base.knowledge;
  const evidence = kb.evidence;
  const byGrade = (g: string): number => evidence.filter((e) => (e.grade ?? 'A') === g).length;
  const citations = [...kb.citations.values()];
  const readAs = (r: string): number => citations.filter((c) => c.status === 'verified' && c.verification?.readAs === r).length;
  const priors = [...kb.problems.values()].flatMap((p) => [...(p.priors['primary-care'] ?? []), ...(p.priors.emergency ?? [])]);
  const matchCount = (m: string): number => priors.filter((p) => p.populationMatch === m).length;
  const ev = base.evaluation as (EvaluationData & { knowledgeVersion: string }) | undefined;
  const test = ev?.test;
  const inputs = inputUse(kb);
  const kbLine = `knowledge base ${k.id} ${k.version}: ${k.problems} presenting problems, ${k.conditions} conditions (${k.cantMissConditions} can’t-miss), ${k.findings} findings, ${k.evidenceEntries} evidence entries (grade A ${byGrade('A')}, B ${byGrade('B')}, C ${byGrade('C')}), ${k.citations} citations (read in the original ${readAs('primary')}, in a named secondary source ${readAs('secondary')}, unverified ${k.unverifiedCitations}); clinician-reviewed: ${k.reviewedCitations} (none yet)`;
  const cautions = base.cautions.join(' ');
  const NA_EXTERNAL = 'No external validation has been done: all vignettes were written by the developers from published cases, the same source as the development data.';

  const testMetrics = test ? `Test split (${test.vignettes} vignettes written from published cases, fixed before fitting; the same source as the development split): top-1 ${pct(test.overall.top1)}, top-3 ${pct(test.overall.top3)}, top-10 ${pct(test.overall.top10)} (95% CI ${wilson(test.overall.top10, test.overall.n).lower}–${wilson(test.overall.top10, test.overall.n).upper}%), can’t-miss recall ${pct(test.overall.cantMissRecall ?? 0)} (n=${test.overall.cantMissN}; ${test.overall.cantMissListed} can’t-miss diagnoses listed per patient on average), Brier ${test.overall.brier}. Calibration (predicted vs observed): ${test.calibration.map((c) => `${c.bin} ${pct(c.predicted)} vs ${pct(c.observed)} (n=${c.n})`).join('; ')}.` : '';
  const fairnessRows = test?.subgroups
    ? Object.entries(test.subgroups)
        .filter(([g]) => g === 'ageBand' || g === 'sex' || g === 'race' || g === 'ethnicity')
        .flatMap(([g, values]) => Object.entries(values).map(([v, m]) => `${g} ${v}: n=${m.n}, top-3 ${pct(m.top3)}, top-10 ${pct(m.top10)}, can’t-miss recall ${m.cantMissRecall === null ? 'n/a' : pct(m.cantMissRecall)}`))
    : [];
  const localRows = (local ?? []).filter((r) => r.attribute === 'ageBand' || r.attribute === 'sex' || r.attribute === 'race' || r.attribute === 'ethnicity' || r.attribute === 'language');
  const totals = (local ?? []).filter((r) => r.attribute === 'sex').reduce((a, r) => ({ sets: a.sets + r.sets, accepted: a.accepted + r.accepted, rejected: a.rejected + r.rejected, overridden: a.overridden + r.overridden, missed: a.missed + r.addedMissed }), { sets: 0, accepted: 0, rejected: 0, overridden: 0, missed: 0 });
  const range = local && local.length ? `${local.map((r) => r.first).filter(Boolean).sort()[0]} to ${local.map((r) => r.last).filter(Boolean).sort().slice(-1)[0]}` : '';
  const rate = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((a / b) * 100).toFixed(1)}%`);

  const a = (value: string, data?: unknown): Attribute => (data === undefined ? { value } : { value, data });
  const na = (why: string): Attribute => ({ notAvailable: why });

  const hti1: Record<string, Attribute> = {
    1: a('DDx CDS development team (this software’s repository; pre-release). Contact: the maintainers of the repository that ships this label.'),
    2: na('The funding source of the development is not recorded in the repository; it must be stated by the deploying organisation.'),
    3: a(base.intendedUse),
    4: a(`Recommendation. ${base.outputType}`),
    5: a(base.intendedUse),
    6: a(`Adults (18 years and over) with one of ${k.problems} undifferentiated presenting problems (${[...kb.problems.values()].map((p) => p.name.toLowerCase()).join(', ')}), in primary care or the emergency department. Children: the model abstains unless explicitly asked.`),
    7: a('Clinicians making a diagnosis: physicians, nurse practitioners and physician assistants in primary care and emergency departments; quality teams reviewing its use.'),
    8: a(base.decisionRole),
    9: a(`${cautions} Do not use without a recognised presenting problem (the model abstains), for children, in pregnancy-specific care beyond the early-pregnancy problem, or for diagnoses outside the knowledge base.`),
    10: a(`${cautions} ${k.unverifiedCitations} citations are not yet verified in their source (listed on the label). ${base.missing.join(' ')}`),
    11: a(`No patient-level training data. Knowledge comes from published studies (${kbLine}). Only two parameters are fitted to data: the dependence correction alpha (${ev?.alpha ?? 1}) and a two-parameter recalibration of the chain probability (${ev?.recalibration ? `intercept ${ev.recalibration.intercept}, slope ${ev.recalibration.slope}` : 'none'}), on the development split of ${ev?.development?.vignettes ?? 0} adult vignettes written from published cases, reviews and guidelines (inclusion: adults, one presenting problem, a confirmed diagnosis in the source; exclusion: benchmark vignette collections).${ev?.calibrationSplit ? ` A calibration split of ${ev.calibrationSplit.vignettes} vignettes, reserved by a seeded draw of two causes per presenting problem and written blind to the knowledge work, checks the recalibration and is not fitted on: top-1 ${pct(ev.calibrationSplit.overall.top1)}, top-3 ${pct(ev.calibrationSplit.overall.top3)}, top-10 ${pct(ev.calibrationSplit.overall.top10)}, Brier ${ev.calibrationSplit.overall.brier}${ev.calibrationSplit.calibration ? `; calibration ${ev.calibrationSplit.calibration.map((c) => `${c.bin} ${pct(c.predicted)} vs ${pct(c.observed)} (n=${c.n})`).join('; ')}` : ''}.` : ''}${ev?.breadthSplit ? ` A breadth-development split of ${ev.breadthSplit.vignettes} vignettes, drawn the same way (session 34), is read for knowledge work and not fitted on: top-1 ${pct(ev.breadthSplit.overall.top1)}, top-3 ${pct(ev.breadthSplit.overall.top3)}, top-10 ${pct(ev.breadthSplit.overall.top10)}, Brier ${ev.breadthSplit.overall.brier}.` : ''}`),
    12: a(inputs.map((i) => `${i.variable}: ${i.used ? 'used' : 'not used'} (${i.how})`).join('; '), inputs),
    13: ev ? a(`Vignettes by subgroup (all ${ev.vignettes}): ${Object.entries(ev.subgroups).filter(([g]) => g !== 'language').map(([g, values]) => `${g}: ${Object.entries(values).map(([v, m]) => `${v} ${m.n}`).join(', ')}`).join('; ')}. Published knowledge comes from the study populations named on each evidence entry.`, ev.subgroups) : na('No evaluation has been run for this version.'),
    14: a(`Priors come from cohorts of the same complaint by setting: ${matchCount('exact')} exact population matches, ${matchCount('broader-category')} broader category, ${matchCount('other-setting')} from the other care setting, ${matchCount('proxy')} proxy populations; ${priors.filter((p) => p.populationAgeYears || p.populationSex || p.populationMenopausal !== undefined).length} are figures for an age band, sex or menopausal status the source reports, used for patients of that stratum; each reasoning step shows its match. Vignettes are synthetic FHIR charts, not local EHR data.`),
    15: a('Race, ethnicity and language are not inputs; sex and age act only through cited likelihood ratios and the conditions’ stated applicability. Performance is measured and published by age band, sex, race, ethnicity and language on every evaluation run, and monitored by the same subgroups in local use.'),
    16: a('Subgroup metrics on every release (test split), a guard test that fails CI when test-split accuracy falls below the recorded baseline, priors adjusted by age or sex only where cited data exist, and conditions limited to those they can affect (sex, age, pregnancy).'),
    17: na(NA_EXTERNAL),
    18: na(NA_EXTERNAL),
    19: na(NA_EXTERNAL),
    20: na(NA_EXTERNAL),
    21: test ? a(testMetrics, test.overall) : na('No evaluation has been run for this version.'),
    22: fairnessRows.length ? a(`Test split by subgroup: ${fairnessRows.join('; ')}. Small subgroups (n<10) have wide uncertainty.`, test?.subgroups) : na('No subgroup evaluation for this version.'),
    23: na(NA_EXTERNAL),
    24: na(NA_EXTERNAL),
    25: na('No study of the intervention’s effect on morbidity, mortality, length of stay or other outcomes has been done.'),
    26: a('Every knowledge or engine change re-runs the vignette evaluation in CI (a regression guard against the recorded baseline) and needs a recalibration refit; in use, the store records every suggestion shown and every accept, override, rejection and missed diagnosis, and the label’s local-validity attribute is recomputed from them whenever it is read.'),
    27: local === undefined
      ? na('Local data are shown on the live label of the running deployment, not on an archived one.')
      : totals.sets === 0
        ? na('No suggestions of this model version have been recorded in this deployment yet.')
        : a(`In this deployment (${range}): ${totals.sets} suggestion sets; decisions: ${totals.accepted} accepted, ${totals.rejected} rejected, ${totals.overridden} overridden, ${totals.missed} missed diagnoses added (acceptance ${rate(totals.accepted, totals.accepted + totals.rejected + totals.overridden)} of decided).`, totals),
    28: a('The same local counts by age band, sex, race, ethnicity and language, recomputed whenever the label is read; quality reviewers see the decisions with their subgroup (GET /api/quality/decisions).'),
    29: local === undefined
      ? na('Local data are shown on the live label of the running deployment, not on an archived one.')
      : localRows.length === 0
        ? na('No suggestions of this model version have been recorded in this deployment yet.')
        : a(`By subgroup (${range}): ${localRows.map((r) => `${r.attribute} ${r.value}: ${r.sets} sets, acceptance ${rate(r.accepted, r.accepted + r.rejected + r.overridden)} (n=${r.accepted + r.rejected + r.overridden})`).join('; ')}.`, localRows),
    30: a('The knowledge base is versioned (manifest and CHANGELOG) and every result names the model version, knowledge version and content hash; a knowledge change needs a new version, a recalibration refit on the development split and a fresh evaluation before release.'),
    31: a('On every change, before release: a drop in test-split accuracy beyond the tolerance fails CI; the recalibration is refitted whenever the knowledge changes. No fixed calendar schedule yet.'),
  };

  const m = test?.overall;
  const chai: FullLabel['chai'] = {
    basicInfo: { modelName: `${base.model.id} (likelihood-ratio differential-diagnosis engine)`, modelDeveloper: 'DDx CDS development team', developerContact: 'The maintainers of the repository that ships this label.' },
    releaseInfo: { releaseStage: 'Pre-release (development; not for clinical use without local validation)', releaseDate: kb.manifest.released, releaseVersion: `${base.model.version} with knowledge ${k.version}`, globalAvailability: 'Not distributed', regulatoryApproval: 'None' },
    modelSummary: { summary: base.intendedUse, keywords: ['differential diagnosis', 'likelihood ratio', 'clinical decision support', 'CDS Hooks', 'SMART on FHIR'] },
    usesAndDirections: {
      intendedUseAndWorkflow: `${base.intendedUse} Shown in the EHR as CDS Hooks cards (patient-view, order-select, order-sign) and in a SMART app with the full reasoning.`,
      primaryIntendedUsers: hti1[7] && 'value' in hti1[7] ? hti1[7].value : '',
      howToUse: 'Read the ranked list with its bands and can’t-miss list, open the reasoning of any diagnosis to see each finding’s likelihood ratio and citation, edit findings, and accept or reject with a reason; add a missed diagnosis when the list lacks it.',
      targetedPatientPopulation: 'value' in hti1[6] ? hti1[6].value : '',
      cautionedOutOfScopeSettings: 'value' in hti1[9] ? hti1[9].value : '',
    },
    warnings: {
      knownRisksAndLimitations: 'value' in hti1[10] ? hti1[10].value : '',
      knownBiasesOrEthicalConsiderations: 'Evidence comes from published study populations, often from one country or care setting; sex and age likelihood ratios are population averages. Vignettes are developer-written.',
      clinicalRiskLevel: 'Not formally assessed; the tool informs and never acts: nothing is written to the chart without a clinician’s action.',
    },
    trustIngredients: {
      aiSystemFacts: {
        outcomesAndOutputs: base.outputType,
        modelType: 'Knowledge-based Bayesian (likelihood-ratio) model with a fitted two-parameter recalibration; not a machine-learned model.',
        foundationModels: 'None',
        inputDataSource: 'The patient’s FHIR R4 chart (conditions, observations, medications, encounters) from the EHR, read at launch or in CDS Hooks prefetch.',
        outputAndInputDataTypes: 'Input: FHIR R4 resources coded in SNOMED CT, ICD-10-CM, LOINC, RxNorm and UCUM. Output: JSON differential, CDS Hooks cards.',
        developmentDataCharacterization: 'value' in hti1[11] ? hti1[11].value : '',
        biasMitigationApproaches: `${'value' in hti1[15] ? hti1[15].value : ''} ${'value' in hti1[16] ? hti1[16].value : ''}`,
        ongoingMaintenance: `${'value' in hti1[26] ? hti1[26].value : ''} ${'value' in hti1[30] ? hti1[30].value : ''}`,
        security: 'SMART access tokens verified by introspection against allowlisted FHIR servers; CDS clients by signed JWT (allowlisted issuers and keys, replay guard); pseudonymised store; no PHI or tokens in logs.',
        transparency: 'Every probability is shown with its chain of reasoning, each step citing the chart data or the publication it used; chart items not used are listed with why.',
      },
      transparencyInformation: { fundingSource: 'Not recorded (see HTI-1 attribute 2).', thirdPartyInformation: 'Published studies cited in the bibliography; Synthea R4 synthetic histories (Apache-2.0) for chart-reading tests.', stakeholdersConsulted: 'No clinician review yet (all knowledge entries are unreviewed).' },
    },
    keyMetrics: {
      usefulnessUsabilityEfficacy: {
        metricGoal: 'The expected diagnosis among the top 3 and top 10 of the differential.',
        results: m ? [result('top-1', m.top1, m.n), result('top-3', m.top3, m.n), result('top-10', m.top10, m.n)] : [],
        interpretation: m ? `Top-3 ${pct(m.top3)} and top-10 ${pct(m.top10)} on ${m.n} test vignettes; the project targets are 60% and 85%.` : 'Not measured.',
        testType: 'Internal validation on a held-out split',
        testingDataDescription: `Test split: ${test?.vignettes ?? 0} developer-written adult vignettes from published cases (odd-numbered), fixed before fitting.`,
        validationProcessAndJustification: 'Split fixed before any fitting; only alpha and the recalibration are fitted, on the development split.',
      },
      fairnessEquity: {
        metricGoal: 'Similar top-10 accuracy across sex and age bands.',
        results: test?.subgroups
          ? Object.entries(test.subgroups)
              .filter(([g]) => g === 'sex' || g === 'ageBand')
              .flatMap(([g, values]) => Object.entries(values).map(([v, x]) => result(`top-10, ${g} ${v}`, x.top10, x.n)))
          : [],
        interpretation: 'Subgroups are small; differences within the intervals are not evidence of bias, nor of its absence.',
        testType: 'Internal validation on a held-out split, by subgroup',
        testingDataDescription: 'As for usefulness, by age band and sex.',
        validationProcessAndJustification: 'Reported for every release; local monitoring by the same subgroups.',
      },
      safetyReliability: {
        metricGoal: 'Can’t-miss recall: a dangerous expected diagnosis is on the can’t-miss list (target ≥ 95%); calibration within 15 points in the top band.',
        results: m && m.cantMissRecall !== null ? [result('can’t-miss recall', m.cantMissRecall, m.cantMissN)] : [],
        interpretation: m ? `Can’t-miss recall ${m.cantMissRecall === null ? 'n/a' : pct(m.cantMissRecall)} (n=${m.cantMissN}; ${m.cantMissListed} listed per patient on average); calibration table in HTI-1 attribute 21.` : 'Not measured.',
        testType: 'Internal validation on a held-out split',
        testingDataDescription: 'Test-split vignettes whose expected diagnosis is can’t-miss.',
        validationProcessAndJustification: 'Can’t-miss thresholds are model policy, stated with their rationale on the label.',
      },
    },
    resources: {
      evaluationReferences: 'Internal evaluation only (server/model-label/evaluation.json of this version).',
      clinicalTrial: 'None',
      peerReviewedPublications: 'None about this software.',
      reimbursementStatus: 'None',
      patientConsentOrDisclosure: 'Patients may opt out of AI decision support (a FHIR Consent); the service then gives no suggestions.',
    },
    bibliography: citations
      .map((c) => `@article{${c.id},\n  author = {${c.authors}},\n  title = {${c.title}},\n  journal = {${c.journal ?? ''}},\n  year = {${c.year}}${c.doi ? `,\n  doi = {${c.doi}}` : ''}${c.pmid ? `,\n  pmid = {${c.pmid}}` : ''}${c.pmcid ? `,\n  pmcid = {${c.pmcid}}` : ''}${c.bookshelfId ? `,\n  note = {NCBI Bookshelf ${c.bookshelfId}}` : ''}\n}`)
      .join('\n'),
  };

  return FullLabelSchema.parse({
    labelVersion: `${base.model.version}+kb.${k.version}`,
    model: base.model,
    knowledge: { id: k.id, version: k.version, contentHash: k.contentHash, released: kb.manifest.released, ...changelogEntry(changelogText, k.version) },
    plainLanguage: `This tool suggests possible diagnoses for adults with a symptom in primary care or the emergency department, with the reasons and the studies behind each number. It is decision support: the clinician decides. It was checked on ${test?.vignettes ?? 0} written test cases (not yet on real patients elsewhere): the right diagnosis was in its top 10 in ${m ? pct(m.top10) : 'n/a'} of them. No clinician has reviewed its knowledge yet.`,
    hti1,
    chai,
  });
}
