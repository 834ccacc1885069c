/**
 * Honest numbers (issue 15, item 2): what the evaluation of the running model and knowledge says about
 * each likelihood band, read from server/model-label/evaluation.json (test split). Only an evaluation of
 * exactly this engine version and knowledge content counts; otherwise nothing is claimed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { BandAccuracy } from '../evaluation/evaluate-vignettes';
import { ENGINE_MODEL } from '../reasoning/build-differential';

const EVALUATION_FILE = join(dirname(fileURLToPath(import.meta.url)), 'evaluation.json');
const cache = new Map<string, readonly BandAccuracy[] | undefined>();

/**
 * @param kb - the running knowledge base
 * @param file - the evaluation (default: this version's evaluation.json)
 * @returns the test split's accuracy per band, or undefined when the evaluation is of another model or knowledge
 */
export function bandAccuracyFor(kb: KnowledgeBase, file = EVALUATION_FILE): readonly BandAccuracy[] | undefined {
  const key = `${file}|${kb.contentHash}`;
  if (cache.has(key)) {
    return cache.get(key);
  }
  let value: readonly BandAccuracy[] | undefined;
  try {
    if (existsSync(file)) {
      const report = JSON.parse(readFileSync(file, 'utf8')) as {
        model?: { version?: string };
        knowledge?: { contentHash?: string };
        splits?: { test?: { bands?: BandAccuracy[] } };
      };
      if (report.model?.version === ENGINE_MODEL.version && report.knowledge?.contentHash === kb.contentHash) {
        value = report.splits?.test?.bands;
      }
    }
  } catch {
    value = undefined;
  }
  cache.set(key, value);
  return value;
}
