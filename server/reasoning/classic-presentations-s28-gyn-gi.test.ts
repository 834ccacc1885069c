/**
 * Textbook presentations entered as a clinician would (findings only, no vignette), on the real knowledge base (session 28,
 * tag gyn-gi): endometrial atrophy in postmenopausal bleeding and erosive duodenitis in upper GI bleeding, whose weights are
 * in server/knowledge/data/evidence/s28-gyn-gi.json. Expectations are about order and direction, not percentages, since the
 * recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic gynaecological and upper GI presentations (session 28, gyn-gi)', () => {
  // Before: with an endometrium of 5 mm or more, endometrial polyp led and atrophy was 2nd, whatever hysteroscopy showed.
  // Sarvi 2016 (Turk J Obstet Gynecol, PMID 28913119): hysteroscopy for normal findings in postmenopausal bleeding,
  // sensitivity 98%, specificity 100% (entered at the lower 95% bound of 9/9, 0.664).
  test('postmenopausal bleeding, endometrium 5 mm or more, hysteroscopy shows a normal atrophic cavity: endometrial atrophy leads', () => {
    const r = run('postmenopausal-bleeding', 'primary-care', 64, 'female', [
      '+tvus-endometrial-thickness-5mm-or-more',
      '+hysteroscopy-normal-atrophic-cavity',
      '-hysteroscopy-endometrial-polyp',
      '-hysteroscopy-suspicious-for-endometrial-cancer',
    ]);
    expect(rankOf(r, 'endometrial-atrophy')).toBe(1);
    const lesion = run('postmenopausal-bleeding', 'primary-care', 64, 'female', ['+tvus-endometrial-thickness-5mm-or-more', '-hysteroscopy-normal-atrophic-cavity']);
    expect(probOf(lesion, 'endometrial-atrophy')).toBeLessThan(probOf(r, 'endometrial-atrophy'));
  });

  // Hearnshaw 2011 (Gut, 2007 UK audit) Table 5: erosive duodenitis alone 114 of 5004 endoscoped bleeders, any peptic ulcer
  // 1826 and any gastritis/erosions 1091 of the other 4890; a second lesion at the same endoscopy excludes 'duodenitis alone'.
  test('erosive duodenitis at endoscopy: a peptic ulcer seen beside it lowers duodenitis, no ulcer raises it', () => {
    const base = ['+endoscopy-erosive-duodenitis'];
    const p = (f: string[]) => probOf(run('haematemesis-or-melaena', 'emergency', 55, 'male', [...base, ...f]), 'duodenitis');
    expect(p(['+endoscopy-peptic-ulcer'])).toBeLessThan(p([]));
    expect(p(['-endoscopy-peptic-ulcer', '-endoscopy-gastritis-or-gastric-erosions'])).toBeGreaterThan(p([]));
  });
});
