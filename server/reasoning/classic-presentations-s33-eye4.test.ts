/**
 * Red eye in adults (session 33, round 4, curator "eye4"): the causes of the red-eye problem that had no textbook-picture
 * guard (corneal foreign body, chemical injury, blepharitis, orbital cellulitis, corneal abrasion, subconjunctival
 * haemorrhage, scleritis, episcleritis and herpes zoster ophthalmicus), each entered as a clinician would (age, sex,
 * setting, the typical findings and the negatives a clinician asks about: no morning gluing, no itch, no trauma, no
 * chemical), on the real knowledge base. Conjunctivitis, keratitis, anterior uveitis and angle closure already had
 * guards (sessions 27 and 29).
 *
 * What was wrong (ranks with calibration off, before this session's entries):
 * - Herpes zoster ophthalmicus: a woman of 70 with a painful, blistering, one-sided dermatomal eruption after prodromal
 *   pain, eye pain and no morning gluing had zoster third in primary care and fourth in the emergency department, behind
 *   both conjunctivitides: the zoster ratios for a unilateral dermatomal rash and for blisters were limited to the rash
 *   problem, so under red eye only the painful rash and age counted.
 * - Scleritis: a woman of 50 with an immune-mediated disease, eye pain, redness that persists after phenylephrine, no
 *   discharge or gluing, no trauma, chemical or contact lens and no corneal stain had scleritis third in primary care and
 *   fourth in the emergency department, behind infective and allergic conjunctivitis: the phenylephrine sentence of Morris
 *   2024 (conjunctivitis and episcleritis blanch, scleritis does not) had been entered for scleritis and episcleritis
 *   but not for conjunctivitis, which it names.
 * Added (evidence/s33-eye4.json, grade C, red eye only):
 * - infective and allergic conjunctivitis x `phenylephrine-test-redness-persists`: LR+ 0.1, LR- 1.3 (very rare 0.025 over
 *   the 0.25 policy background), Morris 2024 JACEP Open doi 10.1002/emp2.13325, Discussion: phenylephrine 'will not
 *   cause a blanching of the injected vessels with scleritis, as it would with conjunctivitis and episcleritis' (read
 *   2026-12-06 at m.booksci.cn/literature/142447665.htm), as session 27 did for episcleritis from the same sentence;
 * - herpes zoster x `unilateral-dermatomal-rash`: LR+ 3.58, LR- 0.14 (very frequent 0.895 over the 0.25 policy
 *   background), Saguil 2017 Am Fam Physician PMID 29431387, Abstract: 'The rash is usually unilateral, confined to a
 *   single dermatome' (session 31's rash figure, extended to red eye).
 * After: zoster first in both settings; scleritis first in primary care and second in the emergency department (behind
 * anterior uveitis, which a quarter of scleritis patients also have, Sainz de la Maza 2012).
 *
 * Right already (guarded here): corneal abrasion first in both settings; corneal foreign body first in the emergency
 * department; chemical injury first in the emergency department; blepharitis first in the emergency department and
 * second (narrowly behind infective conjunctivitis) in primary care; subconjunctival haemorrhage first in the
 * emergency department and second in primary care.
 *
 * Gaps (reported, not fixed; the tests check direction and the can't-miss list only):
 * - Orbital cellulitis: eyelid swelling, fever, proptosis or painful eye movements, active sinusitis and eye pain leave
 *   it fourth in primary care and seventh in the emergency department. Neither eyelid swelling nor fever has a ratio for
 *   orbital cellulitis, and no series read gave their frequency with an identifier seen (Nageswaran 2006, Pediatr Infect
 *   Dis J 25:695-9: proptosis or ophthalmoplegia in 30 of 41 children, 73%, no PMID or DOI seen).
 * - Corneal foreign body in primary care is third even when the foreign body is seen (its prior is the emergency
 *   figure, 2.94%, and the sighting weighs only the 3.58 policy ratio); chemical injury in primary care is second
 *   behind corneal abrasion (policy prior).
 * - Chemical eye injury is not flagged can't-miss in its condition file (`cantMiss: false`), though the problem lists it
 *   as a serious cause; the lead may want to flag it.
 * - Episcleritis stays fifth to seventh on a mild, blanching, watery red eye: no positive feature of it but tearing and
 *   female sex has a ratio.
 * Expectations are about order and direction, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

const zoster = ['+unilateral-dermatomal-rash', '+painful-rash', '+prodromal-pain-before-rash', '+skin-blistering', '+eye-pain', '+no-morning-gluing-either-eye', '-chemical-exposure-to-eye'];
const scleritis = ['+eye-pain', '+history-of-systemic-immune-mediated-disease', '+phenylephrine-test-redness-persists', '-purulent-eye-discharge', '+no-morning-gluing-either-eye', '-recent-eye-trauma-or-contact-lens-injury', '-chemical-exposure-to-eye', '-contact-lens-wearer', '-fluorescein-corneal-epithelial-defect'];
const grinding = ['+eye-injury-while-cutting-or-grinding-metal', '+no-eye-protection-at-time-of-injury', '+foreign-body-sensation-in-eye', '+eye-pain', '+excessive-tearing', '-ocular-itching', '+no-morning-gluing-either-eye', '-chemical-exposure-to-eye'];
const chemical = ['+chemical-exposure-to-eye', '+eye-pain', '+excessive-tearing', '+visual-disturbance', '-recent-eye-trauma-or-contact-lens-injury', '-ocular-itching', '+no-morning-gluing-either-eye'];
const blepharitis = ['+eyelid-margin-inflammation', '+eye-symptoms-over-3-months', '+foreign-body-sensation-in-eye', '+coexisting-facial-dermatosis', '-purulent-eye-discharge', '-visual-disturbance'];
const orbital = ['+eye-or-eyelid-swelling', '+fever', '+proptosis-or-painful-restricted-eye-movements', '+paranasal-sinusitis-active', '+eye-pain', '+visual-disturbance', '-recent-eye-trauma-or-contact-lens-injury', '-chemical-exposure-to-eye', '-ocular-itching'];
const abrasion = ['+recent-eye-trauma-or-contact-lens-injury', '+foreign-body-sensation-in-eye', '+eye-pain', '+excessive-tearing', '+photophobia', '-purulent-eye-discharge'];
const haemorrhage = ['+history-of-hypertension', '-eye-pain', '-visual-disturbance', '-purulent-eye-discharge', '-photophobia', '+no-morning-gluing-either-eye', '-ocular-itching'];
const episcleritis = ['-visual-disturbance', '-purulent-eye-discharge', '-phenylephrine-test-redness-persists', '+no-morning-gluing-either-eye', '-ocular-itching', '+excessive-tearing', '-recent-eye-trauma-or-contact-lens-injury'];

describe('red eye: the causes without a guard (session 33, eye4)', () => {
  test.each(settings)('a woman of 70 with a painful blistering dermatomal eruption and eye pain: herpes zoster first (%s)', (setting) => {
    // Before session 33 (round 4): third in primary care, fourth in the emergency department.
    const r = run('red-eye', setting, 70, 'female', zoster);
    expect(rankOf(r, 'herpes-zoster')).toBe(1);
    const step = findingStepOf(r, 'herpes-zoster', 'unilateral-dermatomal-rash');
    expect(step?.counted).toBe(true);
    expect(step?.lr).toBeGreaterThan(1);
    const noRash = run('red-eye', setting, 70, 'female', ['+eye-pain', '+no-morning-gluing-either-eye', '-chemical-exposure-to-eye', '-unilateral-dermatomal-rash']);
    expect(p(noRash, 'herpes-zoster')).toBeLessThan(p(r, 'herpes-zoster'));
  });

  test.each(settings)('a woman of 50 with an immune-mediated disease, eye pain and redness that does not blanch: scleritis above both conjunctivitides (%s)', (setting) => {
    // Before: third in primary care, fourth in the emergency department, behind infective and allergic conjunctivitis.
    const r = run('red-eye', setting, 50, 'female', scleritis);
    expect(rankOf(r, 'scleritis')).toBeGreaterThan(0);
    expect(rankOf(r, 'scleritis')).toBeLessThanOrEqual(setting === 'primary-care' ? 1 : 2);
    for (const other of ['infective-conjunctivitis', 'allergic-conjunctivitis', 'episcleritis', 'corneal-abrasion']) {
      expect(p(r, 'scleritis')).toBeGreaterThan(p(r, other));
    }
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('scleritis');
  });

  test('redness that persists after phenylephrine lowers both conjunctivitides; blanching raises them', () => {
    const base = ['+eye-pain', '-purulent-eye-discharge'];
    const unknown = run('red-eye', 'primary-care', 45, 'female', base);
    const persists = run('red-eye', 'primary-care', 45, 'female', [...base, '+phenylephrine-test-redness-persists']);
    const blanches = run('red-eye', 'primary-care', 45, 'female', [...base, '-phenylephrine-test-redness-persists']);
    for (const c of ['infective-conjunctivitis', 'allergic-conjunctivitis']) {
      expect(findingStepOf(persists, c, 'phenylephrine-test-redness-persists')?.lr).toBeLessThan(1);
      expect(p(persists, c)).toBeLessThan(p(unknown, c));
      expect(p(blanches, c)).toBeGreaterThan(p(unknown, c));
    }
  });

  test.each(settings)('a man of 35 grinding metal without goggles with a gritty watering eye: corneal foreign body rises when it is seen (%s)', (setting) => {
    const r = run('red-eye', setting, 35, 'male', grinding);
    const seen = run('red-eye', setting, 35, 'male', [...grinding, '+corneal-foreign-body-seen-on-examination']);
    // Session 38 (eyedef): the sighting now meets corneal-foreign-body's definition (Ahmed 2015, PMID 26319343), so it
    // is established (above every ranked candidate) rather than ranked. Emergency department: first without the sighting.
    expect(seen.established.map((d) => d.conditionId)).toContain('corneal-foreign-body');
    expect(r.established.map((d) => d.conditionId)).not.toContain('corneal-foreign-body');
    expect(rankOf(r, 'corneal-foreign-body')).toBeGreaterThan(0);
    if (setting === 'emergency') {
      expect(rankOf(r, 'corneal-foreign-body')).toBe(1);
    }
  });

  test.each(settings)('a man of 30 after a chemical splash with pain, watering and blurred vision: chemical injury leads in the emergency department (%s)', (setting) => {
    const r = run('red-eye', setting, 30, 'male', chemical);
    expect(rankOf(r, 'chemical-eye-injury')).toBeGreaterThan(0);
    expect(rankOf(r, 'chemical-eye-injury')).toBeLessThanOrEqual(setting === 'emergency' ? 1 : 2);
    expect(p(r, 'chemical-eye-injury')).toBeGreaterThan(p(r, 'infective-conjunctivitis'));
    expect(p(r, 'chemical-eye-injury')).toBeGreaterThan(p(r, 'allergic-conjunctivitis'));
  });

  test.each(settings)('a woman of 55 with months of gritty eyes, inflamed lid margins and rosacea: blepharitis in the first two (%s)', (setting) => {
    const r = run('red-eye', setting, 55, 'female', blepharitis);
    expect(rankOf(r, 'blepharitis')).toBeGreaterThan(0);
    expect(rankOf(r, 'blepharitis')).toBeLessThanOrEqual(setting === 'emergency' ? 1 : 2);
    expect(p(r, 'blepharitis')).toBeGreaterThan(p(r, 'allergic-conjunctivitis'));
  });

  test.each(settings)('a man of 30 with a swollen eyelid, fever, proptosis, sinusitis and eye pain: orbital cellulitis on the can\'t-miss list and raised by proptosis (%s)', (setting) => {
    // Gap: fourth (primary care) and seventh (emergency department); eyelid swelling and fever have no ratio for it.
    const r = run('red-eye', setting, 30, 'male', orbital);
    expect(r.cantMiss.map((d) => d.conditionId)).toContain('orbital-cellulitis');
    const noProptosis = run('red-eye', setting, 30, 'male', orbital.map((f) => (f === '+proptosis-or-painful-restricted-eye-movements' ? '-proptosis-or-painful-restricted-eye-movements' : f)));
    expect(p(r, 'orbital-cellulitis')).toBeGreaterThan(p(noProptosis, 'orbital-cellulitis'));
    const bare = run('red-eye', setting, 30, 'male', []);
    expect(p(r, 'orbital-cellulitis')).toBeGreaterThan(p(bare, 'orbital-cellulitis'));
  });

  test.each(settings)('a woman of 30 with a gritty, watering, photophobic eye after a scratch: corneal abrasion first (%s)', (setting) => {
    const r = run('red-eye', setting, 30, 'female', abrasion);
    expect(rankOf(r, 'corneal-abrasion')).toBe(1);
    const stained = run('red-eye', setting, 30, 'female', [...abrasion, '+fluorescein-corneal-epithelial-defect']);
    expect(rankOf(stained, 'corneal-abrasion')).toBe(1);
  });

  test.each(settings)('a hypertensive man of 65 with a painless red eye, normal vision, no discharge or gluing: subconjunctival haemorrhage in the first two (%s)', (setting) => {
    const r = run('red-eye', setting, 65, 'male', haemorrhage);
    expect(rankOf(r, 'subconjunctival-haemorrhage')).toBeGreaterThan(0);
    expect(rankOf(r, 'subconjunctival-haemorrhage')).toBeLessThanOrEqual(setting === 'emergency' ? 1 : 2);
    for (const serious of ['keratitis', 'anterior-uveitis', 'acute-angle-closure-glaucoma', 'scleritis']) {
      expect(p(r, 'subconjunctival-haemorrhage')).toBeGreaterThan(p(r, serious));
    }
  });

  test.each(settings)('a woman of 35 with a watering red eye that blanches with phenylephrine: episcleritis listed and above scleritis (%s)', (setting) => {
    // Gap: fifth (primary care) and seventh (emergency department).
    const r = run('red-eye', setting, 35, 'female', episcleritis);
    expect(rankOf(r, 'episcleritis')).toBeGreaterThan(0);
    expect(p(r, 'episcleritis')).toBeGreaterThan(p(r, 'scleritis'));
  });
});
