/**
 * Session 42d (altered: confusion): no knowledge change; declines and state guards only. Nothing was written to
 * server/knowledge/data (no evidence/s42d-altered.json, no edit to problems/confusion.json, no narrowing edit in another
 * curator's file). The confusion priors were left as session 42 (neuro) split them; both settings sum to 0.90.
 *
 * CHANGED: nothing.
 *
 * DECLINED (searched 2026-12-07, corpus 'pages'; every source below returned its abstract or article opening only):
 * - Jeon 2023 (J Neurocrit Care 16(1):10-17, doi 10.18700/jnc.230008; e-jnc.org view.php?number=388, pubreader and
 *   synapse.koreamed.org/articles/1516083159): abstract read, '1,936 patients with ALCs (731 and 1,205 in BC and AC)',
 *   'stroke (14.6% vs. 18.2%, P=0.037)', 'systemic infection (25.9%)', 'metabolic causes (20.8%)'. No stroke-subtype
 *   or seizure share was returned (searches phrased on its tables returned the abstract again). The 731 'BC' patients are
 *   Jung 2020's cohort (18.2% = Jung's 18.19%), so nothing here would measure the haemorrhagic share of Jung's stroke
 *   figure; Runchey 2010's proxy split (ICH 0.0432, acute stroke 0.1388) stands.
 * - Jung 2020 (J Neurocrit Care 13(2):86-92, doi 10.18700/jnc.200010; e-jnc.org number=326, koreamed RID 2509937): the
 *   registered prior source; abstract and introduction only, no table of stroke subtypes or seizures returned.
 * - Kim 2022 Sci Rep (PMID 35322140, PMC8942995, doi 10.1038/s41598-022-09110-2): abstract again ('2028 patients',
 *   'stroke (271, 13.4%)'); tables not reachable; nothing entered (as s42b and s42c).
 * - Kim 2022 Intern Emerg Med (multicentre, 7,988 eligible ALC patients; metajournal and research.knu.ac.kr abstract,
 *   no PMID/DOI seen): 'metabolic cause (n = 1972, 24.7%), followed by systemic infection (n = 1378, 17.3%)'; no stroke
 *   or seizure figure in what was read. Lead only.
 * - Shin 2018 (Clin Exp Emerg Med 5(1), PMID 29618186, PMC5891739, doi 10.15441/ceem.16.163): abstract only again
 *   ('146 (39.8%) were positive' of 367 CTs; focal neurologic deficit 'OR, 132.6' multivariable). Table 1 (deficit in
 *   CT-positive vs CT-negative) not returned; an adjusted OR is not a ratio of frequencies. Not entered.
 * - 'Mental status changes and stroke' (J Gen Intern Med, doi 10.1007/BF02599217; abstract at doi.org and an index
 *   mirror): same figures as the s42c header (9 of 127 strokes, 6 of 9 with focal findings, 3 of 109 without focal
 *   findings had strokes); no PMID was seen in any returned page (the mirror's number 40386975 is its own index, not a
 *   PMID). No change: s42c already showed it supports the s42b ratio (3.48) as conservative, and it holds no
 *   intracerebral haemorrhage ('There was no intracerebral hemorrhage').
 * - Epileptic seizure rank 5 with a witnessed seizure before the confusion: seizure-at-symptom-onset has one entry,
 *   acute-stroke in focal weakness (Kim 2022 JKMS code-stroke mimics, s27-neuromsk), none for epileptic seizure; no
 *   frequency of a witnessed seizure among confused or unconscious patients by final cause, with an identifier, was
 *   returned (searches on witnessed seizure, post-ictal state, impaired consciousness cohorts: review pages and
 *   BestBETs on transient loss of consciousness only, a different complaint whose comparison group is syncope, which
 *   session 37 forbids carrying over without a comparable comparison group). Probe today, man of 30, emergency,
 *   +seizure-at-symptom-onset: intoxication 21.9%, sepsis 11.0%, subdural haematoma 10.3%, epileptic seizure 4th 9.0%
 *   (Forsberg 2009 prior 0.075), no finding step. Unchanged; pinned below so that a later entry shows here.
 * - Intracerebral haemorrhage rank 14 without a deficit: no new figure (headache and vomiting carry no ratio for it in
 *   confusion; probe at 70 with both: 7th, 8.5%, same as bare). With a deficit it is 4th (18.1%, s42b). Unchanged.
 *
 * Leads: the tables of Jeon 2023 (doi 10.18700/jnc.230008, Table 2: etiologies BC/AC), Kim 2022 Sci Rep (PMC8942995
 * tables), Shin 2018 Table 1 (PMC5891739); Kim 2022 Intern Emerg Med (multicentre ALC, identifier not seen); the Stroke
 * abstract TP365 'Clinical predictors of ischemic stroke in patients presenting with altered mental status' (841 AMS
 * patients with MRI, 'focal neurological deficit was reported in 20%', ischaemic stroke 16%; no identifier seen, no
 * within-group counts in the abstract).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, priorStepOf, probOf, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ICH = 'intracerebral-haemorrhage';
const SZ = 'epileptic-seizure';
const WITNESSED = 'seizure-at-symptom-onset';

describe('classic presentations, session 42d (altered): confusion declines pinned', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, [WITNESSED, 'focal-neurological-deficit', 'headache', 'nausea-or-vomiting'], []);
    expectKnownIds(kb, [], [ICH, SZ, 'acute-stroke', 'drug-or-alcohol-intoxication']);
  });

  test('the confusion priors still sum to at most 1 in both settings, with the proxy stroke split unchanged', () => {
    const priors = kb.problems.get('confusion')!.priors;
    for (const setting of ['emergency', 'primary-care'] as const) {
      const list = priors[setting] ?? [];
      const sum = list.reduce((s, p) => s + p.probability, 0);
      expect(sum).toBeLessThanOrEqual(1);
      expect(list.find((p) => p.condition === ICH)?.probability).toBe(0.0432);
      expect(list.find((p) => p.condition === 'acute-stroke')?.probability).toBe(0.1388);
      expect(list.find((p) => p.condition === SZ)?.probability).toBe(0.075);
    }
  });

  test('a witnessed seizure before the confusion still weighs nothing for epileptic seizure (no measured frequency)', () => {
    const r = run('confusion', 'emergency', 30, 'male', [`+${WITNESSED}`]);
    const bare = run('confusion', 'emergency', 30, 'male', []);
    expect(findingStepOf(r, SZ, WITNESSED)).toBeUndefined();
    expect(priorStepOf(r, SZ)?.source?.citation).toBe('forsberg-2009-emergmedj-coma-impaired-consciousness-er');
    expect(probOf(r, SZ)).toBeCloseTo(probOf(bare, SZ), 6);
    expect(rankOf(r, SZ)).toBe(4);
    expect(rankOf(r, 'drug-or-alcohol-intoxication')).toBe(1);
  });

  test('intracerebral haemorrhage: Runchey proxy prior; headache and vomiting do not move it, a deficit does', () => {
    const bare = run('confusion', 'emergency', 70, 'male', []);
    const hv = run('confusion', 'emergency', 70, 'male', ['+headache', '+nausea-or-vomiting']);
    const fnd = run('confusion', 'emergency', 70, 'male', ['+focal-neurological-deficit']);
    expect(priorStepOf(bare, ICH)?.source?.citation).toBe('runchey-2010-jama-haemorrhagic-stroke-rce');
    expect(probOf(hv, ICH)).toBeCloseTo(probOf(bare, ICH), 6);
    expect(rankOf(hv, ICH)).toBeGreaterThan(rankOf(hv, 'acute-stroke'));
    expect(probOf(fnd, ICH)).toBeGreaterThan(probOf(bare, ICH));
    expect(rankOf(fnd, ICH)).toBeLessThanOrEqual(4);
  });
});
