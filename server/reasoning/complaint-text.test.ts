import { describe, expect, test } from 'vitest';
import { loadKnowledge, type KnowledgeBase } from '../knowledge/load-knowledge';
import type { Problem } from '../knowledge/schema';
import { COMPLAINT_PHRASES, MAX_COMPLAINT_TEXT_LENGTH, matchComplaintText, phraseTokens } from './complaint-text';

const kb = loadKnowledge();
const ids = (text: string, base: KnowledgeBase = kb): string[] => matchComplaintText(base, text).map((m) => m.problemId);

/** The real knowledge base plus problems that are planned but not yet curated. */
function withProblems(base: KnowledgeBase, extra: { id: string; name: string; synonyms: string[] }[]): KnowledgeBase {
  const template = base.problems.get('cough')!;
  const problems = new Map<string, Problem>(base.problems);
  for (const p of extra) {
    problems.set(p.id, { ...template, ...p });
  }
  return { ...base, problems };
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
    ['coughing up blood', ['cough'], 'coughing up blood'],
    ['melena x1', ['gi-bleeding'], 'melena'],
    ['BRBPR', ['gi-bleeding'], 'BRBPR'],
    ['vomiting blood', ['haematemesis-or-melaena', 'gi-bleeding'], 'vomiting blood'],
    ['swollen leg', ['leg-swelling'], 'swollen leg'],
    ['swollen legs', ['leg-swelling'], 'swollen legs'],
    ['tired all the time', ['fatigue'], 'tired all the time'],
    ['weight loss', ['weight-loss'], 'weight loss'],
    ['sore throat', ['sore-throat'], 'sore throat'],
    ['pain in throat', ['sore-throat'], 'pain in throat'],
    ['febrile', ['fever'], 'febrile'],
    ['pyrexia', ['fever'], 'pyrexia'],
    ['AMS', ['confusion'], 'AMS'],
    ['altered mental status', ['confusion'], 'altered mental status'],
    ['joint pain', ['joint-pain'], 'joint pain'],
    ['N/V/D', ['diarrhoea'], 'N/V/D'],
    ['pregnant with abd pain', ['early-pregnancy-pain-or-bleeding'], 'pregnant with abd pain'],
  ])('%s', (text, expected, matched) => {
    const result = matchComplaintText(kb, text);
    expect(result.map((m) => m.problemId)).toEqual(expected);
    expect(result[0]?.matched).toBe(matched);
  });

  test('the knowledge base names and synonyms are matched from data', () => {
    expect(ids('Transient loss of consciousness')).toEqual(['syncope']);
    expect(ids('lumbago')).toEqual(['low-back-pain']);
    expect(ids('Dyspnoea (shortness of breath)')).toEqual(['dyspnoea']);
    expect(ids('awareness of heartbeat')).toEqual(['palpitations']);
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
    ['haemoptysis', 'cough'],
    ['hemoptysis', 'cough'],
    ['dyspnoea', 'dyspnoea'],
    ['dyspnea', 'dyspnoea'],
    ['diarrhoea', 'diarrhoea'],
    ['Diarrhea', 'diarrhoea'],
    ['leg oedema', 'leg-swelling'],
    ['leg edema', 'leg-swelling'],
    ['anaemia', 'anaemia'],
    ['anemia', 'anaemia'],
    ['haematemesis', 'gi-bleeding'],
    ['melaena', 'gi-bleeding'],
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
  const extended = withProblems(kb, [
    { id: 'vomiting', name: 'Nausea and vomiting', synonyms: ['emesis'] },
    { id: 'neck-pain', name: 'Neck pain', synonyms: [] },
    { id: 'red-eye', name: 'Red eye', synonyms: ['bloodshot eye'] },
  ]);

  test('table entries for problems absent from the knowledge base are skipped', () => {
    expect(COMPLAINT_PHRASES.some((p) => p.problemId === 'vomiting' && p.phrase === 'N/V')).toBe(true);
    expect(ids('N/V')).toEqual([]);
    expect(ids('N/V/D')).toEqual(['diarrhoea']);
  });

  test('once the problem is added, its table entries, name and synonyms match', () => {
    expect(ids('N/V', extended)).toEqual(['vomiting']);
    expect(ids('N/V/D', extended)).toEqual(['vomiting', 'diarrhoea']);
    expect(ids('pain in the neck', extended)).toEqual(['neck-pain']);
    expect(ids('bloodshot eyes', extended)).toEqual(['red-eye']);
    // the cache is per knowledge base: the original is unchanged
    expect(ids('N/V')).toEqual([]);
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
