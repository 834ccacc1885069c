/**
 * Where a test is ordered (model 2.40.0, session 23) on the real knowledge base: emergency imaging is not a primary-care
 * next test, imaging is not routine for primary-care back pain (NICE NG59), and a guideline's baseline test leads.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { buildEncounter, buildPatient } from '../../tests/builders/chart-builder';
import { analyzeSync } from './diagnostic-model';
import { formatDifferentialText } from './format-text';

const kb = loadKnowledge();
const run = (problem: string, setting: 'primary-care' | 'emergency', overrides: { findingId: string; state: 'present' | 'absent' }[] = []) =>
  analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1985-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: [problem], setting, overrides }).result;

describe('tests bound to a setting', () => {
  test('a headache: no CT head, diffusion MRI or D-dimer for venous thrombosis in primary care; CT head in the emergency department once a red flag is recorded (ACR)', () => {
    const gp = run('headache', 'primary-care').nextBestTests.map((t) => t.findingId);
    expect(gp.filter((id) => id.startsWith('ct-head') || id.startsWith('mri-dwi') || id === 'd-dimer-positive')).toEqual([]);
    expect(gp.length).toBeGreaterThan(0);
    expect(run('headache', 'emergency').nextBestTests.some((t) => t.findingId.startsWith('ct-head'))).toBe(false);
    expect(run('headache', 'emergency').imagingWithheld?.[0].source.citation).toBe('acr-2019-jacr-appropriateness-criteria-headache');
    expect(run('headache', 'emergency', [{ findingId: 'thunderclap-headache', state: 'present' }]).nextBestTests.some((t) => t.findingId.startsWith('ct-head'))).toBe(true);
    expect(kb.findings.get('ct-head-subarachnoid-blood')?.test?.settingsRationale).toMatch(/referred to the emergency department the same day/);
  });

  test('back pain in primary care gets no imaging as a next test (NICE NG59 1.1.4), even with a red flag (that means referral)', () => {
    const gp = run('low-back-pain', 'primary-care', [{ findingId: 'recent-fall', state: 'present' }]).nextBestTests;
    expect(gp.filter((t) => t.burden.startsWith('imaging'))).toEqual([]);
    expect(kb.problems.get('low-back-pain')?.noRoutineImagingInPrimaryCare?.source.citation).toBe('bernstein-2017-bmj-nice-low-back-pain-summary');
  });

  test('back pain in the emergency department: no imaging without a red flag (ACR 2021), said and cited; a red flag brings imaging back (model 2.43.0)', () => {
    const bare = run('low-back-pain', 'emergency');
    expect(bare.nextBestTests.filter((t) => t.burden.startsWith('imaging'))).toEqual([]);
    expect(bare.imagingWithheld?.map((w) => w.problemId)).toEqual(['low-back-pain']);
    const citation = bare.imagingWithheld![0].source.citation;
    expect(citation).toBe('hutchins-2021-jacr-acr-appropriateness-low-back-pain');
    expect(bare.citations[citation]).toBeDefined();
    expect(bare.imagingWithheld![0].redFlags.map((f) => f.findingId)).toEqual(expect.arrayContaining(['urinary-retention', 'recent-fall', 'history-of-cancer', 'fever']));
    expect(formatDifferentialText(bare)).toMatch(/No imaging suggested for low back pain without a red flag: .*Red flags that would change this: Urinary retention;/);
    // An absent red flag is no red flag; a present one (a fall, urinary retention, a history of cancer) brings imaging back.
    expect(run('low-back-pain', 'emergency', [{ findingId: 'recent-fall', state: 'absent' }]).imagingWithheld).toBeDefined();
    for (const flag of ['recent-fall', 'urinary-retention', 'history-of-cancer']) {
      const r = run('low-back-pain', 'emergency', [{ findingId: flag, state: 'present' }]);
      expect(r.imagingWithheld, flag).toBeUndefined();
      expect(r.nextBestTests.some((t) => t.burden.startsWith('imaging')), flag).toBe(true);
    }
    // A second complaint without such guidance (abdominal pain) lets imaging be weighed.
    const both = analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1985-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['low-back-pain', 'acute-abdominal-pain'], setting: 'emergency' }).result;
    expect(both.imagingWithheld).toBeUndefined();
  });

  test('syncope and palpitations: the 12-lead ECG leads, named as the guideline recommendation, until an ECG result is on the chart', () => {
    for (const problem of ['syncope', 'palpitations']) {
      const r = run(problem, 'emergency');
      expect(r.nextBestTests[0].testName).toBe('12-lead electrocardiogram');
      expect(r.nextBestTests[0].baseline?.problemId).toBe(problem);
      expect(r.citations[r.nextBestTests[0].baseline!.source.citation]).toBeDefined();
      expect(formatDifferentialText(r)).toMatch(/12-lead electrocardiogram \(recommended for every patient with/);
    }
    const withEcg = run('syncope', 'emergency', [{ findingId: 'ecg-normal', state: 'present' }]);
    expect(withEcg.nextBestTests.some((t) => t.baseline)).toBe(false);
  });

  test('guideline first tests in both settings: the ECG for chest pain (AHA/ACC 2021) and a seizure (NICE CG109), the chest radiograph for haemoptysis (Earwood 2015, not a high-resolution CT), glucose for focal weakness (NICE NG128), transvaginal ultrasound for postmenopausal bleeding (ACOG 734)', () => {
    const expected: [string, string, string][] = [
      ['chest-pain', '12-lead electrocardiogram', 'gulati-2021-circulation-aha-acc-chest-pain-guideline'],
      ['haemoptysis', 'Chest radiograph', 'earwood-2015-afp-haemoptysis'],
      ['focal-weakness', 'Blood glucose', 'nice-2008-cg68-stroke-full-guideline'],
      ['seizure', '12-lead electrocardiogram', 'nice-2010-cg109-transient-loss-of-consciousness'],
      ['postmenopausal-bleeding', 'Transvaginal', 'acog-2018-obstetgynecol-tvus-postmenopausal-bleeding'],
    ];
    for (const [problem, test, citation] of expected) {
      for (const setting of ['primary-care', 'emergency'] as const) {
        const first = run(problem, setting).nextBestTests[0];
        expect(first.testName.startsWith(test), `${problem}/${setting}: ${first.testName}`).toBe(true);
        expect(first.baseline?.source.citation).toBe(citation);
      }
    }
    // A glucose already measured (a meter reading) is done: the baseline is not listed again.
    const measured = run('focal-weakness', 'emergency', [{ findingId: 'glucose-3-9-or-less', state: 'absent' }]);
    expect(measured.nextBestTests.some((t) => t.baseline)).toBe(false);
  });

  test('a pregnancy test leads for a woman of reproductive age with abdominal pain in the emergency department, and only for her', () => {
    const tests = (sex: 'female' | 'male', birthDate: string, setting: 'primary-care' | 'emergency') =>
      analyzeSync(kb, { chart: [buildPatient({ gender: sex, birthDate }), buildEncounter('0', { reasonCode: undefined })], problems: ['acute-abdominal-pain'], setting }).result.nextBestTests;
    const young = tests('female', '1998-01-01', 'emergency');
    expect(young[0].findingId).toBe('urine-hcg-positive');
    expect(young[0].baseline?.who).toBe('women of reproductive age in the emergency department');
    for (const t of [tests('female', '1950-01-01', 'emergency'), tests('male', '1998-01-01', 'emergency'), tests('female', '1998-01-01', 'primary-care')]) {
      expect(t.some((x) => x.baseline)).toBe(false);
    }
    // An unrecorded sex does not exclude, as for a pregnancy-related diagnosis: the test is offered.
    const unknownSex = analyzeSync(kb, { chart: [buildPatient({ gender: undefined, birthDate: '1998-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['acute-abdominal-pain'], setting: 'emergency' }).result;
    expect(unknownSex.nextBestTests[0].findingId).toBe('urine-hcg-positive');
  });

  test('a baseline test of one sex\'s anatomy is not every patient\'s test for the other recorded sex (model 2.52.0)', () => {
    // Postmenopausal bleeding recorded for a man (a data-entry slip, or a trans man): the anatomy warning was shown, but the
    // transvaginal ultrasound was still listed as the guideline's test for "every patient".
    const result = (sex: 'female' | 'male') =>
      analyzeSync(kb, { chart: [buildPatient({ gender: sex, birthDate: '1956-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['postmenopausal-bleeding'], setting: 'primary-care' }).result;
    const woman = result('female');
    expect(woman.nextBestTests[0].baseline?.problemId).toBe('postmenopausal-bleeding');
    expect(kb.findings.get(woman.nextBestTests[0].findingId)?.anatomySex).toBe('female');
    const man = result('male');
    expect(man.warnings.some((w) => /concerns female anatomy but the recorded sex is male/.test(w))).toBe(true);
    expect(man.nextBestTests.some((t) => t.baseline || kb.findings.get(t.findingId)?.anatomySex === 'female')).toBe(false);
  });

  test('a jaundice gets fractionated bilirubin first, the first laboratory test the AAFP review names (knowledge 2.161.0)', () => {
    for (const setting of ['primary-care', 'emergency'] as const) {
      const first = run('jaundice', setting).nextBestTests[0];
      expect(first.findingId).toBe('conjugated-hyperbilirubinaemia');
      expect(first.baseline?.source.citation).toBe('fargo-2017-aafp-jaundice-evaluation');
    }
    // A bilirubin already fractionated is done: the baseline is not listed again.
    const measured = run('jaundice', 'primary-care', [{ findingId: 'unconjugated-hyperbilirubinaemia', state: 'present' }]);
    expect(measured.nextBestTests.some((t) => t.baseline)).toBe(false);
  });

  test('one transvaginal scan is one order: the endometrial, adnexal and uterine findings of the scan are suggested once', () => {
    const tests = analyzeSync(kb, { chart: [buildPatient({ gender: 'female', birthDate: '1956-01-01' }), buildEncounter('0', { reasonCode: undefined })], problems: ['postmenopausal-bleeding'], setting: 'primary-care' }).result.nextBestTests;
    expect(tests.filter((t) => /^Transvaginal (pelvic )?ultrasound(?! with)/.test(t.testName))).toHaveLength(1);
  });

  test('a bare emergency diarrhoea: gastroenteritis leads; IBS takes the policy prior there, not the general-practice share of all GI complaints (model 2.44.0)', () => {
    const ed = run('diarrhoea', 'emergency');
    expect(ed.differential[0].conditionId).toBe('gastroenteritis');
    const ibs = ed.differential.find((d) => d.conditionId === 'irritable-bowel-syndrome')!;
    const prior = ibs.steps.find((st) => st.kind === 'prior')!;
    expect(prior.kind === 'prior' && prior.policy).toBe(true);
    expect(prior.kind === 'prior' && prior.note).toMatch(/not borrowed here/);
    // In primary care the cited figure stands.
    const gp = run('diarrhoea', 'primary-care').differential.find((d) => d.conditionId === 'irritable-bowel-syndrome')!;
    const gpPrior = gp.steps.find((st) => st.kind === 'prior')!;
    expect(gpPrior.kind === 'prior' && gpPrior.source?.citation).toBe('thompson-2000-gut-ibs-general-practice');
  });
});
