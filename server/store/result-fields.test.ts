import { describe, expect, test } from 'vitest';
import type { DiagnosisResult, DifferentialResult } from '../reasoning/types';
import { resultIdentity, suggestionInputs } from './result-fields';

describe('what a stored suggestion set records about its result', () => {
  test('the exact model, knowledge, input and setting', () => {
    const result = { model: { id: 'ddx-lr-engine', version: '2.1.0' }, knowledge: { version: '2.9.0', contentHash: 'abc123' }, inputHash: 'in-1', setting: 'emergency' } as unknown as DifferentialResult;
    expect(resultIdentity(result)).toEqual({ modelId: 'ddx-lr-engine', modelVersion: '2.1.0', knowledgeVersion: '2.9.0', knowledgeHash: 'abc123', inputHash: 'in-1', setting: 'emergency' });
  });

  test('one suggestion per diagnosis shown, in order, with rank, probability, band and can’t-miss flag only', () => {
    const shown = [
      { conditionId: 'pe', rank: 1, probability: 0.3, band: 'likely', cantMiss: true, name: 'PE', steps: [] },
      { conditionId: 'pneumonia', rank: 2, probability: 0.2, band: 'possible', cantMiss: false, name: 'Pneumonia', steps: [] },
    ] as unknown as DiagnosisResult[];
    expect(suggestionInputs(shown)).toEqual([
      { conditionId: 'pe', rank: 1, probability: 0.3, band: 'likely', cantMiss: true },
      { conditionId: 'pneumonia', rank: 2, probability: 0.2, band: 'possible', cantMiss: false },
    ]);
    expect(suggestionInputs([])).toEqual([]);
  });
});
