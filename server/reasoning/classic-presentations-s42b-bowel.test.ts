/**
 * Session 42b (bowel): one change (irritable bowel syndrome by age in chronic diarrhoea); declines for functional
 * constipation and IBS against alarm features, bowel obstruction in emergency constipation, gastroenteritis, and
 * pancreatic cancer / ulcerative colitis in chronic abdominal pain.
 *
 * CHANGED:
 * - evidence/s42b-bowel.json: irritable-bowel-syndrome x age-under-60, LR+ 1.76, LR- 0.24, grade C, appliesTo diarrhoea,
 *   requiresPresent chronic-diarrhoea. Source: PMID 10468687 (Aliment Pharmacol Ther 1999;13(8):1097-102, citation
 *   unknown-1999-alimentpharmacolther-newly-diagnosed-ibs-gprd, already registered and verified; abstract re-read
 *   2026-12-07 at ncbi.nlm.nih.gov/pubmed/10468687): 2956 newly diagnosed IBS patients aged 20-79 in the UK GPRD,
 *   'only 12% were 60 years or older'. p(under 60 | IBS) = 0.88; background 0.5 (policy gradeCEvenSplitBackground, as
 *   for the same pair in chronic abdominal pain, s33-chronabdo2). LR+ 0.88/0.5 = 1.76, LR- 0.12/0.5 = 0.24. Session 33
 *   kept the pair out of diarrhoea because it would lift IBS for a young adult with acute diarrhoea; requiresPresent
 *   chronic-diarrhoea (loose stools over four weeks) removes that case. IBS's diarrhoea prior (Thompson 2000, 30% of any
 *   GI complaint) carries no age, so before this a man of 70 with chronic diarrhoea, weight loss and rectal bleeding had
 *   IBS first.
 *   Probe (raw chain; the recalibration is off while the knowledge differs from its fit), primary care:
 *   man 70, chronic diarrhoea + weight loss + rectal bleeding: IBS 30.0% (1st) -> 9.3% (3rd); microscopic colitis 21.9%
 *   now first; colorectal cancer 3.4% (5th, unchanged). Woman 30, chronic diarrhoea: IBS 30.0% -> 43.0% (1st both).
 *   Without a recorded chronic diarrhoea (man 70, weight loss, bleeding, iron deficiency anaemia): unchanged
 *   (gastroenteritis 45.0%, IBS 30.0%).
 *
 * CHECKED, NO CHANGE:
 * - Diarrhoea over four weeks already leaves gastroenteritis out: the chronic-diarrhoea finding (duration over 28 days,
 *   Burgers 2020 AAFP) makes the acute-diarrhoea prior (populationWith acute-diarrhoea, usedWhenUnknown) inapplicable and
 *   gastroenteritis is not in `unquantified`, so it is not listed; gastroenteritis x chronic-diarrhoea LR 0.1 also exists
 *   (lead-s13-diarrhoea-duration.json). The dev miss (gastroenteritis 68.4% first) must come from a case whose duration
 *   the engine did not read; no knowledge change can mend that.
 *
 * DECLINED:
 * - Functional constipation / IBS lowered by alarm features: no per-feature frequency pair read. Hammer 2004 (doi
 *   10.1136/gut.2003.021857): abstract gives only adjusted ORs from logistic regression (blood on toilet paper OR 2.7,
 *   age 50 at onset OR 2.65, IBS 214 v lower-GI organic 66), not convertible to a ratio; Table 3 (alarm features by group)
 *   not found in the corpus (Table 2 only). Whitehead 2006 (Aliment Pharmacol Ther 24:137-46, doi
 *   10.1111/j.1365-2036.2006.02956.x, PMID 16803612; abstract read): 'Red flags were reported by 84% of the sample', 'The
 *   positive predictive value of individual red flags for identifying organic disease was 7-9%' against organic
 *   disease of about 2.5% + 2.0% + 1.3%: an implied ratio for the functional group of about 0.6-0.8, but a category-wide
 *   figure from a PPV range, not a frequency in FC or IBS over a frequency without it, and one figure for two
 *   conditions. Jellema 2010, Adelstein 2011, Ford 2008 Gut (alarm features for CRC) weigh only colorectal cancer.
 *   McCulloch 2019 (PMC7079267, PMID 32213069): colorectal cancer in 30% of fast-track referrals aged 55+ with change in
 *   bowel habit plus anaemia or bleeding: a referred population (22% cancer overall), not a primary-care prior.
 * - Bowel obstruction in emergency constipation: vomiting, absent flatus, previous surgery, tenderness already weigh it
 *   there (s24, s29, s35); distension was left out on purpose (bloating is common in FC and IBS). FC's emergency prior is
 *   Bellini's primary-care figure, kept by the session-40 Decision until an emergency constipation cohort is read; no
 *   Böhner 1998 or Eskelinen 1994 ratio with an identifier was read this session.
 * - IBS x age in constipation: not added; no age distribution of the other constipation patients read (FC skews older,
 *   so the even split is doubtful there), and FC, not IBS, leads that list.
 * - Chronic abdominal pain (pancreatic cancer, ulcerative colitis expected): IBS already carries age-under-60 there;
 *   no pancreatic-cancer share among chronic abdominal pain and no measured IBS ratio for rectal bleeding read.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const IBS = 'irritable-bowel-syndrome';
const OLD_CHRONIC = ['+chronic-diarrhoea', '+unintentional-weight-loss', '+rectal-bleeding'];

describe('classic presentations, session 42b (bowel): IBS by age in chronic diarrhoea', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['chronic-diarrhoea', 'acute-diarrhoea', 'unintentional-weight-loss', 'rectal-bleeding', 'iron-deficiency-anaemia', 'age-under-60'], [IBS, 'microscopic-colitis', 'gastroenteritis', 'colorectal-cancer']);
  });

  test('the entry is limited to chronic diarrhoea in the diarrhoea complaint', () => {
    const e = kb.evidence.filter((x) => x.condition === IBS && x.finding === 'age-under-60' && x.appliesTo?.problems.includes('diarrhoea'));
    expect(e).toHaveLength(1);
    expect(e[0]?.requiresPresent).toBe('chronic-diarrhoea');
    expect(e[0]?.lrNegative).toBe(0.24);
    expect(e[0]?.source.citation).toBe('unknown-1999-alimentpharmacolther-newly-diagnosed-ibs-gprd');
  });

  test('a man of 70 with chronic diarrhoea, weight loss and bleeding: IBS no longer first, microscopic colitis above it', () => {
    const r = run('diarrhoea', 'primary-care', 70, 'male', OLD_CHRONIC);
    const step = findingStepOf(r, IBS, 'age-under-60');
    expect(step?.present).toBe(false);
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBe(0.24);
    expect(rankOf(r, IBS)).toBeGreaterThan(1);
    expect(rankOf(r, 'microscopic-colitis')).toBeLessThan(rankOf(r, IBS));
    expect(p(r, IBS)).toBeLessThan(0.15);
    expect(rankOf(r, 'gastroenteritis')).toBe(0);
  });

  test('a woman of 30 with chronic diarrhoea: IBS first and lifted', () => {
    const r = run('diarrhoea', 'primary-care', 30, 'female', ['+chronic-diarrhoea']);
    expect(findingStepOf(r, IBS, 'age-under-60')?.lr).toBe(1.76);
    expect(rankOf(r, IBS)).toBe(1);
  });

  test('not counted without chronic diarrhoea (unknown duration, acute diarrhoea)', () => {
    const unknown = run('diarrhoea', 'primary-care', 70, 'male', ['+unintentional-weight-loss', '+rectal-bleeding', '+iron-deficiency-anaemia']);
    expect(findingStepOf(unknown, IBS, 'age-under-60')?.counted ?? false).toBe(false);
    expect(rankOf(unknown, 'gastroenteritis')).toBe(1);
    const acute = run('diarrhoea', 'primary-care', 25, 'male', ['+acute-diarrhoea']);
    expect(findingStepOf(acute, IBS, 'age-under-60')?.counted ?? false).toBe(false);
    expect(rankOf(acute, 'gastroenteritis')).toBeLessThan(rankOf(acute, IBS) || 99);
  });

  test('chronic abdominal pain keeps its own single age step for IBS', () => {
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 68, 'male', ['+chronic-diarrhoea']);
    const steps = r.differential.find((d) => d.conditionId === IBS)?.steps.filter((s) => s.kind === 'finding' && s.findingId === 'age-under-60' && s.counted) ?? [];
    expect(steps).toHaveLength(1);
  });
});
