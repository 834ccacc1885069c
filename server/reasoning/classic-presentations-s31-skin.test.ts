/**
 * Textbook presentations of impetigo, adult varicella, herpes zoster and urticaria in rash (session 31, curator "skin"),
 * entered as a clinician would, on the real knowledge base. No number changed in this round: no readable source with an
 * identifier gave the figures that would move impetigo or varicella (the searches are recorded in the `unquantified`
 * reasons of problems/rash.json). These tests hold the guards and directions that are true now.
 *
 * Gaps (reported, not tested):
 * - Impetigo (25-year-old, itchy honey-crusted lesions around the nose and mouth, no fever) ranks about 11th in both
 *   settings. Each diagnosis's probability is its own prior moved by its own ratios, so impetigo (policy prior 0.5%,
 *   not a usual cause in the Ely 2010 coverage list) cannot pass eczema's cited 22.5% or cellulitis's 36.1% with the
 *   crusts' LR 2.8 (Hartman-Adams 2014, policy background): it needs a cited share of adult skin presentations, or a
 *   cited frequency of honey crusts among other rashes. Neither was found (Lai-Kwon 2014 full text, Baibergenova 2011
 *   figure, Bowen 2015 and paediatric series tried).
 * - Adult varicella (30-year-old, fever, malaise, itchy generalised rash of lesions in different stages) ranks 5th:
 *   scabies (itch LR 3.1, blisters LR 2.47) and eczema lead. The hallmark "lesions in different stages" was read only in
 *   textbooks and teaching pages without an identifier (Harrison's summary, VisualDx, Dermatology Advisor, Usatine's
 *   atlas); the adult series giving vesicles, itch and contact history (Korean J Dermatol 2005 and 2010, Al Ain 1998)
 *   had no identifier that could be seen, so no finding or ratio was added.
 * - Herpes zoster at 40 (painful unilateral thoracic dermatomal vesicular rash) ranks 4th-5th in primary care and
 *   3rd-4th in the emergency department, behind eczema, urticaria and cellulitis: painful-rash (LR 3.58) also raises
 *   cellulitis, age under 50 lowers zoster (LR 0.64), prodromal pain shares painful-rash's group, and nothing lowers
 *   eczema or urticaria for a dermatomal vesicular rash. Outside this curator's files (herpes-zoster evidence).
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of impetigo, varicella, zoster and urticaria in rash (session 31, skin)', () => {
  test.each(['primary-care', 'emergency'] as const)('wheals with itch in a 35-year-old woman: urticaria first (%s)', (setting) => {
    const r = run('rash', setting, 35, 'female', ['+urticaria-or-angioedema', '+pruritus']);
    expect(rankOf(r, 'urticaria')).toBe(1);
  });

  test.each(['primary-care', 'emergency'] as const)('honey-coloured crusts raise impetigo, with a counted grade C step (%s)', (setting) => {
    const bare = run('rash', setting, 25, 'male', ['+pruritus', '-fever']);
    const r = run('rash', setting, 25, 'male', ['+honey-coloured-crusts', '+pruritus', '-fever']);
    expect(p(r, 'impetigo')).toBeGreaterThan(p(bare, 'impetigo'));
    expect(rankOf(r, 'impetigo')).toBeLessThan(rankOf(bare, 'impetigo'));
    const step = findingStepOf(r, 'impetigo', 'honey-coloured-crusts');
    expect(step?.counted).toBe(true);
    expect(step?.grade).toBe('C');
  });

  test('fever and malaise with an itchy blistering rash in a 30-year-old: viral exanthem rises above its bare-rash rank', () => {
    const bare = run('rash', 'primary-care', 30, 'male', ['+pruritus', '+skin-blistering']);
    const r = run('rash', 'primary-care', 30, 'male', ['+fever', '+malaise', '+pruritus', '+skin-blistering']);
    expect(p(r, 'viral-exanthem')).toBeGreaterThan(p(bare, 'viral-exanthem'));
    expect(rankOf(r, 'viral-exanthem')).toBeLessThan(rankOf(bare, 'viral-exanthem'));
  });

  test('a painful thoracic dermatomal rash at 40 puts herpes zoster above scabies and within the top five', () => {
    const r = run('rash', 'primary-care', 40, 'male', ['+rash-in-thoracic-dermatome', '+painful-rash']);
    expect(rankOf(r, 'herpes-zoster')).toBeGreaterThan(0);
    expect(rankOf(r, 'herpes-zoster')).toBeLessThanOrEqual(5);
    expect(p(r, 'herpes-zoster')).toBeGreaterThan(p(r, 'scabies'));
  });
});
