/**
 * Textbook presentations of headache and focal weakness entered as a clinician would (findings only, no vignette), on
 * the real knowledge base (session 31, neurology curator "neuro").
 *
 * No knowledge change was kept: a grade C ratio for stroke on a deficit that progressed over days or weeks (abrupt onset
 * "the hallmark of the diagnosis", Yew & Cheng 2009; complement 0.105 over the 0.25 policy background, LR+ 0.42) was
 * written and withdrawn, since the knowledge test refuses a frequency below the policy background unless the source
 * says the finding is very rare (4% or less), and the review does not. These tests are guards of what already holds.
 *
 * Gaps not fixed (see the session report), so not asserted:
 * - Emergency focal weakness progressing over weeks with headache, a first seizure and confusion still ranks stroke
 *   (code-stroke prior 69.4%, selected for abrupt onset) and intracerebral haemorrhage above a brain tumour: Hamilton
 *   2007's primary-care ratios (confusion, new seizure) do not apply in the emergency department, and no emergency
 *   figure of progression among tumours against stroke mimics could be read.
 * - In primary care the tumour leads only when confusion is entered (Hamilton 2007, LR 15.4); without it stroke stays
 *   first. "Personality change" has no finding of its own; a morning headache has none either.
 * - Headache with fever and neck stiffness: migraine stays above bacterial meningitis in both settings. The neck
 *   stiffness ratios of bacterial and viral meningitis (infneuro-headache.json) are limited to the emergency
 *   department, and the fever ratio (depth-k3-neuro.json) uses the 25% policy background although Frese 2014 gives
 *   fever in 10.4% of general-practice headache consultations. Both files belong to other curators; the proposal is
 *   in the report. No frequency of fever or examined neck stiffness in migraine could be read (session 26).
 * - A postpartum woman has no finding (no "postpartum" or "puerperium" finding exists) for cerebral venous thrombosis.
 *
 * Changed in session 36 (curator tumour5): 'brain tumour first' (focal weakness, first seizure and confusion) rested on
 * Hamilton 2007's confusion ratio (PMID 17761056, LR 15.4, against the whole consulting population), which is no longer
 * counted when a new-onset seizure is charted: the confusion may be post-ictal, from a seizure of any cause (including a
 * stroke with a seizure), and the seizure ratio itself was declined in focal weakness (lead review 2026-12-04). Now 'in
 * the first three, above epileptic seizure', as in classic-presentations-s29-r3neuro.test.ts; stroke and intracerebral
 * haemorrhage compete (no primary-care ratio of progression among tumours against stroke could be read).
 *
 * Expectations are about order and direction, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const tumourPicture = ['+focal-deficit-progressive-over-days-or-weeks', '+headache', '+new-onset-seizure'];

describe('classic presentations of headache and focal weakness (session 31, neuro)', () => {
  test('a man of 58 in general practice, weakness progressing over weeks, headache, a first seizure and confusion: brain tumour in the first three (session 36 tumour5: was first)', () => {
    // Guard. Brain tumour: s29 progression LR+ 3.58; Hamilton 2007 confusion LR 15.4 not counted beside a charted seizure.
    const r = run('focal-weakness', 'primary-care', 58, 'male', [...tumourPicture, '+confusion']);
    const rank = rankOf(r, 'brain-tumour');
    expect(rank > 0 && rank <= 3).toBe(true);
    expect(p(r, 'brain-tumour')).toBeGreaterThan(p(r, 'epileptic-seizure'));
  });

  test('a woman of 32 on the pill in the emergency department, headache over days, papilloedema, vomiting and a seizure: cerebral venous thrombosis first', () => {
    // Guard: papilloedema (s29, LR+ 20.7), oestrogen (s19, 1.9), new seizure (2.18). Already first before this session.
    const r = run('headache', 'emergency', 32, 'female', ['+exogenous-oestrogen-use', '+papilloedema', '+vomiting', '+new-onset-seizure']);
    expect(rankOf(r, 'cerebral-venous-thrombosis')).toBe(1);
    expect(p(r, 'cerebral-venous-thrombosis')).toBeGreaterThan(p(r, 'migraine'));
  });

  test('a woman of 28 with a recurrent one-sided headache, nausea and photophobia and a normal examination: migraine first', () => {
    // Guard for both settings (Detsky 2006 ratios apply in primary care only).
    const findings = ['+unilateral-headache', '+nausea-or-vomiting', '+photophobia', '-focal-neurological-deficit', '-papilloedema', '-fever'];
    expect(rankOf(run('headache', 'primary-care', 28, 'female', findings), 'migraine')).toBe(1);
    expect(rankOf(run('headache', 'emergency', 28, 'female', findings), 'migraine')).toBe(1);
  });
});
