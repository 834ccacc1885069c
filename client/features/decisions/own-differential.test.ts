import { describe, expect, test } from 'vitest';
import { placeInAiList } from './own-differential';

describe('placeInAiList', () => {
  const ranked = ['acute-coronary-syndrome', 'pulmonary-embolism'];
  test.each([
    [{ conditionId: 'pulmonary-embolism', text: 'PE' }, 'the AI ranks it #2'],
    [{ conditionId: 'aortic-dissection', text: 'Dissection' }, 'on the AI’s can’t-miss list'],
    [{ conditionId: 'pericarditis', text: 'Pericarditis' }, 'not in the AI’s list'],
    [{ text: 'anxiety' }, 'free text: not matched to the AI’s list'],
  ])('%j', (d, expected) => {
    expect(placeInAiList(d, ranked, ['aortic-dissection'])).toBe(expected);
  });
});
