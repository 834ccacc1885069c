/**
 * Evaluation of a diagnostic model on vignettes with known diagnoses: top-1/3/10 accuracy, can't-miss
 * recall, Brier score and calibration, overall and by subgroup (age band, sex, race, ethnicity,
 * language), so that performance and fairness are measured, not assumed.
 */
import type { Bundle, Coding, Extension, Patient } from '@medplum/fhirtypes';
import { broaderForms, type KnowledgeBase } from '../knowledge/load-knowledge';
import { analyzeSync } from '../reasoning/diagnostic-model';
import { ageBandOf, ageInYears } from '../fairness/subgroup-of';
import type { DifferentialResult, LikelihoodBand } from '../reasoning/types';
import type { Recalibration } from '../reasoning/calibration';
import { readClinicalStory, readVignettes, splitByRule, type VignetteSplit } from '../../fixtures/read-fixtures';

/** Every evaluation vignette in fixtures/vignettes with its expected diagnosis, setting, problem and source. */
export function readEvaluationVignettes(): Vignette[] {
  return readVignettes().map(({ file, bundle }) => {
    const story = readClinicalStory(bundle);
    return {
      id: bundle.id ?? file,
      bundle,
      expected: { snomed: story.expectedDiagnosis.snomed, icd10: story.expectedDiagnosis.icd10 },
      setting: story.setting,
      presentingProblem: story.presentingProblem,
      source: story.source,
    };
  });
}

export interface Vignette {
  readonly id: string;
  readonly bundle: Bundle;
  readonly expected: { readonly snomed?: Coding; readonly icd10?: Coding };
  readonly setting?: string;
  readonly presentingProblem?: string;
  readonly source?: string;
}

export interface VignetteOutcome {
  readonly id: string;
  readonly expected: string;
  /** knowledge-base condition matching the expected diagnosis, or null when the knowledge base does not cover it */
  readonly expectedConditionId: string | null;
  readonly rank: number | null;
  readonly probability: number;
  readonly inCantMissList: boolean;
  readonly expectedIsCantMiss: boolean;
  /** How many diagnoses the can't-miss list held for this patient (recall is read beside it: a longer list is easier to be on). */
  readonly cantMissListed: number;
  readonly top3: readonly string[];
  readonly problems: readonly string[];
  readonly ageBand: string;
  readonly sex: string;
  readonly race: string;
  readonly ethnicity: string;
  readonly language: string;
  readonly brier: number;
  readonly unknownCodes: number;
  /**
   * Model 2.40.0: a diagnosis the chart establishes (by definition, or confirmed at this encounter) explained the
   * complaint away, so the other causes were shown without a probability; whether it was the expected one.
   */
  readonly explainedAway?: { readonly by: readonly string[]; readonly right: boolean };
}

export interface Metrics {
  readonly n: number;
  readonly covered: number;
  readonly top1: number;
  readonly top3: number;
  readonly top10: number;
  readonly brier: number;
  readonly cantMissRecall: number | null;
  readonly cantMissN: number;
  /** Mean length of the can't-miss list per vignette, to 2 decimals. */
  readonly cantMissListed: number;
}

/**
 * The split of a vignette, fixed before any fitting (fixtures/vignette-split.json): up to v-440 odd-numbered
 * vignettes are test and even-numbered development; from v-441 the calibration split, written blind to the
 * knowledge work, which checks the recalibration (fitted on the development split); from v-551 the breadth-development
 * split (uniform draws like the calibration split's, read for knowledge work, not fitted on).
 */
export function splitOf(id: string): VignetteSplit {
  const n = Number(/v-(\d+)/.exec(id)?.[1]);
  if (!Number.isFinite(n)) {
    throw new Error(`vignette id "${id}" has no number, so it has no split`);
  }
  return splitByRule(n);
}

/** How often a diagnosis shown in a band was the vignette's answer (issue 15, item 2: honest numbers). */
export interface BandAccuracy {
  readonly band: LikelihoodBand;
  /** mean predicted probability of the diagnoses shown in the band */
  readonly predicted: number;
  /** share of them that were the right answer */
  readonly observed: number;
  readonly n: number;
}

const BAND_ORDER: readonly LikelihoodBand[] = ['very-unlikely', 'unlikely', 'possible', 'likely', 'very-likely'];

/** How often a diagnosis shown in each band was the answer, bands in their display order (exported for its tests). */
export function bandAccuracy(pairs: readonly { band: LikelihoodBand; p: number; y: number }[]): BandAccuracy[] {
  const mean = (xs: number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000;
  return BAND_ORDER.map((band) => pairs.filter((x) => x.band === band))
    .filter((inBand) => inBand.length > 0)
    .map((inBand) => ({ band: inBand[0].band, predicted: mean(inBand.map((x) => x.p)), observed: mean(inBand.map((x) => x.y)), n: inBand.length }));
}

export interface EvaluationReport {
  readonly model: DifferentialResult['model'];
  readonly knowledge: DifferentialResult['knowledge'];
  readonly generatedBy: string;
  readonly vignettes: number;
  readonly overall: Metrics;
  /** Metrics restricted to vignettes whose expected diagnosis the knowledge base covers. */
  readonly coveredOnly: Metrics;
  readonly calibration: readonly { readonly bin: string; readonly predicted: number; readonly observed: number; readonly n: number }[];
  /** Per likelihood band shown to clinicians: how often a diagnosis shown in that band was the right answer. */
  readonly bands: readonly BandAccuracy[];
  readonly subgroups: Readonly<Record<string, Readonly<Record<string, Metrics>>>>;
  readonly outcomes: readonly VignetteOutcome[];
}

/**
 * The knowledge-base conditions an expected diagnosis names: every condition that carries the expected
 * SNOMED CT code; else every one that carries the expected ICD-10-CM code; else the one condition with a
 * broader ICD-10-CM code. When several conditions carry the very code the vignette gives (I63.9 on both
 * "stroke" and "posterior circulation stroke"), the code cannot tell them apart, so ranking any of them
 * counts (the best-ranked one is reported); map order never decides.
 */
export function matchConditions(kb: KnowledgeBase, expected: Vignette['expected']): string[] {
  const snomed = expected.snomed?.code;
  const icd = expected.icd10?.code;
  const bySnomed = snomed ? [...kb.conditions.values()].filter((c) => c.codes.snomed.includes(snomed)).map((c) => c.id) : [];
  if (bySnomed.length > 0) {
    return bySnomed;
  }
  const byIcd = icd ? [...kb.conditions.values()].filter((c) => c.codes.icd10cm.includes(icd)).map((c) => c.id) : [];
  if (byIcd.length > 0) {
    return byIcd;
  }
  if (icd) {
    // A more specific code under one of a condition's codes (I26.99 under I26) is that condition; a sibling
    // code is not (E10.9, type 1 diabetes without complications, is not E10.10, diabetic ketoacidosis).
    const broader = [...kb.conditions.values()].filter((c) => c.codes.icd10cm.some((x) => icd !== x && icd.startsWith(x)));
    if (broader.length === 1) {
      return [broader[0].id];
    }
  }
  return [];
}

/** A US Core race or ethnicity: its text, else its OMB category's display, else 'not recorded' (exported for its tests). */
export function usCore(patient: Patient | undefined, url: string): string {
  const ext = patient?.extension?.find((e: Extension) => e.url === url);
  const text = ext?.extension?.find((e) => e.url === 'text')?.valueString;
  const omb = ext?.extension?.find((e) => e.url === 'ombCategory')?.valueCoding?.display;
  return text ?? omb ?? 'not recorded';
}

/** Top-1/3/10, mean Brier and can't-miss recall of a set of outcomes, to 3 decimals (exported for its tests). */
export function metrics(outcomes: readonly VignetteOutcome[]): Metrics {
  const n = outcomes.length;
  const frac = (pred: (o: VignetteOutcome) => boolean): number => (n === 0 ? 0 : Math.round((outcomes.filter(pred).length / n) * 1000) / 1000);
  const cm = outcomes.filter((o) => o.expectedIsCantMiss);
  return {
    n,
    covered: outcomes.filter((o) => o.expectedConditionId !== null).length,
    top1: frac((o) => o.rank === 1),
    top3: frac((o) => o.rank !== null && o.rank <= 3),
    top10: frac((o) => o.rank !== null && o.rank <= 10),
    brier: n === 0 ? 0 : Math.round((outcomes.reduce((a, o) => a + o.brier, 0) / n) * 1000) / 1000,
    cantMissRecall: cm.length === 0 ? null : Math.round((cm.filter((o) => o.inCantMissList).length / cm.length) * 1000) / 1000,
    cantMissN: cm.length,
    cantMissListed: n === 0 ? 0 : Math.round((outcomes.reduce((a, o) => a + o.cantMissListed, 0) / n) * 100) / 100,
  };
}

export function groupBy(outcomes: readonly VignetteOutcome[], key: (o: VignetteOutcome) => string): Record<string, Metrics> {
  const groups = new Map<string, VignetteOutcome[]>();
  outcomes.forEach((o) => groups.set(key(o), [...(groups.get(key(o)) ?? []), o]));
  return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, metrics(v)]));
}

/** Mean predicted and observed frequency per probability bin; empty bins are left out (exported for its tests). */
export function calibration(pairs: { p: number; y: number }[]): EvaluationReport['calibration'] {
  const edges = [0, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0001];
  const out: { bin: string; predicted: number; observed: number; n: number }[] = [];
  for (let i = 0; i < edges.length - 1; i++) {
    const inBin = pairs.filter((x) => x.p >= edges[i] && x.p < edges[i + 1]);
    if (inBin.length === 0) {
      continue;
    }
    const mean = (xs: number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000;
    out.push({ bin: `${Math.round(edges[i] * 100)}–${Math.min(100, Math.round(edges[i + 1] * 100))}%`, predicted: mean(inBin.map((x) => x.p)), observed: mean(inBin.map((x) => x.y)), n: inBin.length });
  }
  return out;
}

/**
 * Runs the default model on each vignette and scores it.
 * @param kb - knowledge base
 * @param vignettes - vignettes with expected diagnoses
 * @returns the report (JSON-serialisable; the model label reads it)
 */
function explainedAway(result: DifferentialResult, accepted: readonly string[]): Pick<VignetteOutcome, 'explainedAway'> {
  const by = [...new Set((result.explainedProblems ?? []).flatMap((p) => p.explainedBy.map((x) => x.conditionId)))];
  return by.length === 0 ? {} : { explainedAway: { by, right: by.some((id) => accepted.includes(id)) } };
}

/** How often an established diagnosis explained the complaint away, and how often it was the expected one. */
export function explainedAwaySummary(outcomes: readonly VignetteOutcome[]): { n: number; right: number } {
  const hit = outcomes.filter((o) => o.explainedAway);
  return { n: hit.length, right: hit.filter((o) => o.explainedAway!.right).length };
}

export function evaluateVignettes(
  kb: KnowledgeBase,
  vignettes: readonly Vignette[],
  options: { alpha?: number; recalibration?: Recalibration | null; onCandidate?: (p: number, y: 0 | 1) => void } = {},
): EvaluationReport {
  const pairs: { p: number; y: number; band: LikelihoodBand }[] = [];
  let model: DifferentialResult['model'] = { id: 'unknown', version: '0' };
  let knowledge: DifferentialResult['knowledge'] = { id: kb.manifest.id, version: kb.manifest.version, contentHash: kb.contentHash };
  const outcomes: VignetteOutcome[] = vignettes.map((v) => {
    const { result } = analyzeSync(kb, { chart: v.bundle, setting: v.setting === 'emergency' || v.setting === 'primary-care' ? v.setting : undefined, alpha: options.alpha, recalibration: options.recalibration });
    model = result.model;
    knowledge = result.knowledge;
    const accepted = matchConditions(kb, v.expected);
    // A diagnosis the chart establishes by its definition is shown first, as a fact: it counts as rank 1.
    // So does a broader diagnosis the chart finds as one of its forms (cardiac arrhythmia found as atrial fibrillation, model 2.40.0).
    const establishedId = accepted.find((id) => result.established.some((d) => d.conditionId === id) || (result.subsumed ?? []).some((d) => d.conditionId === id && d.form.how === 'definition'));
    const establishedExpected = establishedId !== undefined;
    const rankedIdx = result.differential.findIndex((d) => accepted.includes(d.conditionId));
    const expectedConditionId = establishedId ?? (rankedIdx >= 0 ? result.differential[rankedIdx].conditionId : accepted[0] ?? null);
    const idx = establishedExpected ? 0 : rankedIdx;
    const probability = establishedExpected ? 1 : idx >= 0 ? result.differential[idx].probability : 0;
    let brier = idx >= 0 ? 0 : 1;
    // A broader diagnosis the expected one is a form of (malignancy for a colorectal cancer, cardiac arrhythmia for
    // atrial fibrillation) is true for this patient: its probability includes its forms' (2026-12-06, session 27).
    const trueBroader = expectedConditionId ? broaderForms(kb, expectedConditionId) : new Set<string>();
    for (const d of result.differential) {
      const y = d.conditionId === expectedConditionId || trueBroader.has(d.conditionId) ? 1 : 0;
      brier += (d.probability - y) ** 2;
      pairs.push({ p: d.probability, y, band: d.band });
      options.onCandidate?.(d.probability, y);
    }
    const patient = v.bundle.entry?.map((e) => e.resource).find((r) => r?.resourceType === 'Patient') as Patient | undefined;
    return {
      id: v.id,
      expected: `${v.expected.snomed?.display ?? v.expected.icd10?.display ?? '?'} (${v.expected.snomed?.code ?? ''}${v.expected.icd10 ? ` / ${v.expected.icd10.code}` : ''})`,
      expectedConditionId,
      rank: idx >= 0 ? idx + 1 : null,
      probability: Math.round(probability * 10000) / 10000,
      inCantMissList: result.cantMiss.some((d) => accepted.includes(d.conditionId) && !!kb.conditions.get(d.conditionId)?.cantMiss),
      expectedIsCantMiss: accepted.some((id) => !!kb.conditions.get(id)?.cantMiss),
      cantMissListed: result.cantMiss.length,
      top3: [...result.established, ...result.differential].slice(0, 3).map((d) => d.conditionId),
      problems: result.problems.map((p) => p.problemId),
      ageBand: ageBandOf(ageInYears(patient?.birthDate, result.asOf)),
      sex: patient?.gender ?? 'unknown',
      race: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race'),
      ethnicity: usCore(patient, 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity'),
      language: patient?.communication?.[0]?.language?.coding?.[0]?.code ?? 'not recorded',
      brier: Math.round(brier * 10000) / 10000,
      unknownCodes: result.unknownCodes.reduce((a, u) => a + u.count, 0),
      ...explainedAway(result, accepted),
    };
  });
  return {
    model,
    knowledge,
    generatedBy: 'npm run eval',
    vignettes: vignettes.length,
    overall: metrics(outcomes),
    coveredOnly: metrics(outcomes.filter((o) => o.expectedConditionId !== null)),
    calibration: calibration(pairs),
    bands: bandAccuracy(pairs),
    subgroups: {
      ageBand: groupBy(outcomes, (o) => o.ageBand),
      sex: groupBy(outcomes, (o) => o.sex),
      race: groupBy(outcomes, (o) => o.race),
      ethnicity: groupBy(outcomes, (o) => o.ethnicity),
      language: groupBy(outcomes, (o) => o.language),
    },
    outcomes,
  };
}
