/**
 * Textbook presentations of haematemesis or melaena entered as a clinician would (findings only, no vignette), on the
 * real knowledge base (session 28, upper GI bleeding curator 2). Before this session an ulcer seen, or not seen, at
 * endoscopy moved nothing: a man of 55 with erosive duodenitis and no ulcer still had peptic ulcer disease above
 * duodenitis, and varices or oesophagitis at endoscopy had no finding at all. The endoscopic findings now carry grade B
 * ratios from Hearnshaw 2011 (Gut, 2007 UK audit, Table 5 'Main endoscopic diagnoses', 5004 endoscoped patients): the
 * lesion that defines a diagnosis (any peptic ulcer 1826, any varices 544, Mallory-Weiss alone 106, oesophagitis alone
 * 443, PHG alone 25) against its frequency in the other endoscoped bleeders, and a second lesion excludes a diagnosis
 * the audit counts as the only lesion. Peptic ulcer's ratio for melaena (Butt 2024, against the 25% policy background)
 * no longer counts in this complaint, where melaena is the complaint itself. Order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const P = 'haematemesis-or-melaena';

describe('classic presentations of haematemesis or melaena with endoscopy (session 28, ugib2)', () => {
  for (const setting of ['primary-care', 'emergency'] as const) {
    // Hearnshaw 2011 Table 5: erosive duodenitis alone 114 (LR 8.32, depth-s11) and any PUD 1826 of 5004, so no
    // ulcer at endoscopy gives peptic ulcer disease LR- 0.105/0.975 = 0.108.
    test(`${setting}: a man of 55 with melaena, erosive duodenitis and no ulcer at endoscopy: duodenitis above peptic ulcer disease`, () => {
      const r = run(P, setting, 55, 'male', ['+melaena-reported', '+endoscopy-erosive-duodenitis', '-endoscopy-peptic-ulcer']);
      expect(rankOf(r, 'duodenitis')).toBeGreaterThan(0);
      expect(rankOf(r, 'duodenitis')).toBeLessThan(rankOf(r, 'peptic-ulcer-disease'));
    });

    // Hearnshaw 2011 Table 5: any PUD 1826 of 5004 (the condition is the endoscopic diagnosis; LR+ 0.895/0.025).
    test(`${setting}: an ulcer seen at endoscopy puts peptic ulcer disease first`, () => {
      const r = run(P, setting, 62, 'female', ['+melaena-reported', '+endoscopy-peptic-ulcer']);
      expect(rankOf(r, 'peptic-ulcer-disease')).toBe(1);
    });

    // Hearnshaw 2011 Table 5: any varices 544 of 5004 (LR+ 0.895/0.025); an ulcer not seen lowers peptic ulcer disease.
    test(`${setting}: varices and no ulcer at endoscopy: variceal bleeding first, above peptic ulcer disease`, () => {
      const r = run(P, setting, 50, 'male', ['+haematemesis-reported', '+endoscopy-varices', '-endoscopy-peptic-ulcer']);
      expect(rankOf(r, 'variceal-bleeding')).toBe(1);
      expect(rankOf(r, 'variceal-bleeding')).toBeLessThan(rankOf(r, 'peptic-ulcer-disease'));
    });

    // Hearnshaw 2011 Table 5: Mallory-Weiss alone 106, any Mallory-Weiss 213 (LR+ 0.895/(107/4898) = 41).
    test(`${setting}: retching, haematemesis and a Mallory-Weiss tear with no ulcer at endoscopy: Mallory-Weiss tear first`, () => {
      const r = run(P, setting, 30, 'male', ['+haematemesis-reported', '+vomiting', '+upper-endoscopy-mallory-weiss-tear', '-endoscopy-peptic-ulcer']);
      expect(rankOf(r, 'mallory-weiss-tear')).toBe(1);
    });

    // Hearnshaw 2011 Table 5: oesophagitis alone 443, any oesophagitis 1177 (LR+ 0.895/(734/4561) = 5.6).
    test(`${setting}: oesophagitis and neither ulcer nor varices at endoscopy: reflux disease above peptic ulcer and variceal bleeding`, () => {
      const r = run(P, setting, 45, 'female', ['+haematemesis-reported', '+endoscopy-oesophagitis', '-endoscopy-peptic-ulcer', '-endoscopy-varices']);
      expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(0);
      expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeLessThan(rankOf(r, 'peptic-ulcer-disease'));
      expect(rankOf(r, 'gastro-oesophageal-reflux-disease')).toBeLessThan(rankOf(r, 'variceal-bleeding'));
    });
  }

  // Hearnshaw 2011 Table 5: gastritis/erosions alone 360 has no second lesion; any PUD 1826 of the other 4644.
  test('gastric erosions at endoscopy: an ulcer seen beside them lowers gastritis as the bleeding source', () => {
    const p = (f: string[]) => probOf(run(P, 'emergency', 45, 'female', ['+endoscopy-gastritis-or-gastric-erosions', ...f]), 'gastritis');
    expect(p(['+endoscopy-peptic-ulcer'])).toBeLessThan(p([]));
    expect(p(['-endoscopy-peptic-ulcer'])).toBeGreaterThan(p([]));
  });

  // Hearnshaw 2011 Table 5: PHG alone 25 (PHG and varices only 134, counted as varices): varices seen beside PHG
  // make the varices, not the gastropathy, the source.
  test('portal hypertensive gastropathy with varices at endoscopy: variceal bleeding above the gastropathy', () => {
    const r = run(P, 'emergency', 60, 'male', ['+melaena-reported', '+history-of-cirrhosis', '+endoscopy-portal-hypertensive-gastropathy', '+endoscopy-varices']);
    expect(rankOf(r, 'variceal-bleeding')).toBeLessThan(rankOf(r, 'portal-hypertensive-gastropathy'));
  });

  // Melaena is the complaint itself here: peptic ulcer's melaena ratio (Butt 2024, 62% against the 25% policy) no longer
  // counts in this problem, so melaena alone does not raise it above what sex gives.
  test('melaena alone does not raise peptic ulcer disease within haematemesis or melaena', () => {
    const bare = probOf(run(P, 'emergency', 60, 'male', []), 'peptic-ulcer-disease');
    const mel = probOf(run(P, 'emergency', 60, 'male', ['+melaena-reported']), 'peptic-ulcer-disease');
    expect(mel).toBeCloseTo(bare, 6);
  });
});
