/**
 * `npm run eval`: runs the vignettes in fixtures/vignettes through the default model, prints the
 * metrics and writes them as JSON to server/model-label/evaluation.json (the model label reads it).
 * `--out <file>` writes elsewhere; `--quiet` prints only the summary line.
 */
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { readClinicalStory, readVignettes } from '../../fixtures/read-fixtures';
import { evaluateVignettes, type Metrics, type Vignette } from './evaluate-vignettes';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : join(here, '..', 'model-label', 'evaluation.json');

const kb = loadKnowledge();
const vignettes: Vignette[] = readVignettes().map(({ file, bundle }) => {
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
const started = performance.now();
const report = evaluateVignettes(kb, vignettes);
const ms = performance.now() - started;
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const line = (name: string, m: Metrics): string =>
  `${name.padEnd(28)} n=${String(m.n).padStart(3)} covered=${String(m.covered).padStart(3)} top1=${pct(m.top1).padStart(6)} top3=${pct(m.top3).padStart(6)} top10=${pct(m.top10).padStart(6)} brier=${m.brier.toFixed(3)} cantMissRecall=${pct(m.cantMissRecall)} (n=${m.cantMissN})`;
process.stdout.write(`Evaluation of ${report.model.id} ${report.model.version} with knowledge ${report.knowledge.version} on ${report.vignettes} vignettes (${ms.toFixed(0)} ms)\n`);
process.stdout.write(`${line('overall', report.overall)}\n${line('covered by knowledge base', report.coveredOnly)}\n`);
if (!args.includes('--quiet')) {
  for (const [group, values] of Object.entries(report.subgroups)) {
    for (const [k, m] of Object.entries(values)) {
      process.stdout.write(`${line(`${group}: ${k}`, m)}\n`);
    }
  }
  process.stdout.write('calibration (predicted vs observed):\n');
  report.calibration.forEach((c) => process.stdout.write(`  ${c.bin.padEnd(9)} predicted ${pct(c.predicted)} observed ${pct(c.observed)} n=${c.n}\n`));
  const misses = report.outcomes.filter((o) => o.rank === null || o.rank > 3);
  process.stdout.write(`not in top 3 (${misses.length}):\n`);
  misses.forEach((o) => process.stdout.write(`  ${o.id}: expected ${o.expected} → ${o.expectedConditionId ?? 'NOT IN KNOWLEDGE BASE'} rank ${o.rank ?? '-'}; top3 ${o.top3.join(', ')}; problems ${o.problems.join(', ')}\n`));
}
process.stdout.write(`written to ${out}\n`);
