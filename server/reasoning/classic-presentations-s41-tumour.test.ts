/**
 * Session 41 (tumour: brain tumour in headache and seizure): one change, four declines.
 *
 * CHANGED:
 * - problems/seizure.json, brain tumour's age-unstratified prior in both settings: 0.012 (Hamilton & Kernick 2007, BJGP
 *   57(542):695-9, PMID 17761056, PMC2151783: PPV of a new-onset seizure for a primary brain tumour) -> 0.016 from Ozawa
 *   2019 (BMJ Open 9(8):e029686, PMID 31471440, PMCID PMC6720478, doi 10.1136/bmjopen-2019-029686; new registry entry
 *   ozawa-2019-bmjopen-brain-tumour-symptoms-cprd, abstract read 2026-12-07 at bmjopen.bmj.com/content/9/8/e029686.abstract
 *   and read.qxmd.com/read/31471440). Locator: Abstract, Results, 'Seizure had the highest PPV of 1.6% (95% CI 1.4% to
 *   1.7%)' (CPRD 2000-2014, 8,184 adult brain tumours, primary AND secondary, 28,110 matched controls). Why: the condition
 *   is an intracranial neoplasm with metastases (Forsyth 1993's cohort behind its headache entry is 66% metastatic), which
 *   Hamilton's primary-tumour-only figure leaves out; the seizure complaint holds known epileptics as well as first
 *   seizures, and Ozawa's symptom group is not restricted to new-onset seizures. Still `proxy` (consulters with a coded
 *   seizure; the complaint also holds other transient loss of consciousness); the emergency entry stays a borrowed
 *   primary-care figure, as before. Hamilton's age-60-69 figure (2.3%) stays: Ozawa's per-age PPVs were not read.
 *   Numbers (raw chain, new-onset seizure entered): man of 45, primary care or emergency: brain-tumour prior 0.012 ->
 *   0.016, shown 1.6%, 7th (hypoglycaemia 1.8% above it; rank unchanged). Man of 62: unchanged, 2.3% (Hamilton 60-69), 6th.
 *   kb:check passes with the change (a briefly failing diarrhoea.json belongs to another curator).
 *
 * DECLINED:
 * - Headache plus weakness in primary-care headache (Ozawa 2019 abstract: 'headache plus combined cognitive symptoms PPV
 *   7.2% (6.0 to 8.6); plus weakness 4.4% (3.2 to 6.2), compared with headache alone PPV 0.1%'). It would lift brain tumour
 *   in headache with a focal sign (now 8th for a man of 58 with a focal sign alone, behind migraine, tension-type headache,
 *   venous thrombosis, meningitis, encephalitis, subdural haematoma and cluster headache). Not entered: the table defining
 *   the 'weakness' symptom group (a coded symptom, maybe generalised; the engine's focal-neurological-deficit is a sign on
 *   examination and takes Detsky 2006's LR 5.3) and whether 'headache alone' means headache without other symptoms or any
 *   headache could not be read (PMC6720478 full text not displayed in three searches). A lead: as a `populationWith` prior
 *   it would also need Detsky's focal-deficit ratio withdrawn in primary care (the finding would be in the prior).
 * - Morning headache with vomiting and a new progressive headache: the knowledge base has no finding for either; no
 *   ratio with an identifier was read (Detsky 2006's vomiting LR 1.8 is already entered). Mohammad 2016 BMC Neurol
 *   (doi 10.1186/s12883-016-0677-1, PMC5000444) Table 3: 'new, qualitatively different, unexplained headache that becomes
 *   progressively severe' in 43 of 371 referrals without and 0 of 12 with CNS cancer (a 2-week-wait referral cohort,
 *   already selected; a zero count cannot be a ratio). Declined.
 * - A focal deficit in the seizure complaint: Schoenenberger 1994 (BMJ, first generalised seizure, 119 adults; abstract
 *   read on scilit.com, no PMID or DOI displayed): focal deficit sensitivity 50%, specificity 89% for a focal lesion on
 *   CT (34% had one). The reference standard is any focal structural lesion (stroke, haematoma, tumour), a category, and
 *   session 33 declined a category's accuracy for one member; stroke and subdural haematoma compete in this complaint.
 * - Tumour share among first seizures: Mabaso 2022 (SA J Radiol 26(1):2294, doi 10.4102/sajr.v26i1.2294): neoplastic
 *   pathology on CT in 3.0% of 531 adult ED new-onset seizures, but 31.6% HIV-positive (infective pathology 14.1%), a
 *   population unlike the UK cohorts beside it; Zarmehri 2020 (Open Access Emerg Med 12:159, doi 10.2147/OAEM.S241124):
 *   100 patients, results cut off. Krumholz 2007 AAN guideline and Hopkins 1988 were not found in the corpus. Leads.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { priorStepOf, probOf, rankOf, presentationRunner } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const OZAWA = 'ozawa-2019-bmjopen-brain-tumour-symptoms-cprd';
const HAMILTON = 'hamilton-2007-bjgp-brain-tumour-features';
const TUMOUR = 'brain-tumour';

describe('classic presentations, session 41 (tumour): brain tumour among seizures, primary and secondary tumours', () => {
  test('every id used here exists', () => {
    expect(kb.conditions.has(TUMOUR)).toBe(true);
    expect(kb.conditions.has('epileptic-seizure')).toBe(true);
    expect(kb.findings.has('new-onset-seizure')).toBe(true);
  });

  for (const setting of ['primary-care', 'emergency'] as const) {
    test(`${setting}, man of 45 with a seizure: the brain-tumour prior is Ozawa 2019's seizure PPV (1.6%)`, () => {
      const r = run('seizure', setting, 45, 'male', ['+new-onset-seizure']);
      const prior = priorStepOf(r, TUMOUR);
      expect(prior?.source?.citation).toBe(OZAWA);
      expect(prior?.probability).toBeCloseTo(0.016, 4);
    });

    test(`${setting}, man of 62 with a seizure: Hamilton's 60-69 figure (2.3%) still wins over the all-ages one`, () => {
      const r = run('seizure', setting, 62, 'male', ['+new-onset-seizure']);
      const prior = priorStepOf(r, TUMOUR);
      expect(prior?.source?.citation).toBe(HAMILTON);
      expect(prior?.probability).toBeCloseTo(0.023, 4);
      const young = run('seizure', setting, 45, 'male', ['+new-onset-seizure']);
      expect(probOf(r, TUMOUR)).toBeGreaterThan(probOf(young, TUMOUR));
    });
  }

  test('brain tumour stays in the top ten and below epileptic seizure for a first seizure at 45', () => {
    const r = run('seizure', 'primary-care', 45, 'male', ['+new-onset-seizure']);
    expect(rankOf(r, TUMOUR)).toBeGreaterThan(0);
    expect(rankOf(r, TUMOUR)).toBeLessThanOrEqual(10);
    expect(rankOf(r, TUMOUR)).toBeGreaterThan(rankOf(r, 'epileptic-seizure'));
  });
});
