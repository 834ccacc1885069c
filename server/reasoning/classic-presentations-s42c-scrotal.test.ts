/**
 * Session 42c (scrotal): no knowledge change. Misses examined: testicular cancer ranked 5 and 7 and hydrocele ranked 5
 * in scrotal pain, with epididymo-orchitis first at about 42% (its Roth 2018 emergency prior, 0.584, used in both
 * settings for pain not known to be over 14 days).
 *
 * CHANGED: nothing (no evidence file, no prior edited).
 *
 * DECLINED:
 * - Fever, dysuria, CRP and burning pain against epididymo-orchitis (Roth 2018, Oman Med J 33(1):55-60, doi
 *   10.5001/omj.2018.10, PMID 29468000, citation roth-2018-omanmedj-acute-scrotum-causes): the abstract (re-read
 *   2026-12-07 at boris.unibe.ch/id/eprint/118232, omjournal.org aId=2085 and the PubMed mirror) says only that 'fever,
 *   dysuria, high leucocyte counts in blood and/or urine, high blood C-reactive protein, and burning pain were
 *   predictive of genital/paragenital infection' in multivariate analysis; no frequency per diagnosis is printed there,
 *   and Tables 1-2 (the per-diagnosis rows a 2x2 needs) were not returned by any of four searches (the stored copies
 *   hold the abstract only). No ratio can be derived; an odds ratio from a multivariate model is not a likelihood ratio.
 *   Even read, a fever or dysuria frequency would lower epididymo-orchitis only where the case records their absence.
 * - Splitting the 0.584 'genital/paragenital infection' prior down to epididymo-orchitis: the share of epididymo-
 *   orchitis inside the category is in the unread full text; no figure, so the broader-category prior stays.
 * - Transillumination for hydrocele: no accuracy study found (search 2026-12-07 returned only textbook and patient
 *   pages saying a hydrocele 'will typically transilluminate'; no sensitivity, specificity or identifier). No finding
 *   added. The existing hydrocele entries (non-tender swelling 2.92 from Kafka 2020's 73% painless enlargement; the
 *   ultrasound finding 3.58) already put hydrocele first for a painless swelling (asserted below).
 * - Testicular cancer presentation (painless mass, heaviness) against a comparison group: none found. Muthuveloe 2016
 *   (SpringerPlus, doi 10.1186/s40064-016-1722-7; 1757 one-stop testicular clinic referrals, 5.6% malignancy) and
 *   Rochester 2008 (Ann R Coll Surg Engl 90(7):565-70, PMID 18701008, PMC2728304; 1017 GP referrals, 20% referred with
 *   'testicular lump', one unsuspected seminoma) give clinic case mix without a per-presentation split, so neither a
 *   ratio nor a prior measured in men with a lump (populationWith) can be read from their abstracts. The Practitioner
 *   2017 summary (UroToday page) of '845 patients ... referred with testicular lumps or pain', cancer 33 (4%), epididymal
 *   cysts 228 (27%), hydrocele 96 (11%), names no primary and shows no identifier: not usable. Rashid 2024 (Cureus
 *   16(10):e72346, doi 10.7759/cureus.72346) abstract cut off before its results.
 * - Scrotal ultrasound accuracy: the tumour and hydrocele ultrasound findings already carry entries; no new figure read.
 * - Chronic pain (over 14 days): testicular cancer takes the policy prior there because Rottenstreich 2017 found no
 *   malignancy among 3084 young men; that is the cited cohort, not changed.
 *
 * Probe (raw chain, this session, no change so before = after): man of 30, emergency, testicular change noticed only:
 * epididymo-orchitis 41.9% first, testicular cancer 20.0% second, hydrocele 19.0% third. Man of 55, painless
 * (non-tender) swelling: hydrocele 22.3% first, epididymo-orchitis 12.7% (x0.1). Man of 30, painless swelling and a
 * testicular change: testicular cancer 33.8% first, hydrocele 33.1%, epididymo-orchitis 12.7% fourth.
 * The guard below records that state, so a later change to it is seen.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ROTH = 'roth-2018-omanmedj-acute-scrotum-causes';

describe('classic presentations, session 42c (scrotal): declines recorded for hydrocele and testicular cancer', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, ['non-tender-scrotal-swelling', 'testicular-change-noticed', 'scrotal-pain-over-14-days'], []);
    expectKnownIds(kb, [], ['epididymo-orchitis', 'hydrocele', 'testicular-cancer', 'varicocele']);
    expect(kb.problems.has('scrotal-pain')).toBe(true);
  });

  test('epididymo-orchitis keeps the Roth 2018 broader-category prior, set aside for pain over 14 days', () => {
    for (const setting of ['emergency', 'primary-care'] as const) {
      const r = run('scrotal-pain', setting, 30, 'male', ['+testicular-change-noticed']);
      const prior = priorStepOf(r, 'epididymo-orchitis');
      expect(prior?.source?.citation).toBe(ROTH);
      expect(prior?.probability).toBeCloseTo(0.584, 3);
      expect(prior?.populationMatch).toBe(setting === 'emergency' ? 'broader-category' : 'other-setting');
    }
    const chronic = run('scrotal-pain', 'primary-care', 30, 'male', ['+scrotal-pain-over-14-days']);
    expect(priorStepOf(chronic, 'epididymo-orchitis')?.source?.citation).not.toBe(ROTH);
  });

  test('a painless swelling puts hydrocele above epididymo-orchitis through the CDC-definition ratio', () => {
    const r = run('scrotal-pain', 'primary-care', 55, 'male', ['+non-tender-scrotal-swelling']);
    expect(rankOf(r, 'hydrocele')).toBe(1);
    expect(p(r, 'hydrocele')).toBeGreaterThan(p(r, 'epididymo-orchitis'));
    expect(findingStepOf(r, 'epididymo-orchitis', 'non-tender-scrotal-swelling')?.lr).toBeCloseTo(0.1, 3);
  });

  test('a painless swelling with a testicular change puts testicular cancer in the first two, above epididymo-orchitis', () => {
    const r = run('scrotal-pain', 'emergency', 30, 'male', ['+non-tender-scrotal-swelling', '+testicular-change-noticed']);
    expect(rankOf(r, 'testicular-cancer')).toBeLessThanOrEqual(2);
    expect(p(r, 'testicular-cancer')).toBeGreaterThan(p(r, 'epididymo-orchitis'));
  });

  test('no unsourced ratio was added: a testicular change alone does not move epididymo-orchitis', () => {
    const r = run('scrotal-pain', 'emergency', 30, 'male', ['+testicular-change-noticed']);
    expect(findingStepOf(r, 'epididymo-orchitis', 'testicular-change-noticed')).toBeUndefined();
    expect(priorStepOf(r, 'testicular-cancer')?.source?.citation).toBe(ROTH);
  });
});
