/**
 * Session 33 (lead): a definition that establishes acute pancreatitis, on a curator's lead (abdo3: "a patient with a
 * lipase over three times normal does not have pancreatitis in the top five in primary care, because the primary-care
 * prior is the policy prior"). The revised Atlanta classification (Banks 2013, Gut; read in its reproduction as CJASN
 * Table 1) establishes the diagnosis by two of three features: pain consistent with it (acute, persistent, severe,
 * epigastric, often radiating to the back), a lipase or amylase at least three times the upper limit of normal, and
 * characteristic imaging. Entered as epigastric pain with either enzyme at three times normal (the imaging criterion has
 * no finding yet). Sufficient, not necessary: without the epigastric site the enzyme still counts as evidence only.
 * Expectations are about what is established and listed, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('acute pancreatitis by the revised Atlanta criteria (session 33, lead)', () => {
  test.each(settings)('a man of 48 with epigastric pain through to the back, vomiting and a lipase over three times normal: pancreatitis established, the other can\u2019t-miss causes still listed (%s)', (setting) => {
    const r = run('acute-abdominal-pain', setting, 48, 'male', ['+epigastric-pain', '+abdominal-pain-radiating-to-back', '+vomiting', '+lipase-over-3x-uln']);
    expect(r.established.map((d) => d.conditionId)).toContain('acute-pancreatitis');
    expect(rankOf(r, 'acute-pancreatitis')).toBe(0);
    // A raised lipase also occurs with a perforation or a ruptured aneurysm: they stay on the can't-miss list.
    for (const other of ['perforated-viscus', 'abdominal-aortic-aneurysm']) {
      expect(r.cantMiss.some((d) => d.conditionId === other)).toBe(true);
    }
  });

  test.each(settings)('the amylase at three times normal is the other enzyme criterion (%s)', (setting) => {
    const r = run('acute-abdominal-pain', setting, 48, 'male', ['+epigastric-pain', '+amylase-over-3x-uln']);
    expect(r.established.map((d) => d.conditionId)).toContain('acute-pancreatitis');
  });

  test.each(settings)('one criterion is not enough: epigastric pain alone, or a raised lipase without epigastric pain, establishes nothing (%s)', (setting) => {
    const pain = run('acute-abdominal-pain', setting, 48, 'male', ['+epigastric-pain', '+vomiting']);
    expect(pain.established.map((d) => d.conditionId)).not.toContain('acute-pancreatitis');
    const enzyme = run('acute-abdominal-pain', setting, 48, 'male', ['+lipase-over-3x-uln']);
    expect(enzyme.established.map((d) => d.conditionId)).not.toContain('acute-pancreatitis');
    expect(rankOf(enzyme, 'acute-pancreatitis')).toBeGreaterThan(0);
  });
});
