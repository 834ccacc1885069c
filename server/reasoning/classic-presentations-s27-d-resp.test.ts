/**
 * Textbook presentations entered as a clinician would (findings only, no vignette), on the real knowledge base
 * (session 27, depth round 5, curator d-resp: ACE-inhibitor cough, non-asthmatic eosinophilic bronchitis, acute
 * mastoiditis, sarcoidosis). Each case moved when a cited weight was added (evidence/s27-d-resp.json); the test keeps
 * it from coming back. Expectations are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations (session 27, depth round, d-resp)', () => {

  test('chronic dry cough on an ACE inhibitor without postnasal drip, heartburn or wheeze: the dry cough raises ACE-inhibitor cough', () => {
    // 'a dry, nonproductive cough' (PMID 2474108) against 61% non-productive coughs among 1162 chronic coughs (Lai 2020).
    const findings = ['+ace-inhibitor-use', '-postnasal-drip-sensation', '-heartburn', '-reported-wheeze'];
    const dry = run('chronic-cough', 'primary-care', 62, 'female', [...findings, '+dry-cough']);
    const bare = run('chronic-cough', 'primary-care', 62, 'female', findings);
    expect(rankOf(dry, 'ace-inhibitor-cough')).toBeGreaterThan(0);
    expect(probOf(dry, 'ace-inhibitor-cough')).toBeGreaterThan(probOf(bare, 'ace-inhibitor-cough'));
  });

  test('lymphadenopathy with bilateral hilar lymphadenopathy and a raised serum ACE: sarcoidosis leads', () => {
    // Serum ACE among patients suspected of sarcoidosis: sensitivity 62%, specificity 76% (Eurelings 2019, PLoS ONE).
    const r = run('lymphadenopathy', 'primary-care', 35, 'female', ['+cxr-bilateral-hilar-lymphadenopathy', '+serum-ace-above-reference-range']);
    expect(rankOf(r, 'sarcoidosis')).toBe(1);
  });

  test('lymphadenopathy with bilateral hilar lymphadenopathy and non-caseating granulomas on biopsy: sarcoidosis leads', () => {
    // 64.1% of 409 sarcoidosis patients had non-caseating granulomas on biopsy (Cardoso 2017).
    const r = run('lymphadenopathy', 'primary-care', 35, 'female', ['+cxr-bilateral-hilar-lymphadenopathy', '+biopsy-noncaseating-granulomas']);
    expect(rankOf(r, 'sarcoidosis')).toBe(1);
  });

  test('emergency ear pain with postauricular swelling, fever and otorrhoea: mastoiditis is in the top three and on the can\'t-miss list', () => {
    // Otorrhoea in 17 of 24 patients with acute mastoiditis (Ghent, PMID 9770049).
    const r = run('ear-pain', 'emergency', 30, 'male', ['+postauricular-swelling', '+fever', '+ear-discharge']);
    expect(rankOf(r, 'mastoiditis')).toBeGreaterThan(0);
    expect(rankOf(r, 'mastoiditis')).toBeLessThanOrEqual(3);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('mastoiditis');
  });

});
