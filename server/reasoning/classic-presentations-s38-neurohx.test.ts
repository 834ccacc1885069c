/**
 * Neuro leads (session 38, round 4, curator "neurohx"): headache and focal weakness. Textbook pictures entered as a
 * clinician would (problem, setting, age, sex, findings; no vignette). Order, direction and scope, not percentages.
 *
 * What was wrong:
 * - Focal weakness: a charted headache beside the deficit did not move intracerebral haemorrhage (only the hand-entered
 *   headache-with-focal-neurological-symptoms did). Session 37 withdrew Runchey's headache ratio here because subdural
 *   haematoma, which shares the headache, had no headache ratio in this complaint (s37-tnp header; s27-neuromsk's
 *   anticoagulated faller would have put haemorrhage above the subdural).
 * Changed (evidence/s38-neurohx.json; no new finding or condition):
 * - subdural-haematoma x headache, focal weakness, grade B, LR+ 5.53 / LR- 0.667: headache at presentation in 37.9% of
 *   chronic subdurals aged 50 and over (Bartek 2019 Front Neurol, PMID 31024417, doi 10.3389/fneur.2019.00311,
 *   population-based cohort of 1,252 operated patients, abstract read on a PubMed mirror and frontiersin.org; 86.5%
 *   under 50, so the older figure understates in the young) over headache in 28 of 409 code-stroke patients (Kim 2022
 *   Table 3, PMC8860772, the background s27-neuromsk's migraine entry uses). Ascertainment differs between the two
 *   (neurosurgical charts against code-stroke symptom lists): read as a direction.
 * - intracerebral-haemorrhage x headache, focal weakness, LR+ 2.9, grade A (Runchey 2010 JAMA RCE, PMID 20530782), with
 *   requiresAbsent headache-with-focal-neurological-symptoms (s27-neuromsk counts the same ratio through that finding,
 *   from which headache is derived), so the headache counts once for haemorrhage.
 * Declined:
 * - Ou 2020 (Front Neurol, doi 10.3389/fneur.2020.588242, 1,307 chronic subdurals, trauma against no trauma): only the
 *   abstract's opening was reachable, no symptom frequency read. Huang 2019 (Front Aging Neurosci, doi
 *   10.3389/fnagi.2019.00325, 1,281 Chinese chronic subdurals, headache 58.55%) was read in its abstract but is 85% male
 *   and younger; the population-based Scandinavian figure for 50 and over is the more conservative and was used instead
 *   (one figure per pair). Morales Lara 2018 (headache 35%) still has no identifier.
 * - Subdural haematoma x headache in confusion: confusion's other causes (infection, delirium) were not measured
 *   against the code-stroke background; not entered (lead).
 * - Carbon monoxide poisoning in headache (Zorbalar 2014 Emerg Med J, doi 10.1136/emermed-2012-201712): only the first
 *   page's header and methods opening were readable (scribd copy); the share with SpCO over 10% (6.4% of 483, or 482)
 *   and the symptom comparisons were seen only in secondary reports (a blog, RxWiki) that disagree on the denominator,
 *   and the cohort is February-March only, the reason the headache problem already gives for keeping the policy prior
 *   over PMID 3580051 and Eberhardt 2006. No prior and no ratio entered. Clarke 2012 (BMJ Open, doi
 *   10.1136/bmjopen-2012-000877; four English EDs over 9 months: 6.3% of non-traumatic headache patients positive for CO
 *   exposure, abstract read) is not winter-only but counts exposure (COHb 2.5% in non-smokers), not poisoning, and its
 *   headache denominator was not read: added as a source of headache.json's policy-prior reason only (minimal edit). Keles 2008 (PMID 18460956) symptom frequencies
 *   still lack a background in the same frame (s38-neuro header): not entered.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const BARTEK = 'bartek-2019-frontneurol-csdh-young-vs-older';
const RUNCHEY = 'runchey-2010-jama-haemorrhagic-stroke-rce';

describe('focal weakness: headache for subdural and intracerebral haemorrhage (session 38, neurohx)', () => {
  test('an anticoagulated 82-year-old after a fall with headache and confusion: subdural haematoma above haemorrhage', () => {
    const r = run('focal-weakness', 'emergency', 82, 'male', ['+recent-fall', '+antithrombotic-therapy', '+headache', '+confusion']);
    const sdh = findingStepOf(r, 'subdural-haematoma', 'headache');
    expect(sdh?.counted).toBe(true);
    expect(sdh?.source.citation).toBe(BARTEK);
    expect(rankOf(r, 'subdural-haematoma')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'subdural-haematoma')).toBeLessThan(rankOf(r, 'intracerebral-haemorrhage'));
  });

  test('a charted headache beside the deficit raises haemorrhage and subdural; no headache lowers the subdural', () => {
    const base = run('focal-weakness', 'emergency', 70, 'male', []);
    const headache = run('focal-weakness', 'emergency', 70, 'male', ['+headache']);
    const ich = findingStepOf(headache, 'intracerebral-haemorrhage', 'headache');
    expect(ich?.counted).toBe(true);
    expect(ich?.source.citation).toBe(RUNCHEY);
    expect(probOf(headache, 'intracerebral-haemorrhage')).toBeGreaterThan(probOf(base, 'intracerebral-haemorrhage'));
    expect(probOf(headache, 'subdural-haematoma')).toBeGreaterThan(probOf(base, 'subdural-haematoma'));
    expect(rankOf(headache, 'acute-stroke')).toBe(1);
    const none = run('focal-weakness', 'emergency', 70, 'male', ['-headache']);
    expect(probOf(none, 'subdural-haematoma')).toBeLessThan(probOf(base, 'subdural-haematoma'));
  });

  test('a hand-entered headache with focal symptoms counts once for haemorrhage', () => {
    const r = run('focal-weakness', 'emergency', 70, 'male', ['+headache-with-focal-neurological-symptoms']);
    expect(findingStepOf(r, 'intracerebral-haemorrhage', 'headache')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'intracerebral-haemorrhage', 'headache-with-focal-neurological-symptoms')?.counted).toBe(true);
    const charted = run('focal-weakness', 'emergency', 70, 'male', ['+headache']);
    expect(probOf(r, 'intracerebral-haemorrhage')).toBeCloseTo(probOf(charted, 'intracerebral-haemorrhage'), 6);
  });

  test('the new ratios stay in focal weakness: not in confusion or headache', () => {
    for (const problem of ['confusion', 'headache']) {
      const r = run(problem, 'emergency', 82, 'male', ['+headache', '+recent-fall']);
      const step = findingStepOf(r, 'subdural-haematoma', 'headache');
      expect(step?.counted === true && step.source.citation === BARTEK, problem).toBe(false);
    }
    const c = run('confusion', 'emergency', 82, 'male', ['+headache']);
    expect(findingStepOf(c, 'intracerebral-haemorrhage', 'headache')?.counted ?? false).toBe(false);
  });
});
