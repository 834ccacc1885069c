/**
 * Women's complaints (session 38, curator "gyn"): postmenopausal bleeding, vaginal bleeding, vaginal discharge, early
 * pregnancy pain or bleeding and pelvic pain, read against the engine's views of thirteen development misses (described
 * to the curator only as age, setting, complaint, expected diagnosis and the findings read; no vignette opened).
 *
 * What was wrong (and changed):
 * - Ovarian cancer x abdominal bloating (Ebell 2016, Am J Prev Med, PMID 26541098, LR+ 9.3 pooled from mostly
 *   case-control studies; evidence/depth-p-gu-women.json) counted in women whose pelvic pain began more than six months
 *   before. There bloating is common among the other causes: 35% of 987 women referred with chronic pelvic pain meet
 *   Rome I criteria for IBS (Williams 2004, doi 10.1097/01.AOG.0000135275.63494.3d) and 87.4% (n = 209) of the women with IBS
 *   report bloating symptoms (Ringel 2009, Clin Gastroenterol Hepatol, PMID 19124113, doi 10.1016/j.cgh.2008.07.008,
 *   abstract read on PubMed), so at least 0.35 x 0.874 = 0.306 of these women bloat without ovarian cancer, and no ratio
 *   above 1/0.306 = 3.3 is arithmetically possible for bloating there (sensitivity cannot exceed 1).
 * Changed: `requiresAbsent: pelvic-pain-over-6-months` on that one entry (minimal in-place edit of another curator's
 *   file; the number, grade and source are untouched), the reason and both sources recorded on ovarian cancer's
 *   unquantified entry in problems/pelvic-pain.json; citation ringel-2009-clingastroenterolhepatol-bloating-ibs added
 *   (verified, PubMed abstract). Before / after (calibration off; a woman of 45, a year of pelvic pain and bloating,
 *   primary care): ovarian cancer 1.8% (third, both settings) -> 0.2% (19th); the bloating ratio still counts in acute pelvic pain and in
 *   postmenopausal bleeding. Abdominal distension or increased girth (LR+ 16) and loss of appetite (LR+ 9.2) still count
 *   in chronic pelvic pain: no frequency of either among women with chronic pelvic pain was read, and Hamilton 2009
 *   (BMJ, doi 10.1136/bmj.b2998, abstract) keeps distension strongly associated after adjustment for abdominal pain.
 *
 * Declined (with the reason; misses that stay misses):
 * - Cervical and ovarian cancer in postmenopausal bleeding with nothing but age and anaemia: Kim 2017 JKMS (doi
 *   10.3346/jkms.2017.32.5.830, PMC5383617; 792 women, cervical cancer 8.7% then 5.2%) and Jo 2018 (doi
 *   10.4235/agmr.18.0042; over 65: cervical 5.88%, ovarian 1.46%) are Korean hospital gynaecology series from a country
 *   with a higher cervical cancer incidence; Gredmark 1995's Swedish county figures (1.3%, 1.75%) stay. Atrophic
 *   vaginitis: Kim 2017 reports 'atrophy' (51.1%) undivided, the same concept as Gredmark's endometrial atrophy prior
 *   (one figure cannot be two conditions' priors), so it stays on the policy prior.
 * - Interstitial cystitis in chronic pelvic pain: Clemons 2002 (Obstet Gynecol 100(2):337-41, doi
 *   10.1016/s0029-7844(02)02087-2; 17 of 45 women at laparoscopy for chronic pelvic pain, 38%) cannot sit beside
 *   Zondervan's 0.28 and Williams's 0.35 (the sum would be 1.01); frequency and nocturia already carry grade C ratios.
 * - IBS x abdominal bloating (Ringel 2009, 87.4% of women) over the 25% policy background: endometriosis, the other
 *   common chronic cause, bloats as often (96% of 26 laparoscopy-proven cases against 64% of 25 women without it, a
 *   case-control abstract seen as PMID 20085682 without its journal or authors), so a 3.5-fold ratio for IBS alone would
 *   misorder them.
 * - PID in vaginal discharge with fever: the emergency-department PID series read in session 36 gives fever in 24-30%,
 *   under the 25% background; Simms 2003 (PMC1744780) gives only the range of its ratios (0.97-1.73); no per-sign table
 *   was reachable. A PID prior for women with discharge and pelvic pain (Kruszka 2010's 20% in acute pelvic pain) would
 *   take the emergency discharge priors to 1.13 (refused by the sum).
 * - Appendicitis in early pregnancy with acute abdominal pain: appendicitis has no anorexia ratio, but the figures read
 *   say anorexia barely discriminates: sensitivity 68%, specificity 36% (LR+ 1.06) in an emergency-medicine text quoting
 *   Wagner 1996's meta-analysis (barnardhealth.us page, no identifier for the text; Wagner's citation is unverified here),
 *   and 83.75% / 24.61% (LR+ 1.11) in 465 admitted suspected appendicitis (Salari 2007, Pak J Med Sci 23(1):68-70, no
 *   PMID or DOI seen); Andersson 2004 (Br J Surg, doi 10.1002/bjs.4464) table values were not reachable. No entry.
 * - Endometrial cancer and hyperplasia at 30-35, gestational trophoblastic disease with anaemia and vomiting, fibroids in
 *   early pregnancy, inflammatory bowel disease in chronic pelvic pain: no new figure with an identifier was read.
 * Expectations are about direction and scope, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const CHRONIC = 'pelvic-pain-over-6-months';

describe('ovarian cancer x bloating is set aside in chronic pelvic pain (session 38, gyn)', () => {
  test('the bloating entry keeps its number and source and is not applicable with pelvic pain over six months', () => {
    const entries = kb.evidence.filter((e) => e.condition === 'ovarian-cancer' && e.finding === 'abdominal-bloating');
    expect(entries.length).toBe(1);
    expect(entries[0].requiresAbsent).toBe(CHRONIC);
    expect(entries[0].lrPositive).toBe(9.3);
    expect(entries[0].source.citation).toBe('ebell-2016-amjprevmed-ovarian-cancer-symptoms');
  });

  test.each(settings)('a year of pelvic pain with bloating: bloating does not raise ovarian cancer, IBS first (%s)', (setting) => {
    const bare = run('pelvic-pain', setting, 45, 'female', [`+${CHRONIC}`]);
    const bloated = run('pelvic-pain', setting, 45, 'female', [`+${CHRONIC}`, '+abdominal-bloating']);
    expect(findingStepOf(bloated, 'ovarian-cancer', 'abdominal-bloating')?.counted).toBe(false);
    expect(p(bloated, 'ovarian-cancer')).toBeLessThanOrEqual(p(bare, 'ovarian-cancer') * 1.05);
    expect(rankOf(bloated, 'irritable-bowel-syndrome')).toBe(1);
  });

  test.each(settings)('acute pelvic pain with bloating still counts the ratio (%s)', (setting) => {
    const bare = run('pelvic-pain', setting, 55, 'female', []);
    const bloated = run('pelvic-pain', setting, 55, 'female', ['+abdominal-bloating']);
    expect(findingStepOf(bloated, 'ovarian-cancer', 'abdominal-bloating')?.counted).toBe(true);
    expect(p(bloated, 'ovarian-cancer')).toBeGreaterThan(p(bare, 'ovarian-cancer'));
  });

  test.each(settings)('postmenopausal bleeding with bloating still raises ovarian cancer (%s)', (setting) => {
    const bare = run('postmenopausal-bleeding', setting, 62, 'female', []);
    const bloated = run('postmenopausal-bleeding', setting, 62, 'female', ['+abdominal-bloating']);
    expect(findingStepOf(bloated, 'ovarian-cancer', 'abdominal-bloating')?.counted).toBe(true);
    expect(p(bloated, 'ovarian-cancer')).toBeGreaterThan(p(bare, 'ovarian-cancer'));
  });

  // Session 39 (abdo) found the figure this test said was missing: measured distension in 48% of 50 women with IBS
  // (Houghton 2006, doi 10.1053/j.gastro.2006.07.015), a third of chronic pelvic pain referrals, so LR+ 16 cannot hold
  // there; the distension entry now also takes `requiresAbsent: pelvic-pain-over-6-months` (guarded in s39-abdo).
  test.each(settings)('abdominal distension no longer raises ovarian cancer in chronic pelvic pain (session 39: Houghton 2006 sets it aside) (%s)', (setting) => {
    const bare = run('pelvic-pain', setting, 55, 'female', [`+${CHRONIC}`]);
    const distended = run('pelvic-pain', setting, 55, 'female', [`+${CHRONIC}`, '+abdominal-distension-or-increased-girth']);
    expect(findingStepOf(distended, 'ovarian-cancer', 'abdominal-distension-or-increased-girth')?.counted).not.toBe(true);
    expect(p(distended, 'ovarian-cancer')).toBeCloseTo(p(bare, 'ovarian-cancer'), 6);
  });

  test('the reason is recorded on ovarian cancer in the pelvic-pain problem, with both figures cited', () => {
    const u = kb.problems.get('pelvic-pain')!.unquantified.find((x) => x.condition === 'ovarian-cancer');
    const cited = (u?.sources ?? []).map((s) => s.citation);
    expect(cited).toContain('ringel-2009-clingastroenterolhepatol-bloating-ibs');
    expect(cited).toContain('williams-2004-obstetgynecol-ibs-chronic-pelvic-pain');
  });
});
