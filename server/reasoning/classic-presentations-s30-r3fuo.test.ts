/**
 * Prolonged fever (fever of unknown origin): an audit of the problem's priors (session 30, round 3, curator "r3fuo"),
 * with textbook presentations entered as a clinician would (findings only, no vignette).
 *
 * Audit result: every prior is a share of ALL patients of its cohort, the undiagnosed included (Wright 2022: 285, 62,
 * 54, 54 and 40 of 2667 for tuberculosis, endocarditis, pneumonia, urinary infection and enteric fever; 164, 114, 52
 * and 40 of 2667 for lymphoma, adult-onset Still's disease, lupus and giant cell arteritis; Naito 2013: 9 and 4 of 121
 * for polymyalgia rheumatica and HIV), no figure serves two conditions, every one is labelled `other-setting` (referral
 * or hospital FUO cohorts used in both settings; none is `exact`), and they sum to 0.43 in each setting, below the 80%
 * that Wright 2022 leaves after its pooled 20% undiagnosed. No prior number was changed: no Western cohort giving a
 * per-disease count (tuberculosis, polymyalgia rheumatica) could be read with an identifier (Bleeker-Rovers 2007,
 * Vanderschueren 2003, Zenone 2006 and Fusco 2019 give categories only), and a prior can cite one source only.
 *
 * What made the list look fixed: polymyalgia rheumatica had no symptom weight in prolonged fever (second for any man of
 * 68 whatever the findings); one grade C entry (evidence/s30-r3fuo.json, bilateral shoulder aching) fixes that. Still
 * not fixed: adult-onset Still's disease carries an all-ages, Asia-weighted prior (Wright 2022, 114/2667) with no age
 * weight, so it is fourth for a bare man of 68. An age ratio (Li 2023, PMID 36923474: 11.4% of 281 began at 65 or over,
 * against the even split) was tried and withdrawn: with no ratio for the absence of rash or sore throat it lifted Still's
 * disease above inflammatory bowel disease in a woman of 28 with bloody diarrhoea (session-29 r2fever tests). Giant
 * cell arteritis has no ratio for bilateral shoulder aching (no frequency with an identifier read), so shoulder aching
 * raises PMR alone; tuberculosis (Europe and Asia pooled) still leads the bare list at every age. Expectations are about
 * order and direction, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const SETTINGS = ['primary-care', 'emergency'] as const;

describe('prolonged fever priors and bare lists (session 30, r3fuo)', () => {
  test('the cited priors leave room for the undiagnosed share and are labelled other-setting', () => {
    // Wright 2022 (noninfectious meta-analysis, 2667 adults): undiagnosed pooled 20.0%; the named priors are counts over
    // all 2667 (or all 121 in Naito 2013), so they must sum to at most 0.80 in each setting.
    const problem = kb.problems.get('prolonged-fever');
    for (const s of SETTINGS) {
      const priors = problem?.priors[s] ?? [];
      expect(priors.length).toBeGreaterThan(5);
      const sum = priors.reduce((a, x) => a + x.probability, 0);
      expect(sum).toBeLessThanOrEqual(0.8);
      expect(priors.every((x) => x.populationMatch !== 'exact')).toBe(true);
    }
  });

  for (const s of SETTINGS) {
    test(`bare prolonged fever in a woman of 36 (${s}): tuberculosis, lupus, Still's disease and lymphoma lead; no PMR or GCA`, () => {
      // Wright 2022: tuberculosis 285/2667, lymphoma 164/2667, Still's disease 114/2667, lupus 52/2667. PMR and GCA apply
      // from 50 (EULAR/ACR 2012 entry criterion; GCA condition applicability).
      const r = run('prolonged-fever', s, 36, 'female', []);
      expect(rankOf(r, 'tuberculosis')).toBe(1);
      for (const id of ['adult-onset-stills-disease', 'systemic-lupus-erythematosus', 'lymphoma']) {
        expect(rankOf(r, id)).toBeGreaterThan(0);
        expect(rankOf(r, id)).toBeLessThanOrEqual(6);
      }
      expect(rankOf(r, 'polymyalgia-rheumatica')).toBe(0);
      expect(rankOf(r, 'giant-cell-arteritis')).toBe(0);
    });

    test(`bare prolonged fever in a man of 68 (${s}): tuberculosis, PMR and lymphoma lead`, () => {
      // Naito 2013: PMR 9/121 (ages 19-94) with age 50 or over (LR 1.79); Wright 2022: lymphoma 164/2667, tuberculosis
      // 285/2667. PMR stays high in a bare list, as giant cell arteritis and PMR are the commonest specific diagnoses of
      // FUO in the elderly; its absence of shoulder aching now lowers it (below).
      const r = run('prolonged-fever', s, 68, 'male', []);
      expect(rankOf(r, 'tuberculosis')).toBe(1);
      expect(rankOf(r, 'polymyalgia-rheumatica')).toBeLessThanOrEqual(3);
      expect(rankOf(r, 'lymphoma')).toBeLessThanOrEqual(3);
    });
  }
});

describe('classic presentations of prolonged fever (session 30, r3fuo)', () => {
  test('a man of 68 with prolonged fever and no shoulder aching: PMR falls below lymphoma', () => {
    // Macchioni 2014 Table 2: bilateral shoulder aching in 96.3% of 136 PMR patients, capped at 0.895 over the 25% policy
    // background (C, prolonged fever only): LR- 0.14. Before this entry PMR was second whatever the findings.
    const bare = run('prolonged-fever', 'primary-care', 68, 'male', []);
    const r = run('prolonged-fever', 'primary-care', 68, 'male', ['-bilateral-shoulder-aching']);
    expect(p(r, 'polymyalgia-rheumatica')).toBeLessThan(p(bare, 'polymyalgia-rheumatica'));
    expect(p(r, 'polymyalgia-rheumatica')).toBeLessThan(p(r, 'lymphoma'));
  });

  test('a woman of 72 with prolonged fever, bilateral shoulder aching and long morning stiffness: PMR first', () => {
    // Macchioni 2014 (as above), LR+ 3.58 in prolonged fever; Naito 2013 prior 9/121; age 50 or over and female (C).
    const r = run('prolonged-fever', 'primary-care', 72, 'female', ['+bilateral-shoulder-aching', '+morning-stiffness-over-45-minutes']);
    expect(rankOf(r, 'polymyalgia-rheumatica')).toBe(1);
    expect(p(r, 'polymyalgia-rheumatica')).toBeGreaterThan(p(r, 'tuberculosis'));
  });

  test('a woman of 72 with shoulder aching, new headache, jaw claudication and temporal tenderness: GCA above PMR', () => {
    // Giant cell arteritis: jaw claudication LR 4.9, temporal tenderness (van der Geest 2020) and age 50 or over; the
    // shoulder ratio (PMR only) must not put PMR above the arteritis that threatens sight.
    const r = run('prolonged-fever', 'primary-care', 72, 'female', ['+headache', '+jaw-claudication', '+temporal-tenderness', '+bilateral-shoulder-aching']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'polymyalgia-rheumatica'));
  });
});
