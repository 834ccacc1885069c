/**
 * What every stored suggestion set records about the result it came from, whichever surface showed
 * it (app or CDS Hooks): the exact model, knowledge and input, so any decision traces to what the
 * clinician saw.
 */
import type { DiagnosisResult, DifferentialResult } from '../reasoning/types';
import type { SuggestionInput, SuggestionSetInput } from './store';

/** Model id and version, knowledge version and content hash, input hash and setting. */
export function resultIdentity(result: DifferentialResult): Pick<SuggestionSetInput, 'modelId' | 'modelVersion' | 'knowledgeVersion' | 'knowledgeHash' | 'inputHash' | 'setting'> {
  return {
    modelId: result.model.id,
    modelVersion: result.model.version,
    knowledgeVersion: result.knowledge.version,
    knowledgeHash: result.knowledge.contentHash,
    inputHash: result.inputHash,
    setting: result.setting,
  };
}

/** One stored suggestion per diagnosis shown. */
export function suggestionInputs(diagnoses: readonly DiagnosisResult[]): SuggestionInput[] {
  return diagnoses.map((d) => ({ conditionId: d.conditionId, rank: d.rank, probability: d.probability, band: d.band, cantMiss: d.cantMiss }));
}
