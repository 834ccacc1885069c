/**
 * Textbook presentations of acute abdominal pain and jaundice (session 27, curator tag acutegi), entered as a clinician
 * would (findings only, no vignette), on the real knowledge base. Expectations are about order and equality, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 *
 * Charcot's triad is fever and/or chills, jaundice and right upper quadrant or epigastric pain (Tokyo Guidelines, Wada
 * 2007, PMID 17252297: 'Acute cholangitis can be diagnosed if the clinical manifestations of Charcot's triad, i.e., fever
 * and/or chills, abdominal pain (right upper quadrant or epigastric), and jaundice are present'). Its ratio for acute
 * cholangitis (Kiriyama 2012, TG13 validation: sensitivity 26.4%, specificity 95.6%) counted only when the triad itself
 * was entered: a clinician entering fever, jaundice and right upper quadrant pain left cholangitis twelfth, off the
 * triad's weight. The triad is now read from its three items (derivedFrom) and shares fever's correlation group, so fever
 * is not counted a second time for cholangitis beside it.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations: acute abdominal pain and jaundice (session 27, acutegi)', () => {
  test('fever, jaundice and right upper quadrant pain entered one by one are Charcot\'s triad for cholangitis in emergency abdominal pain', () => {
    const items = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+fever', '+jaundice', '+right-upper-quadrant-pain']);
    const triad = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+charcot-triad', '+fever', '+jaundice', '+right-upper-quadrant-pain']);
    expect(probOf(items, 'cholangitis')).toBeCloseTo(probOf(triad, 'cholangitis'), 6);
    const twoItems = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+fever', '+jaundice']);
    expect(probOf(items, 'cholangitis')).toBeGreaterThan(probOf(twoItems, 'cholangitis'));
    expect(rankOf(items, 'cholangitis')).toBeLessThan(rankOf(twoItems, 'cholangitis'));
    expect(items.cantMiss.map((d) => d.conditionId)).toContain('cholangitis');
  });

  test('epigastric pain completes the triad as right upper quadrant pain does (Tokyo Guidelines wording)', () => {
    const epigastric = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+fever', '+jaundice', '+epigastric-pain']);
    const withTriad = run('acute-abdominal-pain', 'emergency', 70, 'female', ['+charcot-triad', '+fever', '+jaundice', '+epigastric-pain']);
    expect(probOf(epigastric, 'cholangitis')).toBeCloseTo(probOf(withTriad, 'cholangitis'), 6);
  });

  test('fever is counted once for cholangitis: the triad and fever share one correlation group', () => {
    const items = run('jaundice', 'emergency', 70, 'female', ['+fever', '+jaundice', '+right-upper-quadrant-pain']);
    const step = (id: string) => items.differential.find((d) => d.conditionId === 'cholangitis')!.steps.find((s) => s.kind === 'finding' && s.findingId === id) as { counted?: boolean } | undefined;
    expect(step('charcot-triad')?.counted).not.toBe(false);
    expect(step('fever')?.counted).toBe(false);
  });

  test('fever shown absent makes the triad absent (a refuting item), and cholangitis falls below its level with fever unknown', () => {
    const unknown = run('jaundice', 'emergency', 70, 'female', ['+jaundice', '+right-upper-quadrant-pain']);
    const afebrile = run('jaundice', 'emergency', 70, 'female', ['-fever', '+jaundice', '+right-upper-quadrant-pain']);
    const triadStep = afebrile.differential
      .find((d) => d.conditionId === 'cholangitis')!
      .steps.find((s) => s.kind === 'finding' && s.findingId === 'charcot-triad') as { present?: boolean } | undefined;
    expect(triadStep?.present).toBe(false);
    expect(probOf(afebrile, 'cholangitis')).toBeLessThan(probOf(unknown, 'cholangitis'));
  });
});
