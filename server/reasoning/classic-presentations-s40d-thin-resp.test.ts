/**
 * Session 40, round 4 (curator "thin-resp"): issue 10 (every condition at least 5 graded findings) for
 * ace-inhibitor-cough (4 graded findings: ace-inhibitor-use, cough-resolved-after-stopping-ace-inhibitor, dry-cough,
 * female) and lower-respiratory-tract-infection (3: fever, female, myalgia). NO NUMBER ADDED, NO FILE EDITED in the
 * knowledge base; evidence/s40d-thin-resp.json was not created (it would have been empty).
 *
 * DECLINED, lower-respiratory-tract-infection:
 * - Holm 2007 (holm-2007-bjgp-lrti-pneumonia-primary-care, PMID 17727747, PMC2099637), Table 1 re-read 2026-12-07 at
 *   bjgp.org/highwire/markup/22565/expansion: sputum production 71%, current smoker 43%, abnormal auscultation 37%,
 *   tachypnoea >20/min 14%, tachycardia >100/min 10% of 358 adults with GP-diagnosed LRTI. Sputum and smoking were
 *   withdrawn in session 39 (s39-resp2 guard: the cohort is 11% COPD / 9% COPD exacerbations, the very competitor);
 *   re-entering them is barred. 'Abnormal auscultation' is not crackles (no matching finding). Tachypnoea 14% and
 *   tachycardia 10% lie below the 25% policy background and would make characteristic signs count against LRTI.
 * - CMI 2024 acute cough cohort (cmi-2024-acute-cough-outpatients-lrti-aetiology-symptoms, PMID 38977076): chills or
 *   sweats 36.0-38.1% (viral/mixed) vs 17.9% (bacterial) pools to about 28.5% of the 479 with a pathogen, LR+ 1.14 over
 *   the policy background: no information, and the cohort is every outpatient with acute cough and LRTI symptoms, i.e.
 *   the cough complaint's own cohort (session 39), so not evidence for one cause in cough.
 * - Structural: lower-respiratory-tract-infection has no prior in cough or chronic-cough (only wheeze, outside this
 *   lane), so any entry scoped to the lane's problems would be inert.
 * DECLINED, ace-inhibitor-cough: no frequency of a further finding in patients with the disease was readable.
 *   Morimoto 2004 (PMC1492376, PMID 15209608, doi 10.1111/j.1525-1497.2004.30016.x): abstract only (predictors as
 *   odds ratios among ACE-inhibitor starters; Table 1 not readable). Jamshed 2019 (doi 10.7759/cureus.5624): abstract
 *   only; hypertension and cough >14 days are inclusion criteria (100% by design); smoking only as a p value.
 *   J Clin Pharmacol 2021 (PMID 33188549): hypertensive cohort by design; OSA and thiazides as odds ratios only.
 *   Clin Exp Hypertens 2015 (PMID 25992489): incidence only. Dicpinigaitis 2006 (doi 10.1378/chest.129.1_suppl.169S):
 *   onset and resolution times, no frequency of a finding; the 'tickling/scratching throat' description (secondary
 *   pages) has no finding and is shared by the other causes of chronic cough (cough hypersensitivity).
 *   History of hypertension would double count ace-inhibitor-use (its indication).
 *
 * Expectations are about order and which entries count, not percentages (the recalibration is off after edits).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const ACEI = 'ace-inhibitor-cough';
const LRTI = 'lower-respiratory-tract-infection';

describe('classic presentations, session 40 round 4 (thin-resp)', () => {
  test('every finding id used here exists', () => {
    for (const id of ['cough', 'chronic-cough', 'dry-cough', 'ace-inhibitor-use', 'female', 'fever']) {
      expect(kb.findings.has(id)).toBe(true);
    }
  });

  test.each(settings)('chronic dry cough in a woman of 60 (%s): an ACE inhibitor counts for and raises ACE-inhibitor cough', (setting) => {
    const base = ['+cough', '+chronic-cough', '+dry-cough'];
    const without = run('chronic-cough', setting, 60, 'female', base);
    const withAcei = run('chronic-cough', setting, 60, 'female', [...base, '+ace-inhibitor-use']);
    expect(findingStepOf(withAcei, ACEI, 'ace-inhibitor-use')?.counted).toBe(true);
    expect(rankOf(withAcei, ACEI)).toBeGreaterThan(0);
    const before = rankOf(without, ACEI) || Number.MAX_SAFE_INTEGER;
    expect(rankOf(withAcei, ACEI)).toBeLessThan(before);
  });

  test('the acute-cough cohort (CMI 2024) is not used for lower respiratory tract infection in cough or chronic cough', () => {
    const entries = kb.evidence.filter((e) => e.condition === LRTI && e.source.citation === 'cmi-2024-acute-cough-outpatients-lrti-aetiology-symptoms');
    for (const e of entries) {
      const problems = e.appliesTo?.problems ?? [];
      expect(problems.length).toBeGreaterThan(0);
      expect(problems).not.toContain('cough');
      expect(problems).not.toContain('chronic-cough');
    }
  });
});
