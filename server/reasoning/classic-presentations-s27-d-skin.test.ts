/**
 * Depth round, session 27 (tag d-skin): episcleritis, impetigo, tinea corporis, pityriasis rosea, exanthematous drug
 * eruption and endometrial atrophy. Textbook presentations entered as a clinician would (findings only, no vignette),
 * on the real knowledge base. Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as probabilityOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations (session 27, d-skin)', () => {
  test('a painless sectoral red eye with normal vision and no discharge: episcleritis is more likely in a woman than in a man', () => {
    // Olmsted County population-based cohort (PMID 32437669): females 60.1% of 223 episcleritis cases, against the
    // even-split policy background (s27-d-skin.json, grade C, red eye only).
    const findings = ['-visual-disturbance', '-purulent-eye-discharge', '-photophobia', '-eye-pain'];
    const woman = run('red-eye', 'primary-care', 35, 'female', findings);
    const man = run('red-eye', 'primary-care', 35, 'male', findings);
    expect(probabilityOf(woman, 'episcleritis')).toBeGreaterThan(0);
    expect(probabilityOf(woman, 'episcleritis')).toBeGreaterThan(probabilityOf(man, 'episcleritis'));
  });
});
