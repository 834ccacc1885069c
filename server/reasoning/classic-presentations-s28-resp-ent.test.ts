/**
 * Textbook presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 28, curator resp-ent: non-asthmatic eosinophilic bronchitis, acute mastoiditis, deviated nasal septum).
 * Each case moved when a cited weight was added (evidence/s28-resp-ent.json); expectations are about order, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 28 (resp-ent)', () => {
  test('chronic cough with a raised FeNO: eosinophilic bronchitis enters the top five; a normal FeNO lowers it', () => {
    // Oh 2008 Chest (PMID 18583518): FeNO > 31.7 ppb for NAEB among nonasthmatic chronic cough, sensitivity 86%,
    // specificity 76%.
    const bare = run('chronic-cough', 'primary-care', 45, 'male', []);
    const raised = run('chronic-cough', 'primary-care', 45, 'male', ['+feno-over-31-7-ppb']);
    const normal = run('chronic-cough', 'primary-care', 45, 'male', ['-feno-over-31-7-ppb']);
    expect(rankOf(bare, 'non-asthmatic-eosinophilic-bronchitis')).toBeGreaterThan(5);
    expect(rankOf(raised, 'non-asthmatic-eosinophilic-bronchitis')).toBeGreaterThan(0);
    expect(rankOf(raised, 'non-asthmatic-eosinophilic-bronchitis')).toBeLessThanOrEqual(5);
    expect(probOf(normal, 'non-asthmatic-eosinophilic-bronchitis')).toBeLessThan(probOf(bare, 'non-asthmatic-eosinophilic-bronchitis'));
  });

  test('emergency ear pain with fever, postauricular swelling and bony mastoid changes on CT: mastoiditis above dental infection, in the top three', () => {
    // Ghent series (PMID 9770049): demineralisation of the mastoid trabeculae on CT in 13 of 24 acute mastoiditis.
    const clinical = run('ear-pain', 'emergency', 40, 'male', ['+fever', '+postauricular-swelling']);
    const ct = run('ear-pain', 'emergency', 40, 'male', ['+fever', '+postauricular-swelling', '+ct-temporal-bone-mastoid-osteitis']);
    expect(rankOf(ct, 'mastoiditis')).toBeGreaterThan(0);
    expect(rankOf(ct, 'mastoiditis')).toBeLessThanOrEqual(3);
    expect(rankOf(ct, 'mastoiditis')).toBeLessThan(rankOf(ct, 'dental-infection'));
    expect(probOf(ct, 'mastoiditis')).toBeGreaterThan(probOf(clinical, 'mastoiditis'));
    expect(ct.cantMiss.some((d) => d.conditionId === 'mastoiditis')).toBe(true);
  });

  test('chronic nasal blockage with a deviated septum on rhinoscopy: the septum is in the top three for a man, and likelier in a man than in a woman', () => {
    // NAIROS (Carrie 2023 BMJ, PMID 37852641): 67% men among 378 adults referred with obstruction from septal deviation.
    const findings = ['+nasal-septal-deviation-on-examination', '+nasal-symptoms-over-12-weeks'];
    const man = run('nasal-congestion', 'primary-care', 35, 'male', findings);
    const woman = run('nasal-congestion', 'primary-care', 35, 'female', findings);
    expect(rankOf(man, 'nasal-septal-deviation')).toBeGreaterThan(0);
    expect(rankOf(man, 'nasal-septal-deviation')).toBeLessThanOrEqual(3);
    expect(probOf(man, 'nasal-septal-deviation')).toBeGreaterThan(probOf(woman, 'nasal-septal-deviation'));
  });
});
