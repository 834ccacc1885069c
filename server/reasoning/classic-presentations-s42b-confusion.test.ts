/**
 * Session 42b (confusion): one change (a focal deficit now weighs both parts of the stroke split in acute confusion);
 * declines for Kim 2022 Sci Rep as a prior source, epilepsy and haemorrhage without a deficit in confusion, and
 * hypothyroidism in fatigue.
 *
 * CHANGED:
 * - evidence/s42b-confusion.json: acute-stroke x focal-neurological-deficit and intracerebral-haemorrhage x
 *   focal-neurological-deficit, LR+ 3.48, present side only, confusion only, grade C. The gap: in acute confusion a
 *   focal deficit weighed subdural haematoma (2.2, depth2.json) and, behind it, Runchey's haemorrhage-against-infarction
 *   ratios (headache 2.9, vomiting 3.0, diastolic over 110 4.3; s33-neuro5, s37-tnp, all requiresPresent the deficit),
 *   but neither stroke part, so with a deficit subdural haematoma led and ischaemic stroke sat on its bare prior.
 *   Frequency in stroke: Kim 2022 JKMS (kim-2022-jkms-code-stroke-mimics, PMID 35191231, doi 10.3346/jkms.2022.37.e54),
 *   Table 3, re-read 2026-12-07 at PMC8860772/table/T3: 'Hemiparesis | 129 (45.4) | 15 (12.0)' (stroke n = 284);
 *   129/284 = 0.4542, a lower bound (hemiparesis alone; the same table's '0 | 35 (12.3)' neurological symptoms gives
 *   249/284 = 0.877 with one or more of seven deficits, an upper bound, wider than this finding). Background: Liu 2023
 *   Acad Emerg Med (new citation liu-2023-academ-head-ct-geriatric-ed-delirium, PMID 36330667, doi 10.1111/acem.14622),
 *   abstract: 'The prevalence of focal neurologic findings was 13.0% (66/506)' among older ED patients imaged for
 *   confusion or altered mental status (strokes included: over-estimates the frequency without stroke). 0.4542/0.1304
 *   = 3.48. The acute-stroke entry has requiresAbsent facial-paresis-arm-drift-or-abnormal-speech, whose Goldstein 2005
 *   LR+ 5.5 (and LR- 0.39) already counts for acute stroke in every complaint. Both findings read the dysarthria code
 *   (SNOMED 8011004), so findings/facial-paresis-arm-drift-or-abnormal-speech.json moved from its own group
 *   (acute-focal-deficit, no other member) to focal-cerebral-ischaemia (knowledge-base.test: 'two findings that read the
 *   same chart code share a group'); acute stroke is the only condition weighed on it, so nothing else changes. The
 *   haemorrhage entry carries the stroke category's figure to its haemorrhagic part, as session 42 (neuro) carried the
 *   age ratio.
 *   Probe (raw chain, man of 70, emergency confusion), before -> after:
 *   focal deficit alone: acute stroke 20.8% (3rd) -> 47.8% (1st); haemorrhage 6.9% (7th) -> 20.4% (4th); subdural
 *   haematoma 33.1% (1st -> 2nd), unchanged in value.
 *   focal deficit, headache and vomiting: haemorrhage 39.0% -> 69.0% (1st in both); acute stroke 20.8% (4th) -> 47.8%
 *   (2nd); subdural 33.1% (2nd -> 3rd).
 *   facial paresis, arm drift or abnormal speech: unchanged (acute stroke 59.1%, 1st; haemorrhage 6.9%).
 *   headache and vomiting without a deficit: unchanged (haemorrhage 6.9%, 7th).
 *
 * DECLINED:
 * - Kim 2022 Sci Rep (PMID 35322140, doi 10.1038/s41598-022-09110-2, PMC8942995): abstract read ('systemic infection
 *   (581, 28.6%), followed by metabolic causes (455, 22.4%), and stroke (271, 13.4%)' of 2028 ER patients with altered
 *   consciousness, Jan 2018-Dec 2020); its tables (stroke subtypes, intoxication, seizure) could not be read, so no
 *   within-cohort haemorrhagic share replaces Runchey's 24% proxy. Its stroke share (13.4%) is from the same hospital and
 *   consortium as Jung 2020 (18.19%, Feb 2019-Jan 2020, inside Kim's period) and includes 2020, when the same group
 *   reports stroke falling (Jeon 2023 J Neurocrit Care, doi 10.18700/jnc.230008: 14.6% after COVID-19 against 18.2%
 *   before); replacing Jung's figure would lower both stroke parts on an overlapping cohort without a table read.
 * - Intracerebral haemorrhage rank 14 in confusion (top intoxication, UTI, stroke): the textbook pictures with a
 *   deficit put it 1st (above); without a recorded deficit Runchey's ratios do not apply (they were measured among
 *   strokes), and no confusion cohort gives headache or vomiting frequencies by cause.
 * - Epilepsy rank 5 in confusion: no share of post-ictal states among emergency confusion read beyond Forsberg's
 *   GCS <= 10 cohort (as session 42 neuro); tongue biting and prior epilepsy already count.
 * - Hypothyroidism in fatigue (rank 6, depression first): no cold-intolerance finding exists and no per-symptom
 *   frequency for it could be read (Carle 2014 PMID 25305308 abstract gives tiredness, dry skin, breathlessness and
 *   the DORs for tiredness, hair loss and dry skin only; Canaris 1997 PMC1497160 abstract gives the symptom-count LRs,
 *   already entered). Weight gain (2.6), dry skin (2.14), the symptom scores and a raised TSH (LR+ 8.4, de los Santos
 *   1989) already count: a woman of 50 with weight gain, dry skin and a raised TSH has hypothyroidism 19.1%, 2nd,
 *   against depression 19.9% on Stadje 2016's 18.5% prior. Nijrolder 2009 is CMAJ (not Ann Fam Med); its diagnosis
 *   table could not be read (only the abstract opening), so the Koch 2009 prior (0.6%) stays.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';
import { expectKnownIds } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const ICH = 'intracerebral-haemorrhage';
const FND = 'focal-neurological-deficit';
const FAST = 'facial-paresis-arm-drift-or-abnormal-speech';

describe('classic presentations, session 42b (confusion): a focal deficit weighs both parts of the stroke split', () => {
  test('every id used here exists', () => {
    expectKnownIds(kb, [FND, FAST, 'headache', 'nausea-or-vomiting'], []);
    expectKnownIds(kb, [], [ICH, 'acute-stroke', 'subdural-haematoma']);
  });

  test('a man of 70, confused with a focal deficit: acute stroke first, above subdural haematoma', () => {
    const r = run('confusion', 'emergency', 70, 'male', [`+${FND}`]);
    expect(rankOf(r, 'acute-stroke')).toBe(1);
    expect(p(r, 'acute-stroke')).toBeGreaterThan(p(r, 'subdural-haematoma'));
    const step = findingStepOf(r, 'acute-stroke', FND);
    expect(step?.counted).toBe(true);
    expect(findingStepOf(r, ICH, FND)?.counted).toBe(true);
    expect(rankOf(r, ICH)).toBeLessThanOrEqual(4);
  });

  test('with a deficit, headache and vomiting: haemorrhage first, acute stroke above subdural haematoma', () => {
    const r = run('confusion', 'emergency', 70, 'male', [`+${FND}`, '+headache', '+nausea-or-vomiting']);
    expect(rankOf(r, ICH)).toBe(1);
    expect(p(r, 'acute-stroke')).toBeGreaterThan(p(r, 'subdural-haematoma'));
  });

  test('with facial paresis, arm drift or abnormal speech as well, the deficit is counted once for acute stroke', () => {
    const both = run('confusion', 'emergency', 70, 'male', [`+${FND}`, `+${FAST}`]);
    const fastOnly = run('confusion', 'emergency', 70, 'male', [`+${FAST}`]);
    expect(findingStepOf(both, 'acute-stroke', FND)?.counted ?? false).toBe(false);
    expect(p(both, 'acute-stroke')).toBeCloseTo(p(fastOnly, 'acute-stroke'), 6);
  });

  test('unchanged: without a deficit, headache and vomiting leave haemorrhage below acute stroke', () => {
    const r = run('confusion', 'emergency', 70, 'male', ['+headache', '+nausea-or-vomiting']);
    expect(p(r, ICH)).toBeLessThan(p(r, 'acute-stroke'));
    expect(findingStepOf(r, 'acute-stroke', FND)?.counted ?? false).toBe(false);
  });

  test('the ratio is present-side only and limited to confusion', () => {
    const absent = run('confusion', 'emergency', 70, 'male', [`-${FND}`]);
    const bare = run('confusion', 'emergency', 70, 'male', []);
    expect(p(absent, 'acute-stroke')).toBeCloseTo(p(bare, 'acute-stroke'), 6);
    const entries = kb.evidence.filter((e) => e.finding === FND && (e.condition === 'acute-stroke' || e.condition === ICH) && e.lrPositive === 3.48);
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e.appliesTo?.problems).toEqual(['confusion']);
      expect(e.lrNegative).toBeUndefined();
    }
  });
});
