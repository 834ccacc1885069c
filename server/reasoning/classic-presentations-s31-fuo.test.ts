/**
 * Textbook presentations of prolonged fever (fever of unknown origin) entered as a clinician would (findings only, no
 * vignette), on the real knowledge base (session 31, curator "fuo"). No knowledge was changed in this session: the two
 * presentations that already rank correctly are pinned here as regressions, and the two that do not are recorded below
 * with the reason they could not be corrected from readable literature.
 *
 * Ranked correctly (before and after this session, both settings):
 * - A man of 45 with a systolic murmur and injection drug use, or a prosthetic valve: infective endocarditis first
 *   (prior 62/2667, Wright 2022; murmur LR 2.6, C, Benito 2009; injection drug use LR 2.15, A, Papadimitriou-Olivgeris
 *   2024; prosthetic valve LR 3.5, A). No finding exists for splinter haemorrhages, and no frequency of them in
 *   endocarditis or among other FUO patients was read with an identifier, so none was created.
 * - A woman of 75 with headache, jaw claudication, temple tenderness and an ESR over 40: giant cell arteritis first, above
 *   polymyalgia rheumatica and tuberculosis (van der Geest 2020 and Karahaliou 2006, grade A).
 *
 * Not fixed (gaps):
 * - Renal cell carcinoma in a man of 60 with visible haematuria, flank pain and weight loss ranks 11th (policy prior
 *   0.005; the visible-haematuria ratio of Khadra 2000 is limited to the haematuria complaint). Frequencies read: visible
 *   haematuria 23% of 608 RCC (Vasudev 2020, BMJ Open 10(5):e035938, abstract; no DOI or PMID seen), under the 25% policy
 *   background, so not usable; flank pain 35% and haematuria 26-39% (Sunela 2010 BJU Int) read only in a news report
 *   with no identifier seen; haematuria 40%, flank pain 40%, mass 25%, weight loss 33% in Medscape and CMDT chapters
 *   with no persistent identifier. Even at those values the ratios over the policy background (1.2-1.6) could not lift a
 *   0.005 prior above lymphoma's 164/2667: a share of renal cancer among FUO patients is needed first.
 * - Inflammatory bowel disease in a woman of 28 with chronic diarrhoea, abdominal pain and weight loss ranks 5th (behind
 *   tuberculosis, lymphoma, lupus and infectious mononucleosis). Its diarrhoea ratio in prolonged fever (evidence/s16-fuo,
 *   LR 1.36) counts no Crohn's patient as having diarrhoea, because Perler 2019's Crohn's figure was not readable in the
 *   abstract; a readable Crohn's diarrhoea frequency would strengthen it, but the entry belongs to another file. A ratio on
 *   `chronic-diarrhoea` beside it would count the same symptom twice (chronic diarrhoea implies diarrhoea).
 * - Tuberculosis leads every bare list (285/2667, Wright 2022, Europe and Asia pooled). No Western cohort with a
 *   per-disease count could be read with an identifier in this session either (Bleeker-Rovers 2007, 73 Dutch patients:
 *   categories only, read on the Radboud publication page; Wright 2022's regional counts are not in the abstracts).
 *
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const SETTINGS = ['primary-care', 'emergency'] as const;

describe('classic presentations of prolonged fever (session 31, fuo)', () => {
  for (const s of SETTINGS) {
    test(`a man of 45 with prolonged fever, a murmur and injection drug use (${s}): endocarditis first, above tuberculosis and lymphoma`, () => {
      const r = run('prolonged-fever', s, 45, 'male', ['+systolic-murmur', '+injection-drug-use']);
      expect(rankOf(r, 'infective-endocarditis')).toBe(1);
      expect(p(r, 'infective-endocarditis')).toBeGreaterThan(p(r, 'tuberculosis'));
      expect(p(r, 'infective-endocarditis')).toBeGreaterThan(p(r, 'lymphoma'));
      expect(findingStepOf(r, 'infective-endocarditis', 'injection-drug-use')?.counted).toBe(true);
    });

    test(`a man of 45 with prolonged fever, a murmur and a prosthetic valve (${s}): endocarditis first`, () => {
      const r = run('prolonged-fever', s, 45, 'male', ['+systolic-murmur', '+prosthetic-heart-valve']);
      expect(rankOf(r, 'infective-endocarditis')).toBe(1);
      expect(findingStepOf(r, 'infective-endocarditis', 'prosthetic-heart-valve')?.grade).toBe('A');
    });

    test(`a woman of 75 with prolonged fever, new headache, jaw claudication, temple tenderness and a raised ESR (${s}): giant cell arteritis first`, () => {
      const r = run('prolonged-fever', s, 75, 'female', ['+headache', '+jaw-claudication', '+temporal-tenderness', '+esr-over-40']);
      expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
      expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'polymyalgia-rheumatica'));
      expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'tuberculosis'));
      expect(findingStepOf(r, 'giant-cell-arteritis', 'jaw-claudication')?.grade).toBe('A');
    });
  }
});
