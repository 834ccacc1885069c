/**
 * `npm run eval`: runs the vignettes in fixtures/vignettes through the default model, prints the
 * metrics for the development, test and calibration splits (fixed before any fitting: up to v-440
 * odd-numbered vignettes are test and even-numbered development; from v-441 the calibration split, written
 * blind to the knowledge work, which checks the recalibration; from v-551 the breadth-development split, drawn like
 * the calibration split and read for knowledge work, not fitted on) and overall, and writes them as JSON to
 * server/model-label/evaluation.json (the model label reads it and shows the test split).
 *
 * `--fit` first fits the dependence correction (alpha, server/reasoning/calibration.ts) on the
 * development split only, by the Brier score over a grid, then the recalibration on the development split, and the
 * reliability table behind the display's caps on every split but the test split; writes
 * server/reasoning/calibration.json, and then reports the splits with it (run `npm run eval` once more so that the
 * report's bands use the new caps). `--out <file>` writes elsewhere; `--quiet` prints only the summaries;
 * `--misses development,breadth` lists only those splits' vignettes outside the top 3 (never the calibration split's).
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { CALIBRATION, CALIBRATION_FILE, recalibrationFor, type Calibration, type Recalibration } from '../reasoning/calibration';
import { fitRecalibration, type Pair } from './fit-recalibration';
import { chooseAlpha } from './choose-alpha';
import { buildModelLabel } from '../model-label/build-model-label';
import { buildFullLabel } from '../model-label/full-label';
import { readArchived, writeArchived } from '../model-label/label-archive';
import { evaluateVignettes, explainedAwaySummary, readEvaluationVignettes, splitOf, type EvaluationReport, type Metrics, type Vignette } from './evaluate-vignettes';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : join(here, '..', 'model-label', 'evaluation.json');

const kb = loadKnowledge();
const vignettes: Vignette[] = readEvaluationVignettes();
const development = vignettes.filter((v) => splitOf(v.id) === 'development');
const test = vignettes.filter((v) => splitOf(v.id) === 'test');
const calibrationSet = vignettes.filter((v) => splitOf(v.id) === 'calibration');
const breadthSet = vignettes.filter((v) => splitOf(v.id) === 'breadth');

let alpha = CALIBRATION.alpha;
// The recalibration fitted on this knowledge base (none when the knowledge changed since the last fit).
let recalibration: Recalibration | null = recalibrationFor(kb.contentHash) ?? null;
if (!recalibration && CALIBRATION.recalibration) {
  process.stdout.write(`the recalibration in ${CALIBRATION_FILE} was fitted on another knowledge base (${CALIBRATION.recalibration.knowledgeHash.slice(0, 12)}…, now ${kb.contentHash.slice(0, 12)}…): probabilities are shown uncorrected until \`npm run eval -- --fit\`\n`);
}
if (args.includes('--fit')) {
  const grid: [number, number][] = [];
  const perVignette = new Map<number, number[]>();
  for (let a = 0.2; a <= 1.0001; a += 0.05) {
    const value = Math.round(a * 100) / 100;
    const r = evaluateVignettes(kb, development, { alpha: value, recalibration: null });
    grid.push([value, r.overall.brier]);
    perVignette.set(value, r.outcomes.map((o) => o.brier));
  }
  // One-standard-error rule (Breiman et al. 1984): the least correction (largest alpha) whose development
  // Brier is within one standard error of the lowest, so that a flat, noisy objective does not pull alpha
  // to the edge of the grid.
  const choice = chooseAlpha(grid, perVignette);
  const { lowest, se } = choice;
  const best = [choice.alpha, choice.brier] as const;
  alpha = best[0];
  // Then the recalibration of the chain's probability, on every development candidate at that alpha.
  const pairs: Pair[] = [];
  evaluateVignettes(kb, development, { alpha, recalibration: null, onCandidate: (p, y) => pairs.push({ p, y }) });
  const fitted = fitRecalibration(pairs);
  recalibration = fitted;
  const calibration: Calibration = {
    alpha,
    method:
      'Dependence correction: every counted finding except the strongest (largest |log LR|) is applied as LR^alpha; alpha chosen on a grid from 0.20 to 1.00 (step 0.05) on the development vignettes by the one-standard-error rule: the largest alpha whose mean Brier score is within one standard error of the lowest.',
    fittedOn: `development split of the vignettes (n=${development.length}; even-numbered, fixed 2026-12-03 before fitting); the reliability behind the display's caps also on the calibration split (n=${calibrationSet.length}; written blind to the knowledge work, 2026-12-06) and the breadth-development split (n=${breadthSet.length}; drawn like it, 2026-12-07)`,
    date: new Date().toISOString().slice(0, 10),
    development: { n: development.length, brierAtAlpha1: grid.find(([a]) => a === 1)?.[1] ?? NaN, brierFitted: best[1], grid },
    recalibration: {
      intercept: Math.round(fitted.intercept * 10000) / 10000,
      slope: Math.round(fitted.slope * 10000) / 10000,
      knowledgeHash: kb.contentHash,
      n: pairs.length,
      method:
        'Platt scaling: logistic regression of the outcome (the candidate is the expected diagnosis) on the logit of the chain probability, over every candidate of the development vignettes at the fitted alpha (Newton method).',
    },
    // The reliability behind the display's caps comes from every split but the test split: the development split, the
    // calibration split and the breadth-development split together (session 36, 2026-12-07: the breadth split's causes
    // are drawn like the calibration split's, and knowledge work on it can only make it look better, so counting it can
    // only make a cap more cautious). The calibration split, written blind to the knowledge work, shows where the development split's own reliability
    // (fitted on it, and the knowledge built looking at its misses) claims too much (session 32, 2026-12-06).
    reliability: reliabilityOf(evaluateVignettes(kb, [...development, ...calibrationSet, ...breadthSet], { alpha, recalibration: fitted })),
  };
  recalibration = { intercept: calibration.recalibration!.intercept, slope: calibration.recalibration!.slope };
  writeFileSync(CALIBRATION_FILE, `${JSON.stringify(calibration, null, 2)}\n`);
  process.stdout.write(`fitted recalibration intercept ${calibration.recalibration!.intercept}, slope ${calibration.recalibration!.slope} on ${pairs.length} development candidates\n`);
  process.stdout.write(`fitted alpha ${alpha} on ${development.length} development vignettes (Brier ${best[1]}; lowest ${lowest[1]} at alpha ${lowest[0]}, one standard error ${se.toFixed(3)}; ${calibration.development?.brierAtAlpha1} uncorrected); written to ${CALIBRATION_FILE}\n`);
}

/** The calibration table as ranges of predicted probability (for the display's reliability note). */
function reliabilityOf(r: EvaluationReport): NonNullable<Calibration['reliability']> {
  return r.calibration.map((c) => {
    const [lo, hi] = c.bin.replace('%', '').split('–').map((x) => Number(x.replace('%', '')) / 100);
    return { lower: lo, upper: hi >= 1 ? 1.0001 : hi, predicted: c.predicted, observed: c.observed, n: c.n };
  });
}

const started = performance.now();
const report = evaluateVignettes(kb, vignettes, { alpha, recalibration });
const splits = {
  development: evaluateVignettes(kb, development, { alpha, recalibration }),
  test: evaluateVignettes(kb, test, { alpha, recalibration }),
  calibration: evaluateVignettes(kb, calibrationSet, { alpha, recalibration }),
  breadth: evaluateVignettes(kb, breadthSet, { alpha, recalibration }),
};
const ms = performance.now() - started;

/** Metrics of the test split per presenting problem (the problem the vignette was written for). */
function byProblem(r: EvaluationReport, set: readonly Vignette[]): Record<string, Metrics> {
  const problemOf = new Map(set.map((v) => [v.id, v.presentingProblem || 'unknown']));
  const groups = new Map<string, string[]>();
  r.outcomes.forEach((o) => groups.set(problemOf.get(o.id) ?? 'unknown', [...(groups.get(problemOf.get(o.id) ?? 'unknown') ?? []), o.id]));
  return Object.fromEntries(
    [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([problem, ids]) => [problem, evaluateVignettes(kb, set.filter((v) => ids.includes(v.id)), { alpha, recalibration }).overall]),
  );
}

const full = {
  ...report,
  alpha,
  recalibration,
  splits: {
    development: { vignettes: splits.development.vignettes, overall: splits.development.overall, calibration: splits.development.calibration },
    test: { vignettes: splits.test.vignettes, overall: splits.test.overall, calibration: splits.test.calibration, bands: splits.test.bands, byProblem: byProblem(splits.test, test), subgroups: splits.test.subgroups },
    calibration: { vignettes: splits.calibration.vignettes, overall: splits.calibration.overall, calibration: splits.calibration.calibration, bands: splits.calibration.bands },
    breadth: { vignettes: splits.breadth.vignettes, overall: splits.breadth.overall, calibration: splits.breadth.calibration, bands: splits.breadth.bands },
  },
};
writeFileSync(out, `${JSON.stringify(full, null, 2)}\n`);
if (outIndex < 0) {
  // The label of this model and knowledge version, archived so that it stays readable after the next release.
  // A version's label is never rewritten for other knowledge: changed knowledge needs a new version.
  const base = buildModelLabel(kb);
  const full = buildFullLabel(kb, base, undefined);
  const existing = readArchived(full.labelVersion);
  if (existing && existing.full.knowledge.contentHash !== kb.contentHash) {
    process.stdout.write(
      `label NOT archived: version ${full.labelVersion} was archived for other knowledge (${existing.full.knowledge.contentHash.slice(0, 12)}…); the knowledge changed, so give it a new version in server/knowledge/data/manifest.json and CHANGELOG.md, then run npm run eval again\n`,
    );
  } else {
    process.stdout.write(`label archived: ${writeArchived({ full, base: base as unknown as Record<string, unknown> })}\n`);
  }
}

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const line = (name: string, m: Metrics): string =>
  `${name.padEnd(34)} n=${String(m.n).padStart(3)} covered=${String(m.covered).padStart(3)} top1=${pct(m.top1).padStart(6)} top3=${pct(m.top3).padStart(6)} top10=${pct(m.top10).padStart(6)} brier=${m.brier.toFixed(3)} cantMissRecall=${pct(m.cantMissRecall)} (n=${m.cantMissN}, ${m.cantMissListed} listed per patient)`;
const calibrationLines = (name: string, r: EvaluationReport): void => {
  process.stdout.write(`calibration, ${name} (predicted vs observed):\n`);
  r.calibration.forEach((c) => process.stdout.write(`  ${c.bin.padEnd(9)} predicted ${pct(c.predicted)} observed ${pct(c.observed)} n=${c.n}\n`));
};
process.stdout.write(`Evaluation of ${report.model.id} ${report.model.version} with knowledge ${report.knowledge.version} on ${report.vignettes} vignettes, dependence correction alpha ${alpha}, recalibration ${recalibration ? `intercept ${recalibration.intercept} slope ${recalibration.slope}` : "none"} (${ms.toFixed(0)} ms)\n`);
process.stdout.write(
  `${line('TEST split', splits.test.overall)}\n${line('development split', splits.development.overall)}\n${line('calibration split', splits.calibration.overall)}\n${line('breadth-development split', splits.breadth.overall)}\n${line('all', report.overall)}\n${line('all, covered by knowledge base', report.coveredOnly)}\n`,
);
calibrationLines('TEST split', splits.test);
calibrationLines('calibration split (blind check of the recalibration)', splits.calibration);
calibrationLines('breadth-development split', splits.breadth);
for (const [name, r] of [['TEST split', splits.test], ['development split', splits.development], ['calibration split', splits.calibration], ['breadth-development split', splits.breadth]] as const) {
  const e = explainedAwaySummary(r.outcomes);
  process.stdout.write(`complaint explained away by an established diagnosis, ${name}: ${e.n} vignettes, the explaining diagnosis the expected one in ${e.right}\n`);
}
if (!args.includes('--quiet')) {
  calibrationLines('development split', splits.development);
  process.stdout.write('test split by presenting problem:\n');
  Object.entries(full.splits.test.byProblem).forEach(([problem, m]) => process.stdout.write(`${line(`  ${problem}`, m)}\n`));
  process.stdout.write('test split by subgroup:\n');
  for (const [group, values] of Object.entries(splits.test.subgroups)) {
    for (const [k, m] of Object.entries(values)) {
      process.stdout.write(`${line(`  ${group}: ${k}`, m)}\n`);
    }
  }
  // The calibration split stays blind to knowledge work: its misses are not listed.
  // `--misses development,breadth` lists only those splits' misses (knowledge work reads the development splits).
  const missesIndex = args.indexOf('--misses');
  const missSplits = missesIndex >= 0 ? args[missesIndex + 1].split(',').filter((x) => x !== 'calibration') : ['development', 'breadth', 'test'];
  const misses = report.outcomes.filter((o) => (o.rank === null || o.rank > 3) && missSplits.includes(splitOf(o.id)));
  process.stdout.write(`not in top 3, ${missSplits.join(', ')} (${misses.length}):\n`);
  misses.forEach((o) => process.stdout.write(`  ${o.id} [${splitOf(o.id)}]: expected ${o.expected} → ${o.expectedConditionId ?? 'NOT IN KNOWLEDGE BASE'} rank ${o.rank ?? '-'}; top3 ${o.top3.join(', ')}; problems ${o.problems.join(', ')}\n`));
}
process.stdout.write(`written to ${out}\n`);
