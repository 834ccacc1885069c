/**
 * Textbook presentations of fever in a returned traveller entered as a clinician would (findings only, no vignette), on
 * the real knowledge base (session 31, fever curator "travel"). Regression guards only: no knowledge was changed.
 *
 * Gap recorded, not fixed: a man of 34 in the emergency department with fever ten days after returning from sub-Saharan
 * Africa ranks malaria seventh (after community-acquired pneumonia, respiratory tract infection, pyelonephritis,
 * influenza, bacteraemia and sepsis), although malaria is the leading diagnosis among febrile travellers returned from
 * sub-Saharan Africa (19.4% of 1,497 at a UK walk-in clinic, Nic Fhogartaigh 2008). Malaria's prior in fever is the policy
 * prior, and its travel-abroad ratio (3.99) is grade C over the 25% policy background: the share of febrile adults in a
 * non-endemic emergency department or general practice who have recently travelled abroad, which would make it grade B
 * (and also dengue's 3.72 and enteric fever's 3.0), could not be read in session 31 either (Knott 2004 Emerg Med J, PMC1726308,
 * records "risk factor profiles" of febrile ED adults but only its abstract, which gives no travel figure, is stored;
 * Limper 2011, Hausfater 2007 and the Rev Clin Esp 2008 cohort give none in their abstracts). The policy background of 25%
 * almost certainly overstates travel among febrile adults without malaria, so the ratio is conservative; no figure may be
 * put in its place without a source. The other causes keep their priors when travel is recorded (the engine weighs each
 * cause on its own evidence), so a travel ratio alone cannot lift malaria above them in any case.
 *
 * Dengue with a rash and thrombocytopenia after travel (destination not recorded) stays below malaria: thrombocytopenia
 * carries a grade A ratio for malaria (Taylor 2010, 5.6) and a grade C ratio for dengue (Tai 2017 over the policy
 * background, 2.56); no readable source gave a rash or retro-orbital-pain ratio against other febrile travellers
 * (Quinn 2018's seronegative frequencies are in unread tables). Expectations are about order and direction, not
 * percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of fever in a returned traveller (session 31, travel)', () => {
  test('fever ten days after sub-Saharan Africa, man of 34: travel counts for malaria, which rises above its bare rank and above dengue and enteric fever', () => {
    const bare = run('fever', 'emergency', 34, 'male', []);
    for (const setting of ['emergency', 'primary-care'] as const) {
      const r = run('fever', setting, 34, 'male', ['+recent-travel-to-sub-saharan-africa']);
      // Since model 2.54.0 malaria takes the figure measured in febrile travellers from sub-Saharan Africa (Nic
      // Fhogartaigh 2008), so the region, and the travel abroad it implies, are in the prior and not counted again.
      expect(findingStepOf(r, 'malaria', 'recent-travel-abroad')?.counted).toBe(false);
      expect(findingStepOf(r, 'malaria', 'recent-travel-to-sub-saharan-africa')?.counted).toBe(false);
      expect(r.differential.find((d) => d.conditionId === 'malaria')?.steps[0]).toMatchObject({ kind: 'prior', populationWith: 'recent-travel-to-sub-saharan-africa' });
      expect(rankOf(r, 'malaria')).toBeGreaterThan(0);
      expect(rankOf(r, 'malaria')).toBeLessThan(rankOf(r, 'dengue'));
      expect(rankOf(r, 'malaria')).toBeLessThan(rankOf(r, 'enteric-fever'));
    }
    const ed = run('fever', 'emergency', 34, 'male', ['+recent-travel-to-sub-saharan-africa']);
    expect(rankOf(ed, 'malaria')).toBeLessThan(rankOf(bare, 'malaria'));
  });

  test('fever after South Asia with relative bradycardia, woman of 28: enteric fever above malaria and dengue', () => {
    // Matono 2017: return from South Asia LR+ 4.00, relative bradycardia LR+ 1.72 among febrile returned travellers.
    const r = run('fever', 'emergency', 28, 'female', ['+recent-travel-to-south-asia', '+relative-bradycardia']);
    expect(findingStepOf(r, 'enteric-fever', 'recent-travel-to-south-asia')?.grade).toBe('A');
    expect(rankOf(r, 'enteric-fever')).toBeGreaterThan(0);
    expect(rankOf(r, 'enteric-fever')).toBeLessThan(rankOf(r, 'malaria'));
    expect(rankOf(r, 'enteric-fever')).toBeLessThan(rankOf(r, 'dengue'));
  });

  test('fever with a rash and thrombocytopenia after travel, woman of 28: dengue rises with travel and both findings', () => {
    const travelOnly = run('fever', 'emergency', 28, 'female', ['+recent-travel-abroad']);
    const r = run('fever', 'emergency', 28, 'female', ['+recent-travel-abroad', '+skin-eruption', '+platelet-count-below-reference-range']);
    expect(findingStepOf(r, 'dengue', 'skin-eruption')?.counted).toBe(true);
    expect(findingStepOf(r, 'dengue', 'platelet-count-below-reference-range')?.counted).toBe(true);
    expect(rankOf(r, 'dengue')).toBeGreaterThan(0);
    // Direction only: the seven causes above it keep their cited priors, so its rank does not move.
    expect(p(r, 'dengue')).toBeGreaterThan(p(travelOnly, 'dengue'));
  });
});
