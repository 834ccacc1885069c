/**
 * Session 40 (systemic): ratios measured in patients suspected of influenza kept to the fever patients they describe.
 *
 * (1) Influenza x rigors (Ebell 2004, ebell-2004-jabfp-influenza-history-exam, doi 10.3122/jabfm.17.1.1, abstract: rigors
 * LR+ 7.2, sweating LR+ 3.0), x chills and x malaise (Call 2005, call-2005-jama-influenza-rce, PMID 15728170, DARE abstract:
 * patients 60 or over, chills 2.6, malaise 2.6) were default entries counted in every complaint, emergency fever included.
 * Their studies compared influenza with the other patients suspected of influenza (influenza-like illness, mostly other
 * viral respiratory infections). Among febrile emergency patients the other causes include bacteraemia, pneumonia and
 * pyelonephritis, in which shaking chills are common (Coburn 2012, coburn-2012-jama-bacteremia-blood-cultures-rce: shaking
 * chills LR 4.7 for bacteraemia among adults whose blood was cultured), so the transfer overstated influenza (session 37
 * rule). New entries in evidence/s40-systemic.json name fever with `settings: ['primary-care']` (same figures, same
 * locators): they are chosen for fever patients, so in emergency fever the four ratios are "not applicable"; primary-care
 * fever keeps them (other patients mostly febrile respiratory infections, like the studies' comparison group). The default
 * entries are untouched (cough, sore throat, nasal congestion). The fever chills entry also carries requiresAbsent rigors
 * (one physiology counted once, session 38). Effect (raw chain): a woman of 23 in the emergency department with fever,
 * rigors, a rash, hypotension and low platelets had influenza 0.110 -> 0.471 (x 7.2), first at 34% above bacteraemia; now
 * influenza stays at its prior 0.110 (fifth) and bacteraemia is first. A man of 28 in the emergency department with fever,
 * chills and sweats but no cough: influenza first (21%) before, sixth now (chills and sweats not counted, no cough 0.35).
 *
 * DECLINED: narrowing acute respiratory tract infection x headache (1.56) and x female (1.18), ECOVIR frequencies over a
 * policy background (petat-2023-frontpublichealth-ecovir-acute-respiratory-infections), out of fever. Tried and reverted:
 * the session 39 resp guards (s39-resp, s39-resp2) keep them in fever on the premise that fever's other causes are mostly
 * not respiratory infections, and no new source was read that measures headache or sex among febrile patients without a
 * respiratory infection; the narrowing also removed the female LR- 0.82 for men, which put the infection above pneumonia
 * in a bare emergency fever (s33-fever2). A measured headache or sex frequency among febrile primary-care adults is a lead.
 * Also DECLINED: malaria without a recorded exposure stays low (the engine's
 * exposure rule). Kilic 2019's urticaria-with-drug-eruptions category (doi 10.22037/aaem.v7i1.371) could not be split:
 * only the abstract was readable. The primary-care respiratory-infection prior (Yu 2021, an emergency figure) and the
 * prolonged-fever, rash, anaemia, lymphadenopathy, weight-loss and red-eye cases: no readable figure that changes them.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 (systemic)', () => {
  test('every id used here exists', () => {
    for (const id of ['rigors', 'chills', 'diaphoresis', 'malaise', 'cough', 'headache', 'skin-eruption', 'hypotension', 'platelet-count-below-reference-range', 'female']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['influenza', 'bacteraemia']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
    for (const id of ['ebell-2004-jabfp-influenza-history-exam', 'call-2005-jama-influenza-rce', 'coburn-2012-jama-bacteremia-blood-cultures-rce']) {
      expect(kb.citations.has(id)).toBe(true);
    }
  });

  test('influenza x rigors, sweating, chills, malaise: a fever entry for primary care only, the default entry kept', () => {
    for (const f of ['rigors', 'diaphoresis', 'chills', 'malaise']) {
      const all = kb.evidence.filter((e) => e.condition === 'influenza' && e.finding === f);
      const fever = all.filter((e) => e.appliesTo?.problems.includes('fever'));
      expect(fever.length).toBe(1);
      expect(fever[0].appliesTo?.problems).toEqual(['fever']);
      expect(fever[0].appliesTo?.settings).toEqual(['primary-care']);
      // Session 42 (s42c-flu): Call 2005's chills and malaise figures are for patients aged 60 and over, so their entries
      // outside fever now carry that age (and name their problems); rigors and sweating keep an entry without appliesTo.
      const others = all.filter((e) => !e.appliesTo?.problems.includes('fever') && e.source.citation === fever[0].source.citation);
      expect(others.length).toBe(1);
      expect(fever[0].lrPositive).toBe(others[0].lrPositive);
      if (f === 'chills' || f === 'malaise') {
        expect(fever[0].appliesTo?.ageYears?.min).toBe(60);
        expect(others[0].appliesTo?.ageYears?.min).toBe(60);
      } else {
        expect(others[0].appliesTo).toBeUndefined();
      }
    }
  });

  test('emergency fever with rigors, rash, hypotension and low platelets: the influenza rigors ratio is not counted; bacteraemia above influenza', () => {
    const r = run('fever', 'emergency', 23, 'female', ['+rigors', '+skin-eruption', '+hypotension', '+platelet-count-below-reference-range', '+temperature-38-5-or-over']);
    expect(findingStepOf(r, 'influenza', 'rigors')?.counted ?? false).toBe(false);
    expect(rankOf(r, 'bacteraemia')).toBeGreaterThan(0);
    expect(rankOf(r, 'bacteraemia')).toBeLessThan(rankOf(r, 'influenza'));
    expect(rankOf(r, 'influenza')).toBeGreaterThan(1);
  });

  test('emergency fever with chills and sweats, no cough: neither counts for influenza, which is not first', () => {
    const r = run('fever', 'emergency', 28, 'male', ['+chills', '+diaphoresis', '-cough']);
    expect(findingStepOf(r, 'influenza', 'chills')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'influenza', 'diaphoresis')?.counted ?? false).toBe(false);
    expect(rankOf(r, 'influenza')).toBeGreaterThan(1);
  });

  test('primary-care fever keeps the influenza ratios; chills is not counted beside rigors', () => {
    const r = run('fever', 'primary-care', 30, 'female', ['+rigors', '+chills', '+cough']);
    expect(findingStepOf(r, 'influenza', 'rigors')?.counted).toBe(true);
    expect(findingStepOf(r, 'influenza', 'chills')?.counted ?? false).toBe(false);
    // Chills counts from 60 (Call 2005's older-adult studies; session 42), not at 30.
    const c = run('fever', 'primary-care', 65, 'female', ['+chills', '+cough']);
    expect(findingStepOf(c, 'influenza', 'chills')?.counted).toBe(true);
    const young = run('fever', 'primary-care', 30, 'female', ['+chills', '+cough']);
    expect(findingStepOf(young, 'influenza', 'chills')?.counted ?? false).toBe(false);
  });

  test('emergency cough keeps the default influenza rigors ratio (unchanged outside fever)', () => {
    const r = run('cough', 'emergency', 30, 'female', ['+rigors']);
    expect(findingStepOf(r, 'influenza', 'rigors')?.counted).toBe(true);
  });
});
