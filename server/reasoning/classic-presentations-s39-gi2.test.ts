/**
 * Session 39, round 2 (gi2): lower and upper GI complaints, acute abdominal pain, nausea and vomiting.
 *
 * (1) DKA in emergency nausea and vomiting with a glucose over 13.9 mmol/L. The complaint had no DKA prior (policy 0.005),
 * so a vomiting patient with a glucose over 250 mg/dL, a pH under 7.3 and ketonuria ranked DKA below gastroenteritis.
 * Arora 2011 (arora-2011-diabetescare-poc-ketones-dka, doi 10.2337/dc10-1844; abstract: "Of 516 hyperglycemic subjects,
 * 54 had DKA", emergency patients with a triage glucose of at least 250 mg/dL, all screened) is the hyperglycaemia
 * problem's emergency figure; it is now also the emergency prior of DKA in nausea and vomiting, with populationWith
 * glucose-over-13-9 and WITHOUT usedWhenUnknown (most vomiting patients are not hyperglycaemic, so an unrecorded glucose
 * keeps the policy prior), labelled proxy: the cohort is every hyperglycaemic emergency patient, and vomiting is a DKA
 * symptom, so the share among hyperglycaemic vomiting patients is probably higher (the figure likely understates). The
 * glucose ratio is then not counted on top (the engine's populationWith rule).
 * DECLINED in acute abdominal pain: the same figure there makes the emergency priors of a patient of 65 or over add up to
 * 1.052 (Cervellin 2016's age-banded gallstone, diverticulitis and appendicitis figures beside Fagerström 2017 and
 * Chanana 2015), and kb:check refuses it; an age limit the source does not state was not invented to fit it (lead).
 *
 * (2) Non-specific abdominal pain: Jearwattanakanok 2013's five ratios (diarrhoea 2.99, white count 10 or less 3.06,
 * heart rate over 100 0.55, nausea or vomiting 0.71, guarding or rebound 0.34; jearwattanakanok-2013-jcurrsurg-acute-lower-
 * abdominal-pain-women, doi 10.4021/jcs179w, Table 1) compare NSAP with appendicitis and gynaecological causes in women of
 * 15-50 admitted with acute lower abdominal pain. A two-group ratio holds only where its comparison group is most of the
 * complaint's other patients (CURATION, session 36). That is so in pelvic pain, not in emergency acute abdominal pain,
 * whose other patients are mostly renal colic, urinary infection, biliary disease and gastroenteritis in both sexes
 * (Cervellin 2016: NSAP 31%, renal colic 31%; Chanana 2015). There a white count under 10 (3.06) or diarrhoea (2.99,
 * where gastroenteritis is the commonest other cause with diarrhoea) made NSAP first in pictures that point elsewhere.
 * Narrowed in place (evidence/depth-s7-gihaem.json, appliesTo.problems ['pelvic-pain']); Kuopio 2021's all-comers
 * female-sex ratio for NSAP stays in acute abdominal pain. No all-comers ratio for the five findings could be read
 * (Kuopio 2021's table III is an image; Eskelinen 2012 gives risk ratios of history items only).
 *
 * Tried and declined (see the report): a mild-anaemia ratio for colorectal cancer in diarrhoea (Hamilton 2008's banded
 * tables and Hamilton 2009's age-sex PPV tables not reached; Ford 2008 Gut's anaemia LR has no identifier seen);
 * Srygley 2012's age-under-50 ratio for an upper source in GI bleeding (no page with an identifier shows it); mesenteric
 * ischaemia x atrial fibrillation in GI and rectal bleeding (AMESI's comparison group is suspected ischaemia, and
 * anticoagulated AF patients bleed more often, so the transfer would overstate); a perforated-viscus prior in emergency
 * abdominal pain (the setting's cited priors already fill 0.95 at 65 and over); Gayer 2009's admitted emergency
 * lower-GI-bleeding shares (gayer-2009-surgery-lower-gi-bleeding-1112-patients, PMID 19789018: diverticulosis 33.5%,
 * haemorrhoids 22.5%) for emergency rectal bleeding in place of the Newcastle primary-care figures for patients over 40
 * (tried: without an age band they were borrowed for young primary-care patients outside the Newcastle stratum, putting
 * diverticular disease at 0.335 for a 28-year-old and failing the s33-bleed6 and s37-tgi guards; reverted until
 * Gayer's ages are read).
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, priorStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations, session 39 round 2 (gi2)', () => {
  test('every finding id used here exists', () => {
    for (const id of ['vomiting', 'nausea-or-vomiting', 'glucose-over-13-9', 'ph-below-7-3', 'urine-ketones-positive', 'diarrhoea', 'leukocyte-count-10-or-less', 'heart-rate-over-100', 'guarding-or-rebound-tenderness', 'abdominal-pain', 'pelvic-pain-symptom']) {
      expect(kb.findings.has(id)).toBe(true);
    }
  });

  test('nausea and vomiting, emergency: DKA prior from Arora 2011, only for a glucose over 13.9 mmol/L, labelled proxy', () => {
    const em = kb.problems.get('nausea-and-vomiting')!.priors.emergency ?? [];
    const dka = em.filter((x) => x.condition === 'diabetic-ketoacidosis');
    expect(dka.length).toBe(1);
    expect(dka[0].source.citation).toBe('arora-2011-diabetescare-poc-ketones-dka');
    expect(dka[0].populationWith).toBe('glucose-over-13-9');
    expect(dka[0].usedWhenUnknown).toBeFalsy();
    expect(dka[0].populationMatch).toBe('proxy');
    // The primary-care setting has no such figure (Arora is an emergency cohort).
    expect((kb.problems.get('nausea-and-vomiting')!.priors['primary-care'] ?? []).some((x) => x.condition === 'diabetic-ketoacidosis')).toBe(false);
  });

  test('a 31-year-old man vomiting in the emergency department with glucose over 13.9 mmol/L, pH under 7.3 and ketonuria: DKA first', () => {
    const r = run('nausea-and-vomiting', 'emergency', 31, 'male', ['+vomiting', '+glucose-over-13-9', '+ph-below-7-3', '+urine-ketones-positive']);
    expect(rankOf(r, 'diabetic-ketoacidosis')).toBe(1);
    expect(p(r, 'diabetic-ketoacidosis')).toBeGreaterThan(p(r, 'gastroenteritis'));
    // The prior was measured in patients with that glucose: the glucose ratio is not counted again.
    expect(findingStepOf(r, 'diabetic-ketoacidosis', 'glucose-over-13-9')?.counted).toBe(false);
  });

  test('a vomiting patient whose glucose is not recorded keeps the policy prior for DKA (gastroenteritis above it)', () => {
    const r = run('nausea-and-vomiting', 'emergency', 31, 'male', ['+vomiting']);
    expect(p(r, 'gastroenteritis')).toBeGreaterThan(p(r, 'diabetic-ketoacidosis'));
    expect(priorStepOf(r, 'diabetic-ketoacidosis')?.probability ?? 0).toBeLessThan(0.05);
  });

  test('acute abdominal pain has no DKA prior (declined: the emergency sum at 65 and over)', () => {
    const em = kb.problems.get('acute-abdominal-pain')!.priors.emergency ?? [];
    expect(em.some((x) => x.condition === 'diabetic-ketoacidosis')).toBe(false);
  });

  test("Jearwattanakanok 2013's NSAP ratios count in pelvic pain only, not in acute abdominal pain", () => {
    const entries = kb.evidence.filter((e) => e.condition === 'nonspecific-abdominal-pain' && e.source.citation === 'jearwattanakanok-2013-jcurrsurg-acute-lower-abdominal-pain-women');
    expect(entries.length).toBe(5);
    for (const e of entries) {
      expect(e.appliesTo?.problems).toEqual(['pelvic-pain']);
    }
  });

  test('emergency acute abdominal pain with diarrhoea and a normal white count: the two-group NSAP ratios are not counted', () => {
    const r = run('acute-abdominal-pain', 'emergency', 30, 'male', ['+abdominal-pain', '+diarrhoea', '+vomiting', '+leukocyte-count-10-or-less']);
    expect(findingStepOf(r, 'nonspecific-abdominal-pain', 'diarrhoea')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'nonspecific-abdominal-pain', 'leukocyte-count-10-or-less')?.counted ?? false).toBe(false);
    // Gastroenteritis rises with diarrhoea and vomiting toward NSAP (it was 2.99 x 3.06 behind before).
    expect(p(r, 'gastroenteritis')).toBeGreaterThan(0.5 * p(r, 'nonspecific-abdominal-pain'));
  });

  test('a 74-year-old woman with epigastric pain, tachycardia and NSAID use in the emergency department: perforated viscus closer to NSAP than before (tachycardia no longer counts for NSAP)', () => {
    const r = run('acute-abdominal-pain', 'emergency', 74, 'female', ['+abdominal-pain', '+epigastric-pain', '+heart-rate-over-100', '+nsaid-use', '+leukocyte-count-10-or-less']);
    expect(findingStepOf(r, 'nonspecific-abdominal-pain', 'heart-rate-over-100')?.counted ?? false).toBe(false);
    expect(findingStepOf(r, 'perforated-viscus', 'heart-rate-over-100')?.counted).toBe(true);
  });

  test('in pelvic pain the NSAP ratios still count (their own population: women with acute lower abdominal pain)', () => {
    const r = run('pelvic-pain', 'emergency', 28, 'female', ['+pelvic-pain-symptom', '+diarrhoea', '+leukocyte-count-10-or-less']);
    expect(findingStepOf(r, 'nonspecific-abdominal-pain', 'diarrhoea')?.counted).toBe(true);
  });
});
