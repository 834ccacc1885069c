/**
 * Textbook gastrointestinal presentations entered as a clinician would (findings only, no vignette), on the real
 * knowledge base (session 27, curator tag `gi`). Each case was ranked in a way a clinician would call absurd before a
 * cited weight or prior was corrected or added; the test keeps it from coming back. Expectations are about order, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic gastrointestinal presentations (session 27)', () => {
  // Upper GI malignancy in 1.2% of 4664 first endoscopies for dyspepsia, 0.6% under 50 and 1.8% over 60
  // (Kaosombatwattana 2021 BMJ Open, abstract); it was on the 0.5% policy prior and ranked sixth.
  test('dyspepsia at 70 with weight loss and dysphagia: oesophagogastric cancer is in the top three', () => {
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 70, 'male', ['+epigastric-pain', '+unintentional-weight-loss', '+dysphagia']);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'oesophagogastric-cancer')).toBeLessThanOrEqual(3);
  });

  test('the same dyspepsia makes oesophagogastric cancer likelier at 70 than at 40 (age-banded prior)', () => {
    const findings = ['+epigastric-pain', '+unintentional-weight-loss'];
    const old = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 70, 'male', findings);
    const young = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 40, 'male', findings);
    expect(probOf(old, 'oesophagogastric-cancer') / probOf(old, 'peptic-ulcer-disease')).toBeGreaterThan(
      probOf(young, 'oesophagogastric-cancer') / probOf(young, 'peptic-ulcer-disease'),
    );
  });

  // NAPS2 (Mullady 2011 Gut): 77% of 540 patients with chronic pancreatitis had abdominal pain; it was missing from the
  // complaint's list of causes.
  test('recurrent epigastric pain in a man with alcohol use disorder: chronic pancreatitis is on the differential', () => {
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 50, 'male', ['+epigastric-pain', '+history-of-alcohol-use-disorder']);
    expect(rankOf(r, 'chronic-pancreatitis')).toBeGreaterThan(0);
  });

  // Biliary colic in 62.5% of GP-referred patients with gallstones vs 44.2% without (Thunnissen 2023 J Clin Med).
  test('biliary-type pain raises gallstone disease in recurrent abdominal pain, into the top four', () => {
    const r = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 45, 'female', ['+biliary-colic', '+nausea-or-vomiting']);
    const bare = run('chronic-or-recurrent-abdominal-pain', 'primary-care', 45, 'female', ['+nausea-or-vomiting']);
    expect(probOf(r, 'gallstone-disease')).toBeGreaterThan(probOf(bare, 'gallstone-disease'));
    expect(rankOf(r, 'gallstone-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'gallstone-disease')).toBeLessThanOrEqual(4);
  });

  // 'characterized predominantly by dysphagia to solids and liquids, bland regurgitation, and chest pain'
  // (Farrokhi & Vaezi 2007 Orphanet J Rare Dis); a peptic stricture gives dysphagia to solids first.
  test('dysphagia to solids and liquids with regurgitation and chest pain: achalasia is in the top three, above a peptic stricture', () => {
    const r = run('dysphagia', 'primary-care', 40, 'female', ['+dysphagia-to-solids-and-liquids', '+regurgitation-of-food', '+chest-pain']);
    expect(rankOf(r, 'achalasia')).toBeGreaterThan(0);
    expect(rankOf(r, 'achalasia')).toBeLessThanOrEqual(3);
    expect(rankOf(r, 'achalasia')).toBeLessThan(rankOf(r, 'oesophageal-stricture'));
  });
});
