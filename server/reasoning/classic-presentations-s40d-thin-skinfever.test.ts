/**
 * Session 40, round 4 (thin-skinfever): impetigo (3 graded findings) and drug fever (3) below the 5 graded findings of
 * issue 10. NO KNOWLEDGE CHANGED: no readable frequency with a persistent identifier was found for either condition, so
 * no entry was added (an invented or mis-read number is worse than a thin chain). This guard only pins the existing
 * graded chains so that a later change that drops them is noticed.
 *
 * DECLINED, impetigo (rash):
 * - Regional lymphadenopathy "in 90% of patients" and leucocytosis "in up to 50%": read only in a McGraw-Hill
 *   AccessPediatrics textbook chapter (accesspediatrics.mhmedical.com, no PMID/DOI/PMCID/NBK seen): not registrable.
 * - Medscape (emedicine 965254) and the BMJ Best Practice topic say "mild regional lymphadenopathy is commonly
 *   present", "occasionally pruritic", "rarely painful": verbal classes, no frequency, no registrable identifier.
 * - Al-Ghamdi 2006 (PMID 23012100, already registered): the abstract gives no per-finding frequency ("mainly the
 *   extremities and the face", "bullous form ... predominant"); the full text (LWW, jfcmonline) was seen only to its
 *   Introduction. Pereira 2014 (doi 10.1590/abd1806-4841.20142283, SciELO full text) was seen only to its Introduction.
 *   StatPearls "Impetigo (Nursing)" (PMID 33760568) was seen only as its PubMed excerpt (no NBK id or figures seen).
 * - Hartman-Adams 2014 (already used for non-bullous 70% / bullous 30%): no further figure in the abstract read.
 * DECLINED, drug fever (fever, prolonged fever):
 * - Mackowiak 1987 (PMID 3565971; and the Am J Med Sci 1987;294(4):275 conference, no identifier seen): abstracts say
 *   relative bradycardia "in a minority", rash and eosinophilia "infrequent"; the per-feature percentages were not
 *   readable (copies seen only to the case report). A figure from memory is not used.
 * - Vodovar 2012 (doi 10.1007/BF03261972): cases were selected WITHOUT skin reactions, and the abstract read is cut off
 *   before the clinical figures; not usable for rash or any finding.
 * - Someko 2023 (PMC10944987): only Table 2 (definitions) readable, already used.
 * - Young 1982 (Rev Infect Dis 4:69, no identifier seen): 7 of 12 had fever with no other symptom or sign suggesting a
 *   drug cause; no finding maps to that, and no identifier was seen.
 * - Saito 1990 (already registered): lymph node swelling in 2 of 8 (25%) equals the policy background (LR 1.0): no
 *   information, not entered.
 * Observed (not changed): a man of 25 with a rash and honey-coloured crusts ranks impetigo 12th (policy prior 0.5% x
 * LR 2.8 = 1.4%), below atopic dermatitis and cellulitis: a cited primary-care prior for impetigo among rashes is needed.
 * Leads: Mackowiak 1987 Ann Intern Med full text (doi 10.7326/0003-4819-106-5-728) for per-feature frequencies (chills,
 * myalgia, rash, eosinophilia, relative bradycardia); Patel & Gallagher 2010 (doi 10.1592/phco.30.1.57); the nosocomial
 * fever meta-analysis (PMID 37690845, doi 10.2169/internalmedicine.2322-23: pooled drug fever 3.0% of nosocomial fevers,
 * an inpatient prior, no in-scope problem/setting); an impetigo case series with lymphadenopathy or fever counted
 * (Pereira 2014 full text; Cole & Gazewood AFP 2007, not seen).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 round 4 (thin-skinfever)', () => {
  test('every id used here exists', () => {
    for (const id of ['honey-coloured-crusts', 'fever-resolved-after-stopping-suspected-drug', 'drug-started-in-previous-8-weeks']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['impetigo', 'drug-fever']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('honey-coloured crusts still raise impetigo in an adult with a rash (graded, counted; children under 18 abstain)', () => {
    const bare = run('rash', 'primary-care', 25, 'male', []);
    const r = run('rash', 'primary-care', 25, 'male', ['+honey-coloured-crusts']);
    const step = findingStepOf(r, 'impetigo', 'honey-coloured-crusts');
    expect(step?.counted).toBe(true);
    expect(step!.lr).toBeGreaterThan(1);
    expect(p(r, 'impetigo')).toBeGreaterThan(p(bare, 'impetigo'));
  });

  test('a fever that settled after stopping a recently started drug still raises drug fever', () => {
    const bare = run('fever', 'emergency', 68, 'male', []);
    const r = run('fever', 'emergency', 68, 'male', ['+drug-started-in-previous-8-weeks', '+fever-resolved-after-stopping-suspected-drug']);
    expect(p(r, 'drug-fever')).toBeGreaterThan(p(bare, 'drug-fever'));
  });
});
