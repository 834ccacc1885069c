import { describe, expect, test } from 'vitest';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge, loadKnowledge, type KnowledgeBase } from '../knowledge/load-knowledge';
import { COMPLAINT_PHRASES, MAX_COMPLAINT_TEXT_LENGTH, matchComplaintText, phraseTokens } from './complaint-text';

/** The curated knowledge base: tests that use it state the problem ids it holds now. */
const kb = loadKnowledge();
const ids = (text: string, base: KnowledgeBase = kb): string[] => matchComplaintText(base, text).map((m) => m.problemId);

/**
 * The synthetic mini knowledge base (problems "chest-pain" and "fever") plus the given problems, so
 * that matching from data is tested independently of which problems the curated base holds.
 */
function miniWith(extra: { id: string; name: string; synonyms?: string[] }[]): KnowledgeBase {
  const raw = miniKnowledgeRaw();
  extra.forEach((p, i) => {
    raw.problems[`${p.id}.json`] = {
      ...p,
      match: [{ kind: 'code', system: 'snomed', codes: [String(900000001 + i)] }],
      priors: { 'primary-care': [{ condition: 'msk', probability: 0.01, source: { citation: 'fx-b', locator: `test fixture ${p.id}` }, populationMatch: 'exact' }] },
    };
  });
  const base = assembleKnowledge(raw);
  for (const p of extra) {
    expect(base.problems.has(p.id)).toBe(true);
  }
  return base;
}

describe('matchComplaintText: abbreviations and phrasings', () => {
  test.each([
    ['SOB', ['dyspnoea'], 'SOB'],
    ['sob', ['dyspnoea'], 'sob'],
    ['S.O.B.', ['dyspnoea'], 'S.O.B.'],
    ['DOE', ['dyspnoea'], 'DOE'],
    ['SOB on exertion', ['dyspnoea'], 'SOB'],
    ['CP x2 days', ['chest-pain'], 'CP'],
    ['chest pain r/o MI', ['chest-pain'], 'chest pain'],
    ['abd pain', ['acute-abdominal-pain'], 'abd pain'],
    ['Abd. pain since last night', ['acute-abdominal-pain'], 'Abd. pain'],
    ['HA', ['headache'], 'HA'],
    ['h/a for 3 days', ['headache'], 'h/a'],
    ['LBP', ['low-back-pain'], 'LBP'],
    ['Lower back pain', ['low-back-pain'], 'Lower back pain'],
    ['palps', ['palpitations'], 'palps'],
    ['passed out', ['syncope'], 'passed out'],
    ['fainted at church', ['syncope'], 'fainted'],
    ['collapse ?cause', ['syncope'], 'collapse'],
    ['c/o dizziness', ['dizziness'], 'dizziness'],
    ['lightheaded on standing', ['dizziness'], 'lightheaded'],
    ['light-headed', ['dizziness'], 'light-headed'],
    ['near syncope', ['dizziness'], 'near syncope'],
    ['burning when urinating', ['dysuria'], 'burning when urinating'],
    ['dysuria', ['dysuria'], 'dysuria'],
    ['coughing up blood', ['haemoptysis'], 'coughing up blood'],
    ['melena x1', ['haematemesis-or-melaena'], 'melena'],
    ['black tarry stools', ['haematemesis-or-melaena'], 'black tarry stools'],
    ['BRBPR', ['rectal-bleeding'], 'BRBPR'],
    ['blood in stool', ['rectal-bleeding'], 'blood in stool'],
    ['vomiting blood', ['haematemesis-or-melaena'], 'vomiting blood'],
    ['GI bleed', ['gi-bleeding'], 'GI bleed'],
    ['N/V', ['nausea-and-vomiting'], 'N/V'],
    ['swollen leg', ['leg-swelling'], 'swollen leg'],
    ['swollen legs', ['leg-swelling'], 'swollen legs'],
    ['swollen left leg', ['unilateral-leg-swelling'], 'swollen left leg'],
    ['bilateral pedal oedema', ['bilateral-leg-swelling'], 'bilateral pedal oedema'],
    ['tired all the time', ['fatigue'], 'tired all the time'],
    ['weight loss', ['weight-loss'], 'weight loss'],
    ['sore throat', ['sore-throat'], 'sore throat'],
    ['pain in throat', ['sore-throat'], 'pain in throat'],
    ['febrile', ['fever'], 'febrile'],
    ['pyrexia', ['fever'], 'pyrexia'],
    ['AMS', ['confusion'], 'AMS'],
    ['altered mental status', ['confusion'], 'altered mental status'],
    ['joint pain', ['joint-pain'], 'joint pain'],
    ['N/V/D', ['nausea-and-vomiting', 'diarrhoea'], 'N/V/D'],
    ['chronic cough', ['chronic-cough'], 'chronic cough'],
    ['wheezy', ['wheeze'], 'wheezy'],
    ['runny nose', ['nasal-congestion'], 'runny nose'],
    ['earache', ['ear-pain'], 'earache'],
    ['difficulty swallowing', ['dysphagia'], 'difficulty swallowing'],
    ['constipated', ['constipation'], 'constipated'],
    ['jaundiced', ['jaundice'], 'jaundiced'],
    ['itchy rash', ['rash'], 'itchy rash'],
    ['itching all over', ['pruritus'], 'itching all over'],
    ['red eye', ['red-eye'], 'red eye'],
    ['swollen glands', ['lymphadenopathy'], 'swollen glands'],
    ['blood in urine', ['haematuria'], 'blood in urine'],
    ['testicular pain', ['scrotal-pain'], 'testicular pain'],
    ['PV bleeding', ['vaginal-bleeding'], 'PV bleeding'],
    ['PMB', ['postmenopausal-bleeding'], 'PMB'],
    ['vaginal discharge', ['vaginal-discharge'], 'vaginal discharge'],
    ['pelvic pain', ['pelvic-pain'], 'pelvic pain'],
    ['slurred speech', ['focal-weakness'], 'slurred speech'],
    ['L sided weakness', ['focal-weakness'], 'L sided weakness'],
    ['had a fit', ['seizure'], 'had a fit'],
    ['pregnant with abd pain', ['early-pregnancy-pain-or-bleeding'], 'pregnant with abd pain'],
  ])('%s', (text, expected, matched) => {
    const result = matchComplaintText(kb, text);
    expect(result.map((m) => m.problemId)).toEqual(expected);
    expect(result[0]?.matched).toBe(matched);
  });

  test('"fit and well" is not a seizure', () => {
    expect(ids('previously fit and well')).toEqual([]);
    expect(ids('fit and well, now had a fit')).toEqual(['seizure']);
  });

  test('"pain in (the) X" is generated for every "X pain" phrase', () => {
    expect(ids('pain in the chest')).toEqual(['chest-pain']);
    expect(ids('pain in my head')).toEqual(['headache']);
  });
});

describe('matchComplaintText: word boundaries', () => {
  test.each([
    ['pain in throat', 'chest-pain'],
    ['on CPAP at night', 'chest-pain'],
    ['HAD a fall', 'headache'],
    ['Chad', 'headache'],
    ['sobbing', 'dyspnoea'],
    ['escape', 'chest-pain'],
    ['Mr Coughlin', 'cough'],
    ['Headaches Ltd', 'low-back-pain'],
  ])('"%s" does not name %s', (text, problemId) => {
    expect(ids(text)).not.toContain(problemId);
  });

  test('"upper back pain" is not low back pain', () => {
    expect(ids('upper back pain')).toEqual([]);
  });
});

describe('matchComplaintText: negation', () => {
  test.each([
    'no chest pain',
    'No headache',
    'denies CP',
    'pt denies any recent chest pain',
    'without fever',
    'negative for cough',
    'not dizzy',
    'no fever or cough',
    'CP free',
    'Chest pain: no',
    'fever denied',
    'r/o UTI',
    "doesn't have a headache",
  ])('"%s" is negated', (text) => {
    expect(ids(text)).toEqual([]);
  });

  test('the clause ends at a comma, a full stop or "but"', () => {
    expect(ids('no fever, cough')).toEqual(['cough']);
    expect(ids('No fever. Cough for 3 days')).toEqual(['cough']);
    expect(ids('denies chest pain but SOB on exertion')).toEqual(['dyspnoea']);
    expect(ids('fever but no cough')).toEqual(['fever']);
    expect(ids('fever without cough')).toEqual(['fever']);
    expect(ids('CP x2 days no SOB')).toEqual(['chest-pain']);
  });

  test('the negation window is a few tokens long', () => {
    expect(ids('no recent travel or sick contacts at home lately cough')).toEqual(['cough']);
    expect(ids('no recent travel cough')).toEqual([]);
  });

  test('pseudo-negations and a following "no" that does not end the clause do not negate', () => {
    expect(ids('no relief of headache with paracetamol')).toEqual(['headache']);
    expect(ids('chest pain no radiation')).toEqual(['chest-pain']);
    expect(ids('no energy')).toEqual(['fatigue']);
  });

  test('a problem negated once and stated later is matched', () => {
    const result = matchComplaintText(kb, 'no chest pain at rest, chest pain on exertion');
    expect(result).toEqual([{ problemId: 'chest-pain', matched: 'chest pain' }]);
  });
});

describe('matchComplaintText: spelling', () => {
  test.each([
    ['haemoptysis', 'haemoptysis'],
    ['hemoptysis', 'haemoptysis'],
    ['dyspnoea', 'dyspnoea'],
    ['dyspnea', 'dyspnoea'],
    ['diarrhoea', 'diarrhoea'],
    ['Diarrhea', 'diarrhoea'],
    ['leg oedema', 'leg-swelling'],
    ['leg edema', 'leg-swelling'],
    ['anaemia', 'anaemia'],
    ['anemia', 'anaemia'],
    ['haematemesis', 'haematemesis-or-melaena'],
    ['melaena', 'haematemesis-or-melaena'],
    ['generalised weakness', 'fatigue'],
    ['generalized weakness', 'fatigue'],
  ])('%s → %s', (text, problemId) => {
    expect(ids(text)).toEqual([problemId]);
  });

  test('phrases are normalised the same way as text', () => {
    expect(phraseTokens('Haemoptysis')).toEqual(phraseTokens('hemoptysis'));
    expect(phraseTokens('N/V')).toEqual(['n', 'v']);
    expect(phraseTokens('Palpitations')).toEqual(['palpitation']);
  });
});

describe('matchComplaintText: several problems, order, shape', () => {
  test('fever and cough gives both, in order of appearance', () => {
    expect(matchComplaintText(kb, 'fever and cough')).toEqual([
      { problemId: 'fever', matched: 'fever' },
      { problemId: 'cough', matched: 'cough' },
    ]);
  });

  test('each problem once, at its first appearance', () => {
    expect(matchComplaintText(kb, 'SOB, cough, worse SOB today, shortness of breath')).toEqual([
      { problemId: 'dyspnoea', matched: 'SOB' },
      { problemId: 'cough', matched: 'cough' },
    ]);
  });

  test('a triage note', () => {
    const note = '58M c/o CP x2 days radiating to L arm, SOB on exertion, no fever, denies cough; palps since this AM. r/o MI. Also abd pain, lightheaded when standing, passed out once at home.';
    expect(ids(note)).toEqual(['chest-pain', 'dyspnoea', 'palpitations', 'acute-abdominal-pain', 'dizziness', 'syncope']);
  });

  test('unknown, empty and non-string text gives []', () => {
    expect(ids('follow-up appointment for medication review')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('   ,,, ;;; ...')).toEqual([]);
    expect(matchComplaintText(kb, undefined as unknown as string)).toEqual([]);
    expect(matchComplaintText(kb, 42 as unknown as string)).toEqual([]);
  });

  test('never throws, even for a malformed knowledge base', () => {
    expect(matchComplaintText({} as KnowledgeBase, 'chest pain')).toEqual([]);
  });
});

describe('matchComplaintText: problems from data', () => {
  test('every problem named in the phrase table is a curated problem', () => {
    const missing = [...new Set(COMPLAINT_PHRASES.map((p) => p.problemId))].filter((id) => !kb.problems.has(id));
    expect(missing).toEqual([]);
  });

  test("a problem's name and synonyms are matched from data", () => {
    const base = miniWith([{ id: 'zebra-itch', name: 'Zebra itch', synonyms: ['striped pruritus', 'stripe rash'] }]);
    expect(ids('zebra itch', base)).toEqual(['zebra-itch']);
    expect(ids('Striped pruritus x3 days', base)).toEqual(['zebra-itch']);
    expect(ids('no stripe rash', base)).toEqual([]);
    expect(ids('chest pain', base)).toEqual(['chest-pain']);
  });

  test("a problem's name is used without its parenthesis and what follows a comma", () => {
    const base = miniWith([
      { id: 'zebra-cough', name: 'Zebra cough (more than 8 weeks)' },
      { id: 'zebra-bleeding', name: 'Zebra bleeding, source not stated' },
    ]);
    expect(ids('zebra cough', base)).toEqual(['zebra-cough']);
    expect(ids('zebra bleeding', base)).toEqual(['zebra-bleeding']);
    expect(ids('headache for more than 8 weeks', base)).toEqual([]);
    expect(ids('source not stated', base)).toEqual([]);
  });

  test('table entries for problems absent from the knowledge base are skipped', () => {
    const mini = miniWith([]);
    expect(COMPLAINT_PHRASES.some((p) => p.problemId === 'nausea-and-vomiting' && p.phrase === 'N/V')).toBe(true);
    expect(mini.problems.has('nausea-and-vomiting')).toBe(false);
    expect(ids('N/V', mini)).toEqual([]);
    expect(ids('N/V/D', mini)).toEqual([]);
  });

  test('once the problem is added, its table entries match, and the cache is per knowledge base', () => {
    const mini = miniWith([]);
    const extended = miniWith([
      { id: 'nausea-and-vomiting', name: 'Nausea and vomiting' },
      { id: 'diarrhoea', name: 'Diarrhoea' },
    ]);
    expect(ids('N/V', mini)).toEqual([]);
    expect(ids('N/V', extended)).toEqual(['nausea-and-vomiting']);
    expect(ids('N/V/D', extended)).toEqual(['nausea-and-vomiting', 'diarrhoea']);
    expect(ids('N/V', mini)).toEqual([]);
  });
});

describe('matchComplaintText: bounds', () => {
  test(`texts over ${MAX_COMPLAINT_TEXT_LENGTH} characters are truncated`, () => {
    const filler = 'x '.repeat(MAX_COMPLAINT_TEXT_LENGTH);
    expect(ids(`cough ${filler} chest pain`)).toEqual(['cough']);
    const huge = `fever ${'lorem ipsum '.repeat(200_000)} headache`;
    expect(ids(huge)).toEqual(['fever']);
  });

});
