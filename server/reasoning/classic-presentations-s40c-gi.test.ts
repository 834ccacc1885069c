/**
 * Session 40, round 3 (gi-cancer): dysphagia, chronic or recurrent abdominal pain and anaemia. NO KNOWLEDGE WAS CHANGED
 * in this round: no figure that would replace or correct an entry could be read in the source's own text. This file
 * records what was checked and pins only directions that every reading found supports, and the honesty of one label.
 *
 * 1. Dysphagia x oesophago-gastric cancer, primary care (DECLINED). Stapley 2013 (Br J Cancer 108(1):25-31, PMID 23257895,
 *    PMC3553533, doi 10.1038/bjc.2012.551; already registered as stapley-2013-bjc-oesophagogastric-cancer-primary-care-
 *    features) was read in its abstract and Table 2 only (PMC page; ai-bt.com copy of the tables). The age- and sex-specific
 *    PPV table was not reached in six searches. What was read: 'The only PPV >5% in patients >=55 years was for dysphagia.
 *    In patients <55 years, all PPVs were <1%.' Table 2 (whole population, aged 40 or over) prints for dysphagia 2420
 *    (32.4%) cases, 185 (0.6%) controls, then 57.6 (49.7-66.7) and 1.5 (1.3-1.8) under headings not shown in the copy (the
 *    second is probably the PPV in %; not confirmed). The current priors (Jones 2007, oesophageal cancer only, 3-year
 *    window: men 5.7%, women 2.4%, men 55-64/65-74/75-84/85+ 6.0/9.0/7.1/9.7% via Shapley 2010 Table 8, all labelled proxy)
 *    were kept. Engine now: man 72 9.0% (3rd, after reflux 41% and stricture 10%); woman 75 2.4% (3rd); man 45 3.3% (Jones
 *    male 5.7% x Murray 2012 age-under-60 LR 0.56). The man of 45 is three times Stapley's '<1%' bound for under-55s, but an
 *    upper bound is not a point figure, Stapley's bound covers 40-54 only (a figure for 40-54 beside the all-ages male one
 *    would leave a man of 30 (the same 5.7% x 0.56, about 3%) riskier than one of 45), and its 1-year window is not Jones's 3-year one: left for a
 *    curator who can read Stapley's age-sex PPV table.
 * 2. Colorectal cancer in anaemia and in chronic abdominal pain (DECLINED). Astin 2011 (Br J Gen Pract 61(586):e231, PMID
 *    21619747, PMC3080228) was read in its abstract only: pooled PPV anaemia (four studies) 9.7% (3.5-27%), abdominal pain
 *    (three studies) 3.3% (0.7-16%). Its tables (which four anaemia studies, their ages and whether anaemia meant iron
 *    deficiency) were not reached; nor were Hamilton 2008's banded tables (PMC2361444) or Hamilton 2009's age-sex tables
 *    (doi 10.1186/1741-7015-7-17). Anaemia now: man 72 13.2% (Astin 9.7% x Jellema age-50 LR 1.42), woman 25 2.6% (x 0.25).
 *    Readable figures bound it but do not replace it: Boennelykke 2022 (PMID 35864463; already registered) found any new
 *    cancer within 12 months in 7.9% of men and 5.2% of women aged 40-90 with new-onset anaemia in Danish general practice,
 *    so colorectal cancer alone cannot be 13% of such patients; Schop 2019 BMJ Open (doi 10.1136/bmjopen-2019-032930, abstract
 *    read on repub.eur.nl; PMID not seen, not registered) found early colorectal cancer in 8% of 587 patients aged 50 or
 *    over with new iron-deficiency anaemia in Dutch general practice. Astin's 9.7% most likely describes iron-deficient,
 *    older patients (Hamilton 2008's abstract PPVs 13.3% and 7.7% are for iron deficiency), but without its table that is a
 *    reading, not a figure: no split by iron status or age was entered. The Jellema age-50 ratio (lower-GI cohorts) is
 *    left applying in anaemia: narrowing it would leave the age-unstratified 9.7% for a woman of 25. Chronic abdominal pain
 *    keeps Holtedahl 2021's 0.7% (man 72: 1.0%, 10th), which agrees with Hamilton 2005 (1.1%, aged 40+) and Hamilton 2009
 *    (1.2%, men 80+); Astin's 3.3% is pooled from three studies with a 0.7-16% interval and was not preferred.
 * 3. Anaemia of chronic disease: ratios read from an iron-deficient against iron-replete comparison (REPORT ONLY, as
 *    assigned; nothing edited). (a) x ferritin-over-100 (Kis 1998, evidence/depth-v-h7-haem-metabolic-mind.json, sens 0.961,
 *    spec 0.649: LR+ 2.74, LR- 0.06) is the mirror of iron-deficiency-anaemia x ferritin-over-100 (Guyatt 1990, LR 0.13,
 *    evidence/abdominal-anaemia.json): one discrimination, iron stores, counted on both sides (session 37 mirror rule);
 *    Kis's iron-sufficient group also holds renal, B12/folate and unexplained anaemias, which ferritin does not separate
 *    from chronic disease. Keep the iron-deficiency side (its comparison group is most of the complaint's other patients,
 *    80.9% in Schop 2020). Blocked by server/reasoning/threshold-entailment.test.ts, which uses the ACD step. (b) x
 *    soluble-transferrin-receptor-above-reference-range (Infusino 2012, evidence/depth-s13b-gi-haem.json) and (c) x
 *    transferrin-saturation-14-5-percent-or-less and (d) x mch-below-28-pg (Karlsson 2017, same file) are reciprocals of
 *    iron-deficiency ratios. No iron-deficiency entry for these three findings exists, so nothing is counted twice, but they
 *    sit on the wrong side by session 36: the comparison group is iron deficiency only (19.1% of the complaint), so a raised
 *    sTfR, a low saturation or a low MCH lowers chronic disease (x0.26, x0.37, x0.20) without raising renal anaemia, B12
 *    deficiency or myelodysplasia, and a normal value lifts chronic disease (x5.26, x2.47, x2.02) over them although it
 *    does not separate them. The fix is to re-enter each on iron-deficiency-anaemia with the source's own figures (sTfR
 *    LR+ 3.85, LR- 0.19; TSAT <= 14.5% sens 0.70 spec 0.74 and MCH < 28 pg sens 0.56 spec 0.89, both in patients with
 *    inflammation, so with requiresPresent on an inflammation finding if one fits) and withdraw the ACD entries.
 *
 * Leads: Stapley 2013 age-sex PPV table (PMC3553533); Astin 2011 anaemia and abdominal-pain tables (PMC3080228); Hamilton
 * 2008 banded tables (PMC2361444); Hamilton 2009 tables (doi 10.1186/1741-7015-7-17); Boennelykke 2022 colorectal share
 * (PMC9306185); Schop 2019 (doi 10.1136/bmjopen-2019-032930) PMID and full text; Jones 2007 (PMC1871798) under-55 strata.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 40 round 3 (gi-cancer): directions the readings support', () => {
  test('every id used here exists', () => {
    for (const id of ['dysphagia', 'anaemia', 'chronic-or-recurrent-abdominal-pain']) {
      expect(kb.problems.has(id)).toBe(true);
    }
    for (const id of ['oesophagogastric-cancer', 'achalasia', 'eosinophilic-oesophagitis', 'colorectal-cancer', 'iron-deficiency-anaemia']) {
      expect(kb.conditions.has(id)).toBe(true);
    }
  });

  test('the dysphagia priors counted from oesophageal cancer only are never labelled an exact oesophago-gastric figure', () => {
    const oesophagealOnly = new Set(['jones-2007-bmj-alarm-symptoms-cancer-gprd', 'shapley-2010-bjgp-ppv-5-percent-cancer-primary-care-review']);
    for (const prior of kb.problems.get('dysphagia')?.priors['primary-care'] ?? []) {
      if (prior.condition === 'oesophagogastric-cancer' && oesophagealOnly.has(prior.source.citation)) {
        expect(prior.populationMatch).not.toBe('exact');
      }
    }
  });

  test('a man of 72 with dysphagia in primary care: oesophago-gastric cancer above achalasia and eosinophilic oesophagitis', () => {
    // Stapley 2013 abstract: dysphagia the only feature with a PPV over 5% at 55 or over; Jones 2007, men 65-74, 9.0%.
    const r = run('dysphagia', 'primary-care', 72, 'male', []);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeLessThanOrEqual(3);
    expect(p(r, 'oesophagogastric-cancer')).toBeGreaterThan(p(r, 'achalasia'));
    expect(p(r, 'oesophagogastric-cancer')).toBeGreaterThan(p(r, 'eosinophilic-oesophagitis'));
  });

  test('dysphagia in primary care: oesophago-gastric cancer is likelier in an older man than in a woman of the same age', () => {
    // Jones 2007: men 5.7%, women 2.4% (any age); Stapley 2013 introduction: two thirds of these cancers are in men.
    expect(p(run('dysphagia', 'primary-care', 72, 'male', []), 'oesophagogastric-cancer')).toBeGreaterThan(
      p(run('dysphagia', 'primary-care', 72, 'female', []), 'oesophagogastric-cancer'),
    );
  });

  test('a woman of 25 with anaemia in primary care: iron deficiency far above colorectal cancer', () => {
    const r = run('anaemia', 'primary-care', 25, 'female', []);
    expect(p(r, 'iron-deficiency-anaemia')).toBeGreaterThan(2 * p(r, 'colorectal-cancer'));
  });
});
