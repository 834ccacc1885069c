/**
 * Breadth: given nothing but a complaint, an age and a sex, the differential lists every usual and
 * serious cause the curators committed to for that complaint (the problem's `coverage` list, from a
 * named review), wherever that cause can apply to the patient; and nothing that cannot apply appears.
 */
import { describe, expect, test } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { loadKnowledge } from './load-knowledge';
import { SETTINGS } from './schema';
import { analyzeSync } from '../reasoning/diagnostic-model';
import { appliesTo } from '../reasoning/build-differential';

const kb = loadKnowledge();
const AS_OF = '2026-12-03T09:00:00Z';
const PATIENTS = [
  { age: 35, sex: 'female' },
  { age: 35, sex: 'male' },
  { age: 70, sex: 'female' },
  { age: 70, sex: 'male' },
] as const;

function patient(age: number, sex: 'female' | 'male'): Patient {
  return { resourceType: 'Patient', id: 'bare', gender: sex, birthDate: `${2026 - age - 1}-06-01` };
}

const withCoverage = [...kb.problems.values()].filter((p) => p.coverage);

describe('bare-complaint differentials list the committed causes', () => {
  test('problems carry a coverage list taken from a named source', () => {
    expect(withCoverage.length).toBeGreaterThanOrEqual(20);
    for (const p of withCoverage) {
      expect(kb.citations.has(p.coverage!.source.citation), p.id).toBe(true);
    }
  });

  for (const problem of withCoverage) {
    test(`${problem.id}: every committed cause that can apply appears, for 35 and 70, women and men, in both settings`, () => {
      const missing: string[] = [];
      const impossible: string[] = [];
      for (const setting of SETTINGS) {
        for (const p of PATIENTS) {
          const { result } = analyzeSync(kb, { chart: [patient(p.age, p.sex)], problems: [problem.id], setting, extractOptions: { asOf: AS_OF } });
          expect(result.status).toBe('differential');
          const listed = new Set([...result.established, ...result.differential, ...result.cantMiss].map((d) => d.conditionId));
          // Past the reproductive-age window the complaint is reasoned as another problem (vaginal bleeding at 70 is
          // postmenopausal bleeding), whose own coverage list is checked in its own test.
          const readAs = result.problems.map((x) => x.problemId);
          if (!readAs.includes(problem.id)) {
            expect(readAs).toEqual([problem.pastReproductiveAge]);
            continue;
          }
          for (const cause of problem.coverage!.causes) {
            const condition = kb.conditions.get(cause.condition)!;
            if (appliesTo(condition, { ageYears: p.age, sex: p.sex }) && !listed.has(cause.condition)) {
              missing.push(`${cause.condition} (${cause.kind}) for a ${p.age}-year-old ${p.sex}, ${setting}`);
            }
          }
          for (const d of result.differential) {
            if (!appliesTo(kb.conditions.get(d.conditionId)!, { ageYears: p.age, sex: p.sex })) {
              impossible.push(`${d.conditionId} for a ${p.age}-year-old ${p.sex}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
      expect(impossible).toEqual([]);
    });
  }

  test('sex-specific diagnoses appear only for that sex', () => {
    const female = analyzeSync(kb, { chart: [patient(35, 'female')], problems: ['acute-abdominal-pain', 'pelvic-pain', 'dysuria'].filter((id) => kb.problems.has(id)), extractOptions: { asOf: AS_OF } }).result;
    const male = analyzeSync(kb, { chart: [patient(35, 'male')], problems: ['acute-abdominal-pain', 'dysuria', 'scrotal-pain'].filter((id) => kb.problems.has(id)), extractOptions: { asOf: AS_OF } }).result;
    const sexOf = (id: string) => kb.conditions.get(id)?.applicability?.sex;
    expect(female.differential.filter((d) => sexOf(d.conditionId) === 'male').map((d) => d.conditionId)).toEqual([]);
    expect(male.differential.filter((d) => sexOf(d.conditionId) === 'female' || kb.conditions.get(d.conditionId)?.applicability?.pregnancyRelated).map((d) => d.conditionId)).toEqual([]);
    expect(female.differential.some((d) => d.conditionId === 'ectopic-pregnancy')).toBe(true);
  });
});
