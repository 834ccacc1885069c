/**
 * Session 39 (gu): haematuria by age in primary care, and age counted twice in vaginal discharge.
 *
 * (1) Haematuria, primary care: bladder and kidney cancer by age and sex. The figures were Jones 2007's all-ages
 * three-year positive predictive values (jones-2007-bmj-alarm-symptoms-cancer-gprd, PMID 17493982, PMC1871798: 472
 * urinary tract cancers after 11,108 first haematurias, 7.4% in men, 3.4% in women; abstract), split bladder : kidney
 * 12 : 0.7 (Khadra 2000), then moved by the age-55 ratio (age-s12-cancer.json: 90% of bladder cancers at 55 or over
 * over an even-split background, LR+ 1.8, LR- 0.2). That background is policy, and it is not this cohort's: 4,177 of
 * Jones's 6,385 men (65%) were 55 or over. The same cohort's age strata were read in Shapley 2010's Table 6
 * (shapley-2010-bjgp-ppv-5-percent-cancer-primary-care-review, PMID 20849687, PMC2930247, doi 10.3399/bjgp10X515412;
 * the review lists the strata with a PPV of 5% or more): men 55-64 8.5% (1104 with haematuria), 65-74 11.2% (1517),
 * 75-84 10.3% (1198), 85 or over 9.2% (358); women 65-74 5.9% (846), 75-84 6.8% (688), 85 or over 8.5% (293). They are
 * entered as priors for those strata (same Khadra split), readAs secondary (the review quotes Jones 2007); the age-55
 * ratio is then not counted (the stratum holds the age). Younger patients keep the all-ages figure times the age ratio:
 * its age range ("15 or over") was dropped so that kb:check can tell it from the age-and-sex strata (the dysphagia
 * precedent of session 29). Effect: a man of 60 goes from 6.99% x 1.8 to 8.03%, a man of 70 to 10.6%.
 * Known limit: women 55-64 are not in the review's table (their PPV was under 5%), so they keep 3.21% x 1.8 = 5.8%,
 * slightly above the 65-74 stratum. DECLINED: residual strata (men 15-54: (472 - 420)/(6385 - 4177) = 2.35%; women
 * 15-64: 1.4%) computed from the rounded percentages: the men's band would raise bladder cancer for a man of 24 (a
 * 15-54 figure counted without the age step), while the published under-40 series (Bruyninckx 2003) found none.
 *
 * (2) Vaginal discharge: candidiasis and bacterial vaginosis x age under 50 (age-s12-women.json, 'mostly women of
 * childbearing/reproductive age' mapped to 0.895 over the even-split 50%, LR+ 1.79) counted on top of the Berg 1984
 * figures (berg-1984-jama-genitourinary-symptoms-family-practice), while the complaint's priors are already split by
 * menopausal status (spinillo-1997-maturitas-postmenopausal-vaginitis-clinic for postmenopausal women). In a woman of
 * reproductive age the step counted her age a second time and put candidiasis (27% x 1.79) and bacterial vaginosis
 * (21% x 1.79) above the cohort's commonest finding, no infection (34%). Both entries were narrowed in place to dysuria
 * (appliesTo.problems), whose priors carry no age or menopausal stratum.
 *
 * (3) Vaginal bleeding, primary care: bleeding disorders. The prior (10.7%, dilley-2001-obstetgynecol-bleeding-disorders-
 * menorrhagia, PMID 11275041: 121 women with diagnosed menorrhagia in a US HMO, all tested) stood in for every woman with
 * vaginal bleeding, and for a woman with heavy bleeding the heavy-bleeding ratio (3.24, WiN study) was multiplied on top
 * of a figure already measured in heavy bleeders. It now carries populationWith: heavy-menstrual-bleeding (session 31
 * rule), so that ratio is not counted beside it; bleeding-disorder is listed as unquantified for the other women (policy
 * prior for a usual cause), with Dilley and sabre-2021-jturkgergynecolassoc-aub-palm-coein-bronx (PMID 33631875: no
 * AUB-C among 390 outpatients with abnormal uterine bleeding, one PALM-COEIN category each) as the reason's sources.
 *
 * Leads not reached here (see the session report): Rottenstreich 2017's age range (scrotal pain over 14 days: the
 * 54.1% varicocele figure still holds for a man of 63; the pages read show only 'young males' in military primary care);
 * a fever frequency for acute cystitis (a febrile man with dysuria keeps cystitis first: 'not typically associated with
 * fever' is not a frequency class); a measured pelvic pain or fever background among women with vaginal discharge (PID
 * sits on the policy prior there).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, listedProbOf, presentationRunner, priorStepOf, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const SHAPLEY = 'shapley-2010-bjgp-ppv-5-percent-cancer-primary-care-review';

describe('classic presentations, session 39 (gu)', () => {
  test('every id used here exists', () => {
    for (const id of ['visible-haematuria', 'dysuria', 'age-55-or-over', 'age-under-50']) {
      expect(kb.findings.has(id)).toBe(true);
    }
    for (const id of ['bladder-cancer', 'renal-cancer', 'vulvovaginal-candidiasis', 'bacterial-vaginosis', 'physiological-vaginal-discharge']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
    expect(kb.citations.has(SHAPLEY)).toBe(true);
  });

  test('haematuria in primary care: Jones 2007 age strata for bladder and kidney cancer, read in Shapley 2010 Table 6', () => {
    const pc = kb.problems.get('haematuria')!.priors['primary-care'] ?? [];
    const bands: [string, number, number | undefined][] = [
      ['male', 55, 64],
      ['male', 65, 74],
      ['male', 75, 84],
      ['male', 85, undefined],
      ['female', 65, 74],
      ['female', 75, 84],
      ['female', 85, undefined],
    ];
    for (const [sex, min, max] of bands) {
      const of = (c: string) => pc.filter((x) => x.condition === c && x.populationSex === sex && x.populationAgeYears?.min === min && x.populationAgeYears?.max === max);
      const bl = of('bladder-cancer');
      const rc = of('renal-cancer');
      expect(bl.length).toBe(1);
      expect(rc.length).toBe(1);
      expect(bl[0].source.citation).toBe(SHAPLEY);
      expect(bl[0].source.locator).toMatch(/Table 6/);
      expect(bl[0].source.locator).toMatch(/Jones/);
      // the Khadra split of the urinary tract figure, as for the all-ages figure
      expect(bl[0].probability / rc[0].probability).toBeCloseTo(12 / 0.7, 0);
    }
    // the all-ages figures of the same cohort stay, by sex only, for the ages the review does not list
    for (const c of ['bladder-cancer', 'renal-cancer']) {
      const all = pc.filter((x) => x.condition === c && x.source.citation === 'jones-2007-bmj-alarm-symptoms-cancer-gprd');
      expect(all.length).toBe(2);
      for (const x of all) {
        expect(x.populationAgeYears).toBeUndefined();
      }
    }
    const citation = kb.citations.get(SHAPLEY)!;
    expect(citation.verification?.readIn).toMatch(/tbl6/);
  });

  test('a man of 60 with haematuria in primary care: the 55-64 stratum is used and the age-55 ratio is not counted beside it', () => {
    const r = run('haematuria', 'primary-care', 60, 'male', []);
    expect(priorStepOf(r, 'bladder-cancer')?.probability).toBeCloseTo(0.0803, 3);
    expect(findingStepOf(r, 'bladder-cancer', 'age-55-or-over')?.counted).toBe(false);
  });

  test('bladder cancer follows the cohort: a man of 70 above a man of 60; a woman of 70 below a man of 70', () => {
    const m60 = run('haematuria', 'primary-care', 60, 'male', []);
    const m70 = run('haematuria', 'primary-care', 70, 'male', []);
    const f70 = run('haematuria', 'primary-care', 70, 'female', []);
    expect(p(m70, 'bladder-cancer')).toBeGreaterThan(p(m60, 'bladder-cancer') * 1.15);
    expect(p(f70, 'bladder-cancer')).toBeLessThan(p(m70, 'bladder-cancer'));
  });

  test('a man of 70 with painless visible haematuria in primary care: bladder cancer first', () => {
    const r = run('haematuria', 'primary-care', 70, 'male', ['+visible-haematuria', '-dysuria']);
    expect(rankOf(r, 'bladder-cancer')).toBe(1);
  });

  test('a man of 30 with haematuria in primary care keeps the all-ages figure with the age step (no stratum under 55 was published)', () => {
    const r = run('haematuria', 'primary-care', 30, 'male', []);
    expect(priorStepOf(r, 'bladder-cancer')?.probability).toBeCloseTo(0.0699, 3);
    expect(findingStepOf(r, 'bladder-cancer', 'age-55-or-over')?.counted).toBe(true);
    expect(p(r, 'bladder-cancer')).toBeLessThan(p(run('haematuria', 'primary-care', 60, 'male', []), 'bladder-cancer'));
  });

  test('candidiasis and bacterial vaginosis x age under 50: limited to dysuria', () => {
    for (const c of ['vulvovaginal-candidiasis', 'bacterial-vaginosis']) {
      const entries = kb.evidence.filter((e) => e.condition === c && e.finding === 'age-under-50');
      expect(entries.length).toBe(1);
      expect(entries[0].appliesTo?.problems).toEqual(['dysuria']);
    }
  });

  test('a woman of 30 with vaginal discharge in primary care: no infection (34%) first, as in the cohort; the age step is not counted there', () => {
    const r = run('vaginal-discharge', 'primary-care', 30, 'female', []);
    expect(rankOf(r, 'physiological-vaginal-discharge')).toBe(1);
    expect(listedProbOf(r, 'vulvovaginal-candidiasis')).toBeGreaterThan(p(r, 'bacterial-vaginosis'));
    expect(findingStepOf(r, 'vulvovaginal-candidiasis', 'age-under-50')?.counted ?? false).toBe(false);
  });

  test('a woman of 30 with dysuria: the age step still counts for candidiasis there', () => {
    const r = run('dysuria', 'primary-care', 30, 'female', []);
    expect(findingStepOf(r, 'vulvovaginal-candidiasis', 'age-under-50')?.counted).toBe(true);
  });

  test('vaginal bleeding: the menorrhagia figure for bleeding disorders is used only with heavy menstrual bleeding', () => {
    const vb = kb.problems.get('vaginal-bleeding')!;
    const pr = (vb.priors['primary-care'] ?? []).filter((x) => x.condition === 'bleeding-disorder');
    expect(pr.length).toBe(1);
    expect(pr[0].source.citation).toBe('dilley-2001-obstetgynecol-bleeding-disorders-menorrhagia');
    expect(pr[0].populationWith).toBe('heavy-menstrual-bleeding');
    const u = vb.unquantified.find((x) => x.condition === 'bleeding-disorder');
    expect(u?.sources?.map((s) => s.citation)).toEqual(['dilley-2001-obstetgynecol-bleeding-disorders-menorrhagia', 'sabre-2021-jturkgergynecolassoc-aub-palm-coein-bronx']);
  });

  test('a woman of 36 with heavy menstrual bleeding: the menorrhagia figure, without the heavy-bleeding ratio on top; without it, lower', () => {
    const heavy = run('vaginal-bleeding', 'primary-care', 36, 'female', ['+heavy-menstrual-bleeding']);
    const bare = run('vaginal-bleeding', 'primary-care', 36, 'female', []);
    const inter = run('vaginal-bleeding', 'primary-care', 36, 'female', ['+intermenstrual-bleeding']);
    expect(priorStepOf(heavy, 'bleeding-disorder')?.probability).toBeCloseTo(0.107, 3);
    expect(findingStepOf(heavy, 'bleeding-disorder', 'heavy-menstrual-bleeding')?.counted).toBe(false);
    expect(p(bare, 'bleeding-disorder')).toBeLessThan(p(heavy, 'bleeding-disorder'));
    expect(p(inter, 'bleeding-disorder')).toBeLessThan(p(heavy, 'bleeding-disorder'));
    expect(rankOf(bare, 'bleeding-disorder')).toBeGreaterThan(rankOf(bare, 'anovulatory-uterine-bleeding'));
  });
});
