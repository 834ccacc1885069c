/**
 * Textbook presentations of anaemia, jaundice, nausea and vomiting, vaginal discharge and diarrhoea, entered as a
 * clinician would (findings only, no vignette), on the real knowledge base (session 29, round-3 curator r3gen).
 * Gaps found and fixed: a positive pregnancy test gave nausea and vomiting of pregnancy no step (it stayed third behind
 * gastroenteritis and gastritis); a glucose above 13.9 mmol/L gave diabetic ketoacidosis no step in nausea and
 * vomiting; diarrhoea recorded as acute left irritable bowel syndrome second at its prior; a recorded iron deficiency
 * anaemia (the finding) did not establish the condition, which stayed at its prior below anaemia of chronic disease.
 * Expectations are about order within one run, or modest factors between two runs, since the recalibration is refitted
 * whenever the knowledge changes (slope about 0.63 on the log odds).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('nausea and vomiting (session 29, r3gen)', () => {
  test('a 26-year-old woman in primary care with vomiting and a positive urine pregnancy test: nausea and vomiting of pregnancy leads, above gastroenteritis', () => {
    // Nausea and vomiting of pregnancy is a condition of pregnant women by definition (ACOG Practice Bulletin 189, PMID
    // 29266076): a positive test is obligate, entered at the capped 0.895; 8.6% of ED visits by women aged 15-44 are by
    // pregnant patients (Preiksaitis 2024, doi 10.5811/westjem.60461): LR+ 0.895/0.086 = 10.4. Without the test,
    // gastroenteritis (13%, Viniol 2014 proxy) leads over the policy prior of pregnancy sickness.
    const r = run('nausea-and-vomiting', 'primary-care', 26, 'female', ['+urine-hcg-positive']);
    const bare = run('nausea-and-vomiting', 'primary-care', 26, 'female', []);
    expect(rankOf(r, 'hyperemesis-gravidarum')).toBe(1);
    expect(p(r, 'hyperemesis-gravidarum')).toBeGreaterThan(p(r, 'gastroenteritis'));
    expect(p(bare, 'gastroenteritis')).toBeGreaterThan(p(bare, 'hyperemesis-gravidarum'));
  });

  test('a negative pregnancy test lowers nausea and vomiting of pregnancy', () => {
    // Same entry, LR- 0.105/0.914 = 0.115 (about 0.26 after recalibration).
    const bare = run('nausea-and-vomiting', 'primary-care', 26, 'female', []);
    const negative = run('nausea-and-vomiting', 'primary-care', 26, 'female', ['-urine-hcg-positive']);
    expect(p(negative, 'hyperemesis-gravidarum')).toBeLessThan(p(bare, 'hyperemesis-gravidarum') * 0.6);
  });

  test('a 22-year-old man with known diabetes, thirst and polyuria, abdominal pain, ketonuria, glucose over 13.9 mmol/L and no diarrhoea: DKA in the top two, above gastritis, and higher than without the glucose', () => {
    // Kitabchi 2009 (ADA consensus) Table 1: plasma glucose > 250 mg/dL is a DKA criterion (obligate, capped 0.895,
    // over the 0.25 policy background): LR+ 3.58. Razavi 2017 polyuria 3.44, Gaikwad 2020 abdominal pain 2.8; Morens
    // 1979: no diarrhoea LR- 0.467 for gastroenteritis. Still close to gastroenteritis: no readable source gave the share
    // of known diabetes among DKA episodes with an identifier (Dhatariya 2016 Diabet Med, 6.1% newly diagnosed, not
    // registered), so DKA is not asserted first.
    const findings = ['+history-of-diabetes-mellitus', '+polyuria-or-polydipsia-symptom', '+abdominal-pain', '+urine-ketones-positive', '-diarrhoea'];
    const withGlucose = run('nausea-and-vomiting', 'emergency', 22, 'male', [...findings, '+glucose-over-13-9']);
    const withoutGlucose = run('nausea-and-vomiting', 'emergency', 22, 'male', findings);
    expect(rankOf(withGlucose, 'diabetic-ketoacidosis')).toBeGreaterThan(0);
    expect(rankOf(withGlucose, 'diabetic-ketoacidosis')).toBeLessThanOrEqual(2);
    expect(p(withGlucose, 'diabetic-ketoacidosis')).toBeGreaterThan(p(withGlucose, 'gastritis'));
    expect(p(withGlucose, 'diabetic-ketoacidosis')).toBeGreaterThan(p(withoutGlucose, 'diabetic-ketoacidosis') * 1.5);
  });

  test('glucose 11.1 mmol/L or more, urine ketones 2+ and bicarbonate below 18 establish DKA (2024 consensus definition)', () => {
    const r = run('nausea-and-vomiting', 'emergency', 22, 'male', ['+glucose-11-1-or-more', '+urine-ketones-2-plus-or-more', '+bicarbonate-below-18']);
    expect(r.established.map((e) => e.conditionId)).toContain('diabetic-ketoacidosis');
  });

  test('a 70-year-old man in the emergency department with vomiting, previous abdominal surgery, constipation, distension, abdominal pain and no diarrhoea: bowel obstruction leads', () => {
    // Taylor & Lalani 2013 (Acad Emerg Med): previous abdominal surgery LR+ 2.7, constipation LR+ 3.7; Markogiannakis
    // 2007 distension 65.3% (LR+ 2.61); Morens 1979: no diarrhoea LR- 0.467 for gastroenteritis.
    const r = run('nausea-and-vomiting', 'emergency', 70, 'male', ['+history-of-abdominal-surgery', '+constipation', '+abdominal-distension-or-increased-girth', '+abdominal-pain', '-diarrhoea']);
    expect(rankOf(r, 'bowel-obstruction')).toBe(1);
  });
});

describe('diarrhoea (session 29, r3gen)', () => {
  test('a 30-year-old man with diarrhoea recorded as acute after travel abroad: irritable bowel syndrome falls out of the top three', () => {
    // Rome IV (Ikee 2019 Table 1, criterion 1): IBS requires recurrent abdominal pain over the last 3 months, so acute
    // diarrhoea is outside the definition: very rare class 0.025 over the 0.25 policy, LR+ 0.1 (about 0.23 after
    // recalibration). Graves 2013: acute diarrhoea LR+ 3.58 for gastroenteritis.
    const acute = run('diarrhoea', 'primary-care', 30, 'male', ['+acute-diarrhoea', '+recent-travel-abroad']);
    const unspecified = run('diarrhoea', 'primary-care', 30, 'male', ['+recent-travel-abroad']);
    expect(rankOf(acute, 'gastroenteritis')).toBe(1);
    expect(rankOf(acute, 'irritable-bowel-syndrome')).toBeGreaterThan(3);
    expect(p(acute, 'irritable-bowel-syndrome')).toBeLessThan(p(unspecified, 'irritable-bowel-syndrome') * 0.5);
  });

  test('a 75-year-old woman in the emergency department with diarrhoea after antibiotics and a recent admission: C. difficile infection leads the causes other than acute gastroenteritis', () => {
    // Abrahamian 2017 (ED diarrhoea): recent antibiotics LR+ 2.49 (grade B); Manzoor 2023: admission in the past 3
    // months LR+ 2.14; prior 10.2% of ED diarrhoea. Since knowledge 2.160.0 acute gastroenteritis's emergency prior is
    // the share of acute community-acquired diarrhoea (Jabak 2022, an upper bound) and stays first.
    const r = run('diarrhoea', 'emergency', 75, 'female', ['+recent-antibiotic-use', '+hospital-admission-past-3-months']);
    expect(r.differential.filter((d) => d.conditionId !== 'gastroenteritis')[0].conditionId).toBe('clostridioides-difficile-infection');
  });

  test('a 28-year-old woman with chronic bloody diarrhoea, urgency and a faecal calprotectin of 50 or more: inflammatory bowel disease leads', () => {
    // Freeman 2021: calprotectin >= 50 sensitivity 0.929, specificity 0.615; Perler 2019: rectal bleeding LR+ 2.5,
    // urgency 2.8.
    const r = run('diarrhoea', 'primary-care', 28, 'female', ['+chronic-diarrhoea', '+rectal-bleeding', '+faecal-urgency', '+faecal-calprotectin-50-or-more']);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBe(1);
  });

  test('a 35-year-old woman with chronic diarrhoea, weight loss, anaemia, low ferritin and a positive tissue transglutaminase IgA: coeliac disease leads', () => {
    // van der Windt 2010 (JAMA): tTG IgA LR+ 37.7.
    const r = run('diarrhoea', 'primary-care', 35, 'female', ['+chronic-diarrhoea', '+ferritin-45-or-less', '+haemoglobin-below-120', '+unintentional-weight-loss', '+ttg-iga-positive']);
    expect(rankOf(r, 'coeliac-disease')).toBe(1);
  });
});

describe('anaemia (session 29, r3gen)', () => {
  test('a 72-year-old man with a recorded iron deficiency anaemia: the condition is established and colorectal cancer stays listed', () => {
    // AGA 2020 (Ko): iron deficiency anaemia = anaemia (WHO thresholds) with ferritin 45 ng/mL or less; the finding is
    // read from that definition or a coded diagnosis, so it now meets the condition's definition; Astin 2011: pooled PPV
    // of anaemia for colorectal cancer 9.7%.
    const r = run('anaemia', 'primary-care', 72, 'male', ['+iron-deficiency-anaemia']);
    expect(r.established.map((e) => e.conditionId)).toContain('iron-deficiency-anaemia');
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(0);
    expect(rankOf(r, 'colorectal-cancer')).toBeGreaterThan(0);
  });

  test('a 34-year-old woman with heavy periods, ferritin 15 or less and MCV 75 or less: iron deficiency anaemia leads', () => {
    // Guyatt 1992 (J Gen Intern Med): ferritin <= 15 LR 52, MCV <= 75 LR 3.3.
    const r = run('anaemia', 'primary-care', 34, 'female', ['+ferritin-15-or-less', '+mcv-75-or-less', '+heavy-menstrual-bleeding']);
    expect(rankOf(r, 'iron-deficiency-anaemia')).toBe(1);
  });

  test('a 60-year-old woman with a chronic inflammatory disease and ferritin over 100: anaemia of chronic disease leads', () => {
    // Kis 1998 (J Gen Intern Med): ferritin > 100 sensitivity 0.961, specificity 0.649; chronic inflammatory, infective
    // or malignant disease LR+ 3.58 (grade C).
    const r = run('anaemia', 'primary-care', 60, 'female', ['+chronic-inflammatory-infective-or-malignant-disease', '+ferritin-over-100']);
    expect(rankOf(r, 'anaemia-of-chronic-disease')).toBe(1);
  });

  test('a 30-year-old man in the emergency department with anaemia, jaundice, reticulocytosis, a raised LDH and a haptoglobin of 25 or less: haemolytic anaemia leads', () => {
    // Marchand 1980 (JAMA): haptoglobin <= 25 mg/dL sensitivity 0.83, specificity 0.96; Xue 2023: reticulocytes LR+ 3.9,
    // LDH LR+ 3.8, jaundice LR+ 3.42 (grade C).
    const r = run('anaemia', 'emergency', 30, 'male', ['+jaundice', '+reticulocytes-above-reference-range', '+ldh-above-reference-range', '+haptoglobin-25-or-less']);
    expect(rankOf(r, 'haemolytic-anaemia')).toBe(1);
  });
});

describe('jaundice (session 29, r3gen)', () => {
  test('a 72-year-old man with painless jaundice, conjugated hyperbilirubinaemia and weight loss: pancreatic cancer in the top two', () => {
    // Porta 2005: weight loss LR+ 3.4 for pancreatic cancer among jaundice; Fargo 2017: conjugated fraction LR+ 1.8 for
    // pancreatic cancer and, since round 4 (session 29), for choledocholithiasis too (the same sentence names both), so
    // gallstones and pancreatic cancer are now close. Still wrong: painlessness counts for nothing (Björnsson 2008, pain
    // in 71% of benign against 34% of malignant obstruction, was read without an identifier).
    const r = run('jaundice', 'primary-care', 72, 'male', ['+unintentional-weight-loss', '+conjugated-hyperbilirubinaemia', '-abdominal-pain']);
    expect(rankOf(r, 'pancreatic-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'pancreatic-cancer')).toBeLessThanOrEqual(2);
  });

  test('a 50-year-old man in the emergency department with jaundice, heavy drinking, an AST/ALT ratio over 2 and ascites: alcohol-related liver disease leads', () => {
    // Cohen 1979: AST/ALT > 2 LR+ 2.8; Jepsen 2010: ascites LR+ 2.36; high alcohol consumption LR+ 3.58 (grade C).
    const r = run('jaundice', 'emergency', 50, 'male', ['+high-alcohol-consumption', '+ast-alt-ratio-over-2', '+ascites']);
    expect(rankOf(r, 'alcohol-related-liver-disease')).toBe(1);
  });
});

describe('vaginal discharge (session 29, r3gen)', () => {
  test('a 28-year-old woman with vaginal odour, pH above 4.5 and Amsel criteria met: bacterial vaginosis leads', () => {
    // Anderson 2004 (JAMA RCE): no perceived odour LR 0.07 (its absence counts here); Bhujel 2021: Amsel criteria
    // sensitivity 0.5, specificity 0.982; pH > 4.5 LR+ 3.6 (grade C).
    const r = run('vaginal-discharge', 'primary-care', 28, 'female', ['+vaginal-ph-above-4-5', '-no-vaginal-odour', '+amsel-criteria-positive']);
    expect(rankOf(r, 'bacterial-vaginosis')).toBe(1);
  });

  test('a 28-year-old woman with itching, vulvovaginal inflammation and no odour on examination: candidiasis leads', () => {
    // Anderson 2004 (JAMA RCE): inflammation LR+ 2.1 (lower end of 2.1-8.4), no odour on examination LR+ 2.9; lack of
    // itching LR 0.79 (its absence counts here).
    const r = run('vaginal-discharge', 'primary-care', 28, 'female', ['-no-vulvovaginal-itching', '+vulvovaginal-inflammation-on-examination', '+no-vaginal-odour-on-examination']);
    expect(rankOf(r, 'vulvovaginal-candidiasis')).toBe(1);
  });

  test('a 62-year-old woman with vaginal dryness, dyspareunia and an atrophic mucosa: atrophic vaginitis leads', () => {
    // Spinillo 1997: atrophic vaginitis 62.2% of postmenopausal vaginitis; Palma 2016: dyspareunia LR+ 3.1.
    const r = run('vaginal-discharge', 'primary-care', 62, 'female', ['+vaginal-dryness', '+dyspareunia', '+atrophic-vaginal-mucosa-on-examination']);
    expect(rankOf(r, 'atrophic-vaginitis')).toBe(1);
  });
});
