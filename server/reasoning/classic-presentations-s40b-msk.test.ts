/**
 * Session 40, round 2 (msk): neck, knee, low back, joint and shoulder pain. NO KNOWLEDGE CHANGE was made in this round:
 * no replacement prior or ratio could be read, with a persistent identifier seen, in a source whose population is the
 * complaint in the setting. The search tool returns the opening of each stored page (abstract, first section), so tables
 * and discussion sections of the candidate cohorts stayed unread. This guard pins the textbook directions the round-2
 * cases rely on, so that a later change cannot silently undo them. No evidence file (evidence/s40b-msk.json) was created.
 *
 * PART A, primary-care priors borrowed from another setting or a proxy (all kept; each reason):
 * - Shoulder pain (adhesive capsulitis 0.11, glenohumeral osteoarthritis 0.04, instability 0.08, Juel 2014 secondary
 *   care): Östör 2005 (Rheumatology 44(6):800-805) abstract re-read at pure.cardiffmet.ac.uk (adhesive capsulitis 15%,
 *   acromioclavicular disease 24%, rotator cuff tendinopathy 85%, referred pain 7% of shoulder-pain patients in two
 *   Cambridge practices; shares overlap): its DOI field is empty and no PMID or DOI was shown on any page found (title
 *   searched verbatim; code search for the title: no hit), so it is still not registered. Van der Windt 1995 (Ann Rheum
 *   Dis 54:959-964): only the abstract's rotator cuff 29% is readable; its diagnosis table (capsulitis, bursitis,
 *   instability) is beyond the page openings and no identifier was shown (pure.eur.nl, ichgcp.net, vdocument.in).
 *   Juel 2014's comparison with the three primary-care studies is in its discussion, not reached. Tekavec 2012 (doi
 *   10.1186/1471-2474-13-238, Swedish ICD M75 consulters) and Linsell 2006 (PMID 16263781, doi
 *   10.1093/rheumatology/kei139, UK GP database) give no diagnosis shares in their abstracts.
 * - Neck pain (whiplash 0.21 and non-specific 0.725 from Vos 2008; radiculopathy 0.041 from Radhakrishnan 1994 over a
 *   Dutch consultation rate): no primary-care or emergency neck-pain cohort with cause shares was found. Kovacs 2019
 *   (doi 10.1186/s12891-019-2962-9; 3,225 patients seeking care for neck pain in 47 Spanish centres) names the clinical
 *   diagnoses (non-specific, disc herniation, stenosis) but their shares are in its tables, not reached. Mansfield 2020
 *   (PMID 32710604, doi 10.1002/msc.1498) pools radiculopathy incidence 0.832-1.79 per 1,000 person-years (population
 *   figures, not a share of neck-pain consulters): it brackets the incidence already used, so the 0.041 derivation stays.
 * - Knee pain (osteoarthritis 0.33, Peat 2006 population sample of over-50s with knee pain): Peat 2006 (PMC1798313)
 *   re-read: its abstract gives only the population sample; no share of osteoarthritis among GP knee consulters was read
 *   (Peat 2001 review, doi 10.1136/ard.60.2.91, gives population figures; Bedson 2005 gives a population prevalence).
 * - Low back pain (stenosis 0.03 and disc herniation 0.02, proxies from the Deyo 1992 chapter; vertebral fracture 0.05
 *   over 55 from Enthoven 2016): the ACP/APS guideline (Chou 2007) and Jarvik & Deyo 2002 state about 3% stenosis and 4%
 *   herniated disc in primary care, but only their openings were reachable (the sentence was seen only in unattributed
 *   summaries), so nothing is cited from them. Jensen 2020 (PMID 32095908, doi 10.1007/s00586-020-06339-1) re-read:
 *   clinical stenosis 25% (95% CI 19-32%) "in patients from primary care", with no complaint or age stated for those
 *   samples: declined again (not a prior for all back pain). NOTE for the next curator: the stenosis prior's locator
 *   says it is Deyo's spondylolisthesis 3% used as a proxy, a different condition; replace it once Chou 2007's or Jarvik
 *   & Deyo's primary-care sentence is read in the source.
 * - Joint pain (osteoarthritis 0.201, RA 0.111 from Gärtner 2012; psoriatic and reactive arthritis from the Leiden early
 *   arthritis clinic): no primary-care cohort of joint pain with cause shares was found.
 *
 * PART B, wrong diagnoses at 40% or more (audited; nothing shown wrong by the precedents):
 * - v-032 (low back pain at 26, axial spondyloarthritis expected): the raising ratio is non-specific low back pain x
 *   sciatica absent, LR- 1.30 (grade C, Verhagen 2016 definition over the 25% policy background,
 *   evidence/depth-s13b-msk.json). It is a definitional entry of the complaint's catch-all, not a ratio read in another
 *   complaint or a two-group comparison, and no measured frequency of sciatica among the complaint's other patients was
 *   found to replace the background; kept. The AS prior for chronic pain under 45 (Tobar Jaramillo 2024) applies.
 * - v-226, v-228, v-278, v-621, v-622 (neck pain): the non-specific prior 0.725 is raised by nothing; its emergency use
 *   is the engine's other-setting fallback (no emergency neck-pain figure exists). With the textbook finding recorded the
 *   expected cause moves up (guarded below: collision for whiplash, history of cancer for malignancy, an injury at 82
 *   for fracture); without it, no finding names the cause.
 * - v-358 (68-year-old man, stenosis expected): age over 65 counts (Suri 2010); with neurogenic claudication stenosis is
 *   first (guarded below). v-612 (emergency, vertebral fracture): Galliker 2020 and Edwards 2018 are exact; nothing raised.
 *
 * PART C, leads: Margaretten 2007 (PMID 17405973): only the emottawablog summary and Carpenter 2011's (PMC3229263)
 * opening were reachable, no row figures: its rows stay unverified. Henschke 2009 (doi 10.1002/art.24853): "80% had at
 * least one red flag" is a composite over the whole cohort; per-flag frequencies (which would be a measured background
 * for the serious causes' grade C ratios, the complaint's own cohort) are in its tables, unread. Kovacs 2019: see above.
 * Structural lead: whiplash-associated disorder keeps its 0.21 prior whenever no collision is recorded (20.5% at 59 with
 * a history of cancer and no trauma; it drops to 3.5% when the collision is recorded as absent); a prior conditioned on
 * the mechanism, as session 31 did for the NEXUS fracture prior, would need a neck-pain share without a collision.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, priorStepOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 round 2 (msk)', () => {
  test('every id used here exists', () => {
    for (const id of ['whiplash-mechanism-neck-injury', 'neck-injury', 'history-of-cancer', 'neurogenic-claudication', 'age-over-65']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['whiplash-associated-disorder', 'nonspecific-neck-pain', 'spinal-malignancy', 'cervical-spine-fracture', 'lumbar-spinal-stenosis']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('emergency neck pain after a whiplash-type collision: whiplash-associated disorder leads non-specific neck pain', () => {
    const r = run('neck-pain', 'emergency', 31, 'female', ['+whiplash-mechanism-neck-injury']);
    expect(rankOf(r, 'whiplash-associated-disorder')).toBe(1);
    const step = findingStepOf(r, 'nonspecific-neck-pain', 'whiplash-mechanism-neck-injury');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 1).toBeLessThan(1);
  });

  test('a collision recorded as absent takes whiplash-associated disorder down', () => {
    const base = run('neck-pain', 'primary-care', 59, 'female', []);
    const noCollision = run('neck-pain', 'primary-care', 59, 'female', ['-whiplash-mechanism-neck-injury']);
    expect(listedProbOf(noCollision, 'whiplash-associated-disorder')).toBeLessThan(listedProbOf(base, 'whiplash-associated-disorder'));
  });

  test('neck pain at 59 with a history of cancer: the history counts for spinal malignancy', () => {
    const base = run('neck-pain', 'emergency', 59, 'female', []);
    const r = run('neck-pain', 'emergency', 59, 'female', ['+history-of-cancer']);
    const step = findingStepOf(r, 'spinal-malignancy', 'history-of-cancer');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 0).toBeGreaterThan(1);
    expect(listedProbOf(r, 'spinal-malignancy')).toBeGreaterThan(listedProbOf(base, 'spinal-malignancy'));
    expect(rankOf(r, 'spinal-malignancy')).toBeLessThan(rankOf(base, 'spinal-malignancy'));
  });

  test('neck pain after an injury at 82: the injured-neck fracture prior is used, and the injury counts against non-specific pain', () => {
    const r = run('neck-pain', 'emergency', 82, 'female', ['+neck-injury']);
    expect(priorStepOf(r, 'cervical-spine-fracture')?.source?.citation).toBe('hoffman-2000-nejm-nexus-cervical-spine');
    expect(findingStepOf(r, 'cervical-spine-fracture', 'age-over-65')?.counted).toBe(true);
    const step = findingStepOf(r, 'nonspecific-neck-pain', 'neck-injury');
    expect(step?.counted).toBe(true);
    expect(step?.lr ?? 1).toBeLessThan(1);
  });

  test('low back pain at 68 with neurogenic claudication: lumbar spinal stenosis is first', () => {
    const r = run('low-back-pain', 'primary-care', 68, 'male', ['+neurogenic-claudication']);
    expect(findingStepOf(r, 'lumbar-spinal-stenosis', 'neurogenic-claudication')?.counted).toBe(true);
    expect(rankOf(r, 'lumbar-spinal-stenosis')).toBe(1);
  });
});
