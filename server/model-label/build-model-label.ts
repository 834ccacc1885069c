/**
 * The data behind the model label page: what is known about a model version today, built from the
 * knowledge base's own metadata, the model's policy parameters and the measured evaluation
 * (evaluation.json, written by `npm run eval`). The full HTI-1 / CHAI label is a later issue; this
 * preliminary label shows only what is measured or recorded, and says what is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { summarizeKnowledge, type KnowledgeSummary } from '../knowledge/summarize-knowledge';
import { ENGINE_MODEL } from '../reasoning/build-differential';
import { POLICY, POLICY_RATIONALE } from '../reasoning/policy';
import { CANT_MISS_THRESHOLDS } from '../reasoning/cant-miss-policy';
import type { EvaluationReport } from '../evaluation/evaluate-vignettes';

const EVALUATION_FILE = join(dirname(fileURLToPath(import.meta.url)), 'evaluation.json');

export interface ModelLabel {
  model: { id: string; version: string };
  knowledge: KnowledgeSummary;
  intendedUse: string;
  outputType: string;
  decisionRole: string;
  cautions: string[];
  policy: { name: string; value: unknown; rationale: string }[];
  unverifiedCitations: { id: string; title: string; reason: string }[];
  evaluation?: Pick<EvaluationReport, 'vignettes' | 'overall' | 'coveredOnly' | 'calibration' | 'subgroups'> & {
    knowledgeVersion: string;
    /** The test split (never used for fitting) and the development split the dependence correction was fitted on. */
    test?: { vignettes: number; overall: EvaluationReport['overall']; calibration: EvaluationReport['calibration'] };
    development?: { vignettes: number; overall: EvaluationReport['overall'] };
    /** The calibration split (written blind to the knowledge work, 2026-12-06): a check of the recalibration, not fitted on. */
    calibrationSplit?: { vignettes: number; overall: EvaluationReport['overall']; calibration: EvaluationReport['calibration'] };
    /** The breadth-development split (drawn like the calibration split, read for knowledge work; session 34): not fitted on. */
    breadthSplit?: { vignettes: number; overall: EvaluationReport['overall'] };
    alpha?: number;
    /** The recalibration of the chain's probability fitted on the development split (Platt scaling). */
    recalibration?: { intercept: number; slope: number } | null;
  };
  missing: string[];
}

function readEvaluation(kb: KnowledgeBase, file = EVALUATION_FILE): ModelLabel['evaluation'] {
  if (!existsSync(file)) {
    return undefined;
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8')) as EvaluationReport & {
      alpha?: number;
      recalibration?: { intercept: number; slope: number } | null;
      splits?: {
        test: { vignettes: number; overall: EvaluationReport['overall']; calibration: EvaluationReport['calibration'] };
        development: { vignettes: number; overall: EvaluationReport['overall'] };
        calibration?: { vignettes: number; overall: EvaluationReport['overall']; calibration: EvaluationReport['calibration'] };
        breadth?: { vignettes: number; overall: EvaluationReport['overall'] };
      };
    };
    return {
      ...(report.splits ? { test: report.splits.test, development: { vignettes: report.splits.development.vignettes, overall: report.splits.development.overall } } : {}),
      ...(report.splits?.calibration
        ? { calibrationSplit: { vignettes: report.splits.calibration.vignettes, overall: report.splits.calibration.overall, calibration: report.splits.calibration.calibration } }
        : {}),
      ...(report.splits?.breadth ? { breadthSplit: { vignettes: report.splits.breadth.vignettes, overall: report.splits.breadth.overall } } : {}),
      ...(report.alpha !== undefined ? { alpha: report.alpha } : {}),
      ...(report.recalibration !== undefined ? { recalibration: report.recalibration } : {}),
      vignettes: report.vignettes,
      overall: report.overall,
      coveredOnly: report.coveredOnly,
      calibration: report.calibration,
      subgroups: report.subgroups,
      knowledgeVersion: report.knowledge?.version ?? kb.manifest.version,
    };
  } catch {
    return undefined;
  }
}

/**
 * @param kb - the loaded knowledge base
 * @param evaluationFile - the evaluation to report (default: server/model-label/evaluation.json of this version)
 * @returns the label's measured parts for the default model
 */
export function buildModelLabel(kb: KnowledgeBase, evaluationFile?: string): ModelLabel {
  const evaluation = readEvaluation(kb, evaluationFile);
  return {
    model: { ...ENGINE_MODEL },
    knowledge: summarizeKnowledge(kb),
    intendedUse:
      'Suggests a ranked differential diagnosis, can’t-miss diagnoses and discriminating tests for adults with an undifferentiated presenting problem in primary care or the emergency department, with the reasoning and evidence behind every number.',
    outputType: 'Recommendation (decision support): probabilities with uncertainty bands from likelihood-ratio updating over a cited knowledge base.',
    decisionRole: 'Informs and augments clinical judgement; never replaces it. Nothing is written to the chart without an explicit clinician action.',
    cautions: [
      'Not validated for children; the knowledge base is for adults: under 18 the model abstains unless a differential is requested explicitly, and then shows a banner.',
      'Without a presenting problem the model gives no probabilities: it asks for the reason for visit, and names only diagnoses that strong chart findings (LR+ of 10 or more) suggest.',
      'Pre-test probabilities are not adjusted for pregnancy; a current pregnancy is shown as a scope note.',
      'Knowledge entries have not yet been reviewed by a clinician (review status: unreviewed).',
      'Probabilities assume findings are conditionally independent except within declared correlation groups.',
      'Diagnoses outside the knowledge base cannot be suggested; use “add a missed diagnosis”.',
    ],
    policy: [
      ...Object.entries(POLICY).map(([name, value]) => ({ name, value, rationale: POLICY_RATIONALE[name as keyof typeof POLICY] })),
      ...Object.entries(CANT_MISS_THRESHOLDS)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([conditionId, t]) => ({ name: `cantMissThreshold.${conditionId}`, value: t.threshold, rationale: t.rationale })),
    ],
    unverifiedCitations: [...kb.citations.values()]
      .filter((c) => c.status === 'unverified')
      .map((c) => ({ id: c.id, title: c.title, reason: c.unverifiedReason ?? '' })),
    evaluation,
    missing: [
      'External validation (data from another source) has not been performed.',
      'Local validity and fairness monitoring in deployment: not yet available.',
      ...(evaluation ? [] : ['Evaluation results: run `npm run eval`.']),
      'The full HTI-1 source-attribute and CHAI model-card label is a separate piece of work.',
    ],
  };
}
