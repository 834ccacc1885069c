/**
 * One condition-finding pair may hold ratios measured in different presenting problems (session 27): the patient's
 * problem chooses the entry, in the chain, in "would change it most", in the next best tests and in "findings not
 * explained". Before, the knowledge base allowed one entry per pair, so a ratio measured in one complaint could not be
 * given beside another complaint's (tuberculosis and birth abroad in lymph-node and in pulmonary tuberculosis).
 */
import { describe, expect, test } from 'vitest';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { buildEncounter, buildPatient, buildQuantity } from '../../tests/builders/chart-builder';
import { assembleKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';

function kbWithFeverRatio() {
  const raw = miniKnowledgeRaw();
  const entries = raw.evidence['mini.json'] as Record<string, unknown>[];
  const pe = entries.find((e) => e.condition === 'pe' && e.finding === 'hr-over-100')!;
  entries.push({ ...pe, lrPositive: 4, lrNegative: 0.25, population: 'febrile patients (test)', appliesTo: { problems: ['fever'] } });
  const dd = entries.find((e) => e.condition === 'pe' && e.finding === 'ddimer-positive')!;
  dd.appliesTo = { problems: ['chest-pain'] };
  entries.push({ ...dd, sensitivity: 0.99, specificity: 0.2, population: 'febrile patients (test)', appliesTo: { problems: ['fever'] } });
  return assembleKnowledge(raw);
}

const chart = (problemCode: string) => [buildPatient({ gender: 'female', birthDate: '1970-01-01' }), buildEncounter(problemCode), buildQuantity('hr', '8867-4', 120, '/min')];

describe('a ratio per presenting problem', () => {
  const kb = kbWithFeverRatio();
  const stepOf = (problemCode: string) => {
    const { result } = analyzeSync(kb, { chart: chart(problemCode), setting: 'emergency', recalibration: null });
    return { result, step: result.differential.find((d) => d.conditionId === 'pe')!.steps.find((s) => s.kind === 'finding' && s.findingId === 'hr-over-100') };
  };

  test('the chain counts the entry of the patient\'s problem, and the default elsewhere', () => {
    expect(stepOf('386661006').step).toMatchObject({ lr: 4, counted: true, note: undefined });
    expect(stepOf('29857009').step).toMatchObject({ lr: 2, counted: true });
  });

  test('"would change it most" and the next tests weigh the entry of the patient\'s problem', () => {
    const fever = stepOf('386661006').result;
    const chest = stepOf('29857009').result;
    const whatIf = (r: typeof fever) => r.differential.find((d) => d.conditionId === 'pe')!.mostInformative.find((w) => w.findingId === 'ddimer-positive');
    // D-dimer: in fever sensitivity 0.99 / specificity 0.2 (LR- 0.05), in chest pain 0.95 / 0.5 (LR- 0.1).
    expect(whatIf(fever)?.ifAbsent).toBeLessThan(whatIf(chest)!.ifAbsent!);
    expect(whatIf(fever)?.ifPresent).toBeLessThan(whatIf(chest)!.ifPresent!);
  });
});
