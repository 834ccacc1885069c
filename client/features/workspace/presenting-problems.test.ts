import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { availableComplaints, COMMON_COMPLAINTS, searchComplaints, unrecognisedProblems, type CommonComplaint } from './presenting-problems';

const PROBLEMS_DIR = resolve('server/knowledge/data/problems');

function knowledgeProblemIds(): Set<string> {
  return new Set(
    readdirSync(PROBLEMS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => (JSON.parse(readFileSync(join(PROBLEMS_DIR, f), 'utf8')) as { id: string }).id),
  );
}

describe('COMMON_COMPLAINTS', () => {
  test('every one-click complaint is a presenting problem of the knowledge base', () => {
    const ids = knowledgeProblemIds();
    expect(ids.size).toBeGreaterThan(0);
    expect(COMMON_COMPLAINTS.filter((c) => !ids.has(c.problemId)).map((c) => c.problemId)).toEqual([]);
  });

  test('offers the twelve common complaints once each, in the agreed order', () => {
    expect(COMMON_COMPLAINTS.map((c) => c.display)).toEqual([
      'Chest pain',
      'Shortness of breath',
      'Cough',
      'Fever',
      'Headache',
      'Abdominal pain',
      'Dizziness',
      'Back pain',
      'Sore throat',
      'Urinary symptoms',
      'Palpitations',
      'Fatigue',
    ]);
    expect(new Set(COMMON_COMPLAINTS.map((c) => c.problemId)).size).toBe(COMMON_COMPLAINTS.length);
  });
});

describe('availableComplaints', () => {
  const list: CommonComplaint[] = [
    { display: 'Chest pain', problemId: 'chest-pain', synonyms: [] },
    { display: 'Cough', problemId: 'cough', synonyms: [] },
    { display: 'Made up', problemId: 'not-in-kb', synonyms: [] },
  ];

  test('without a list of known ids, offers all in order', () => {
    expect(availableComplaints(list).map((c) => c.problemId)).toEqual(['chest-pain', 'cough', 'not-in-kb']);
  });

  test('offers only complaints whose ids exist', () => {
    expect(availableComplaints(list, { known: new Set(['cough', 'chest-pain']) }).map((c) => c.problemId)).toEqual(['chest-pain', 'cough']);
  });

  test('leaves out excluded and unrecognised ids', () => {
    expect(availableComplaints(list, { exclude: new Set(['chest-pain']), unrecognised: new Set(['not-in-kb']) }).map((c) => c.problemId)).toEqual(['cough']);
  });

  test('with the real knowledge base ids, all twelve remain', () => {
    expect(availableComplaints(COMMON_COMPLAINTS, { known: knowledgeProblemIds() })).toHaveLength(12);
  });
});

describe('searchComplaints', () => {
  test('finds by word prefix of the name, then by synonym', () => {
    expect(searchComplaints(COMMON_COMPLAINTS, 'pain').map((m) => m.id)).toEqual(['chest-pain', 'acute-abdominal-pain', 'low-back-pain', 'headache', 'sore-throat', 'dysuria']);
    expect(searchComplaints(COMMON_COMPLAINTS, 'pain').slice(3).every((m) => m.matched !== undefined)).toBe(true);
    expect(searchComplaints(COMMON_COMPLAINTS, 'breathless')).toEqual([{ id: 'dyspnoea', name: 'Shortness of breath', matched: 'breathlessness' }]);
    expect(searchComplaints(COMMON_COMPLAINTS, '  ')).toEqual([]);
    expect(searchComplaints(COMMON_COMPLAINTS, 'zzz')).toEqual([]);
  });
});

describe('unrecognisedProblems', () => {
  const problems = [{ problemId: 'chest-pain', name: 'Chest pain', origin: 'clinician' as const }];

  test('a sent problem the result does not carry was not recognised', () => {
    expect(unrecognisedProblems(['chest-pain', 'made-up'], { status: 'differential', problems })).toEqual(['made-up']);
  });

  test('still asking for a presenting problem after sending one: it was not recognised', () => {
    expect(unrecognisedProblems(['made-up'], { status: 'abstained', abstention: { kind: 'no-presenting-problem', message: '' }, problems: [] })).toEqual(['made-up']);
  });

  test('not judged when the engine stopped for another reason', () => {
    expect(unrecognisedProblems(['chest-pain'], { status: 'abstained', abstention: { kind: 'child', message: '' }, problems: [] })).toEqual([]);
    expect(unrecognisedProblems(['chest-pain'], { status: 'abstained', abstention: { kind: 'deceased', message: '' }, problems: [] })).toEqual([]);
  });
});
