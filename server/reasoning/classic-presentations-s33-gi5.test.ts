/**
 * Textbook presentations of constipation and dysphagia for the causes that had no classic-presentation guard in these
 * problems, entered as a clinician would (findings only, no vignette), on the real knowledge base (session 33, round 4,
 * curator "gi5"). Already guarded elsewhere: functional constipation, bowel obstruction, hypercalcaemia (constipation);
 * achalasia and oesophagogastric cancer (dysphagia).
 *
 * What was wrong: lung cancer in a 68-year-old smoker with dysphagia, chronic cough, breathlessness and weight loss was
 * third in primary care and fourth in the emergency department, because weight loss did not count for lung cancer in
 * dysphagia. Hamilton 2004 (Fam Pract, structured review of lung cancer's presenting features, Abstract Results:
 * approximate LR for weight loss 2.9; grade A) was applied in chronic cough only. Dysphagia's usual causes (reflux,
 * peptic stricture, eosinophilic oesophagitis) seldom cause weight loss, lung cancer causes dysphagia by extrinsic
 * compression (Murray 2012, already in the problem's `unquantified` list), and oesophagogastric cancer keeps its own
 * weight-loss ratio, so the entry now also applies in dysphagia (an `appliesTo` extension, no new number): second in
 * primary care, third in the emergency department; with weight loss alone oesophagogastric cancer stays above it.
 *
 * Gaps left (guarded at their present ranks): diverticulitis with left iliac fossa pain and tenderness, fever and a
 * raised white count in constipation is fifth (Marinella 2000's left-lower-quadrant ratios were measured in 21 emergency
 * patients and are limited to acute abdominal pain; Laméris 2010's per-feature figures are not in its abstract);
 * acute stroke with facial palsy, arm drift or abnormal speech in dysphagia is fourth (the FAST ratio counts, but stroke
 * has only the policy prior among dysphagia presentations and no ratio for sudden onset); colorectal polyp (sixth or
 * seventh), pancreatic cancer (ninth: jaundice's ratio is not applied in dysphagia) and oesophageal motility disorder
 * (sixth) keep policy priors; reflux disease leads its picture on its prior alone (heartburn's ratio, measured in
 * non-cardiac chest pain, is not applied in dysphagia). A potassium below 3.5 mmol/L establishes hypokalaemia by its definition. Expectations are
 * about order and direction, not percentages, since the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p } from '../../tests/builders/classic-presentation';
import { presentationExpectations } from '../../tests/builders/presentation-expectations';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;
const { expectWithin, expectRaisedBy } = presentationExpectations(run);

describe('classic presentations of constipation, causes without a guard (session 33, gi5)', () => {
  test('a 70-year-old man with new constipation, rectal bleeding, iron-deficiency anaemia and weight loss: colorectal cancer first', () => {
    const f = ['+rectal-bleeding', '+iron-deficiency-anaemia', '+unintentional-weight-loss', '+constipation-began-within-3-months'];
    expectWithin('constipation', 'colorectal-cancer', 70, 'male', f, 1);
    expectRaisedBy('constipation', 'colorectal-cancer', 70, 'male', f, '+iron-deficiency-anaemia');
  });

  test('a 50-year-old woman with constipation, fatigue, weight gain, dry skin and bradycardia: hypothyroidism in the first three', () => {
    const f = ['+fatigue', '+weight-gain', '+dry-skin', '+bradycardia'];
    expectWithin('constipation', 'hypothyroidism', 50, 'female', f, 3);
    expectRaisedBy('constipation', 'hypothyroidism', 50, 'female', f, '+dry-skin');
  });

  test('a 30-year-old woman with long-standing constipation, abdominal pain, bloating and mucus: IBS second, behind functional constipation', () => {
    const f = ['+abdominal-pain', '+abdominal-bloating', '+constipation-over-6-months', '+mucus-per-rectum'];
    expectWithin('constipation', 'irritable-bowel-syndrome', 30, 'female', f, 2);
    expectRaisedBy('constipation', 'irritable-bowel-syndrome', 30, 'female', f, '+mucus-per-rectum');
  });

  test('a 70-year-old woman whose constipation began after starting an opioid: drug-induced constipation first', () => {
    const f = ['+opioid-analgesic-use', '+constipation-began-after-starting-suspected-drug', '+constipation-began-within-3-months'];
    expectWithin('constipation', 'drug-induced-constipation', 70, 'female', f, 1);
    expectRaisedBy('constipation', 'drug-induced-constipation', 70, 'female', f, '+opioid-analgesic-use');
  });

  test('a 30-year-old woman with painful defecation and bright bleeding: anal fissure in the first five, in the first three with a posterior midline fissure seen', () => {
    const f = ['+pain-on-defecation', '+rectal-bleeding', '+anorectal-pain'];
    expectWithin('constipation', 'anal-fissure', 30, 'female', f, 5);
    expectWithin('constipation', 'anal-fissure', 30, 'female', [...f, '+anal-fissure-posterior-midline-on-examination'], 3);
    expectRaisedBy('constipation', 'anal-fissure', 30, 'female', [...f, '+anal-fissure-posterior-midline-on-examination'], '+anal-fissure-posterior-midline-on-examination');
  });

  test('a 45-year-old woman with painless bleeding, a prolapsing lump and perianal itch: haemorrhoids in the first three', () => {
    const f = ['+rectal-bleeding', '+anal-prolapse-or-protruding-lump', '+perianal-itching', '-anorectal-pain'];
    expectWithin('constipation', 'haemorrhoids', 45, 'female', f, 3);
    expectRaisedBy('constipation', 'haemorrhoids', 45, 'female', f, '+anal-prolapse-or-protruding-lump');
  });

  test('a 60-year-old man with rectal bleeding and a family history of colorectal cancer: colorectal polyp listed, below cancer (gap: sixth or seventh)', () => {
    const f = ['+rectal-bleeding', '+family-history-of-colorectal-cancer'];
    expectWithin('constipation', 'colorectal-polyp', 60, 'male', f, [6, 7]);
    for (const s of settings) {
      const r = run('constipation', s, 60, 'male', f);
      expect(p(r, 'colorectal-cancer')).toBeGreaterThan(p(r, 'colorectal-polyp'));
    }
  });

  test('a 70-year-old woman with constipation, weakness and a potassium below 3.5 mmol/L: hypokalaemia meets its definition', () => {
    for (const s of settings) {
      const r = run('constipation', s, 70, 'female', ['+muscle-weakness', '+potassium-below-3-5']);
      expect(r.established.map((e) => e.conditionId)).toContain('hypokalaemia');
      const noLab = run('constipation', s, 70, 'female', ['+muscle-weakness']);
      expect(noLab.established.map((e) => e.conditionId)).not.toContain('hypokalaemia');
    }
  });

  // Session 40 (knowledge 2.195.0): diabetes was first only because functional constipation x female (Kawamura 2019, a
  // Japanese internet survey over the even-split sex background) marked every man down by LR- 0.558; that ratio was
  // withdrawn (consulting cohorts: Ford 2014 found constipation-type IBS, not chronic constipation, more often female;
  // Shah 2018 found the groups' demographics similar). Nothing measured lowers functional constipation (Bellini 2013's
  // 64%) for a man with thirst and weight loss, and the two can coexist: diabetes is now in the first two.
  test('a 60-year-old man with constipation, thirst, polyuria, weight loss and fatigue: diabetes mellitus in the first two', () => {
    const f = ['+polyuria-or-polydipsia-symptom', '+excessive-thirst', '+unintentional-weight-loss', '+fatigue'];
    expectWithin('constipation', 'diabetes-mellitus', 60, 'male', f, 2);
    expectRaisedBy('constipation', 'diabetes-mellitus', 60, 'male', f, '+excessive-thirst');
  });

  test('a 65-year-old woman with new constipation, left iliac fossa pain and tenderness, fever and a raised white count: diverticulitis listed and raised by the white count (gap: fifth)', () => {
    const f = ['+left-lower-quadrant-pain', '+left-lower-quadrant-tenderness', '+fever', '+wbc-above-reference-range', '+constipation-began-within-3-months'];
    expectWithin('constipation', 'diverticulitis', 65, 'female', f, 5);
    expectRaisedBy('constipation', 'diverticulitis', 65, 'female', f, '+wbc-above-reference-range');
  });

  test('a 65-year-old man with constipation, abdominal pain, vomiting, distension and a groin hernia: inguinal hernia in the first three', () => {
    const f = ['+inguinal-hernia-on-examination', '+abdominal-pain', '+vomiting', '+abdominal-distension-or-increased-girth'];
    expectWithin('constipation', 'inguinal-hernia', 65, 'male', f, 3);
    expectRaisedBy('constipation', 'inguinal-hernia', 65, 'male', f, '+inguinal-hernia-on-examination');
  });

  test('a 25-year-old woman with bleeding, mucus, urgency, pain and weight loss: inflammatory bowel disease in the first three', () => {
    const f = ['+rectal-bleeding', '+mucus-per-rectum', '+faecal-urgency', '+abdominal-pain', '+unintentional-weight-loss'];
    expectWithin('constipation', 'inflammatory-bowel-disease', 25, 'female', f, 3);
  });

  test('an 82-year-old woman with known dementia and memory loss: dementia in the first three', () => {
    const f = ['+memory-loss', '+informant-reported-memory-loss', '+history-of-dementia'];
    expectWithin('constipation', 'dementia', 82, 'female', f, 3);
    expectRaisedBy('constipation', 'dementia', 82, 'female', f, '+informant-reported-memory-loss');
  });
});

describe('classic presentations of dysphagia, causes without a guard (session 33, gi5)', () => {
  test('a 45-year-old man with heartburn and regurgitation, no weight loss: reflux disease first', () => {
    const f = ['+heartburn', '+regurgitation-of-food', '-unintentional-weight-loss'];
    expectWithin('dysphagia', 'gastro-oesophageal-reflux-disease', 45, 'male', f, 1);
    // Gap: heartburn's ratio for reflux (measured in non-cardiac chest pain) does not count in dysphagia; reflux leads on its prior.
    for (const s of settings) {
      const r = run('dysphagia', s, 45, 'male', f);
      expect(p(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(p(r, 'oesophagogastric-cancer'));
      expect(p(r, 'gastro-oesophageal-reflux-disease')).toBeGreaterThan(p(r, 'eosinophilic-oesophagitis'));
    }
  });

  test('a 65-year-old man with long-standing dysphagia, heartburn and a hiatus hernia, no weight loss: peptic stricture in the first two', () => {
    const f = ['+heartburn', '+history-of-hiatal-hernia', '+dysphagia-duration-over-6-months', '-unintentional-weight-loss'];
    expectWithin('dysphagia', 'oesophageal-stricture', 65, 'male', f, 2);
  });

  test('a 25-year-old atopic man (asthma, rhinitis, food allergy) with dysphagia: eosinophilic oesophagitis first', () => {
    const f = ['+history-of-asthma', '+history-of-allergic-rhinitis', '+history-of-food-allergy', '+family-history-of-atopy', '-unintentional-weight-loss'];
    expectWithin('dysphagia', 'eosinophilic-oesophagitis', 25, 'male', f, 1);
    expectRaisedBy('dysphagia', 'eosinophilic-oesophagitis', 25, 'male', f, '+history-of-food-allergy');
  });

  test('a 75-year-old man with sudden dysphagia, drooling and facial palsy, arm drift or abnormal speech: acute stroke in the first four, raised by the FAST signs (gap)', () => {
    const f = ['+sudden-onset-neurological-symptoms', '+facial-paresis-arm-drift-or-abnormal-speech', '+drooling'];
    expectWithin('dysphagia', 'acute-stroke', 75, 'male', f, 4);
    expectRaisedBy('dysphagia', 'acute-stroke', 75, 'male', f, '+facial-paresis-arm-drift-or-abnormal-speech');
  });

  test('a 60-year-old male smoker and drinker with hoarseness, a neck swelling and weight loss: head and neck cancer in the first four, raised by hoarseness', () => {
    const f = ['+hoarseness', '+neck-swelling', '+current-smoker', '+high-alcohol-consumption', '+unintentional-weight-loss'];
    expectWithin('dysphagia', 'head-and-neck-cancer', 60, 'male', f, 4);
    expectRaisedBy('dysphagia', 'head-and-neck-cancer', 60, 'male', f, '+hoarseness');
  });

  const lung = ['+current-smoker', '+chronic-cough', '+unintentional-weight-loss', '+dyspnoea'];

  test('a 68-year-old smoker with dysphagia, chronic cough, breathlessness and weight loss: lung cancer second in primary care and third in the emergency department, raised by the weight loss', () => {
    // Hamilton 2004: weight loss, approximate LR 2.9 (grade A), now applied in dysphagia. Before: third and fourth.
    expectWithin('dysphagia', 'lung-cancer', 68, 'male', lung, [2, 3]);
    expectRaisedBy('dysphagia', 'lung-cancer', 68, 'male', lung, '+unintentional-weight-loss');
    expect(findingStepOf(run('dysphagia', 'primary-care', 68, 'male', lung), 'lung-cancer', 'unintentional-weight-loss')?.counted).toBe(true);
  });

  test('guard: dysphagia with weight loss alone in a man of 68 keeps oesophagogastric cancer above lung cancer', () => {
    for (const s of settings) {
      const r = run('dysphagia', s, 68, 'male', ['+unintentional-weight-loss']);
      expect(p(r, 'oesophagogastric-cancer')).toBeGreaterThan(p(r, 'lung-cancer'));
    }
  });

  test('a 70-year-old man with dysphagia, jaundice, weight loss and epigastric pain to the back: pancreatic cancer listed (gap: ninth)', () => {
    const f = ['+jaundice', '+unintentional-weight-loss', '+abdominal-pain-radiating-to-back', '+epigastric-pain'];
    expectWithin('dysphagia', 'pancreatic-cancer', 70, 'male', f, 9);
  });

  test('an 82-year-old woman with known dementia and memory loss: dementia in the first four', () => {
    const f = ['+memory-loss', '+informant-reported-memory-loss', '+history-of-dementia'];
    expectWithin('dysphagia', 'dementia', 82, 'female', f, [3, 4]);
    expectRaisedBy('dysphagia', 'dementia', 82, 'female', f, '+informant-reported-memory-loss');
  });

  test('a 72-year-old man with tremor, a shuffling gait, rigidity and bradykinesia, and drooling: Parkinson disease in the first three', () => {
    const f = ['+tremor', '+shuffling-gait', '+history-of-rigidity-and-bradykinesia', '+drooling'];
    expectWithin('dysphagia', 'parkinsons-disease', 72, 'male', f, [2, 3]);
    expectRaisedBy('dysphagia', 'parkinsons-disease', 72, 'male', f, '+history-of-rigidity-and-bradykinesia');
  });

  test('a 55-year-old woman with dysphagia to solids and liquids and retrosternal chest pain: oesophageal motility disorder listed and raised by the chest pain (gap: sixth)', () => {
    const f = ['+dysphagia-to-solids-and-liquids', '+chest-pain', '+retrosternal-chest-pain'];
    expectWithin('dysphagia', 'oesophageal-motility-disorder', 55, 'female', f, 6);
    expectRaisedBy('dysphagia', 'oesophageal-motility-disorder', 55, 'female', f, '+chest-pain');
  });
});
