/**
 * Textbook presentations of jaundice entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 30, jaundice curator "jaun"). Gaps found: no finding existed for dilated bile ducts on ultrasound (the
 * first imaging test in jaundice, which separates extrahepatic obstruction from hepatocellular causes) or for a duct
 * stone on MRCP, and CA 19-9 did not move pancreatic cancer in jaundice. Added: the 1987 Scandinavian Journal of
 * Gastroenterology sonography study (176 jaundiced patients, 113 obstructive: obstruction sensitivity 91%, specificity
 * 95%), the Chen 2015 MRCP meta-analysis for duct stones, and Liu 2018 (CA 19-9 raised in 94.15% of malignant against
 * 67.10% of benign obstructive jaundice). At review (session 30) the sonography figure, first entered as one grade A
 * ratio of 18.2 for every obstructive cause (which put pancreatic cancer and gallstone disease both above 90% in one
 * patient), became grade B per cause against the cohort's own frequency of dilated ducts (about 60%): LR+ 1.51, LR-
 * 0.23 for the malignant obstructions, LR+ 0.083, LR- 2.39 for the non-obstructive causes; stones and cholangitis get
 * none, since the misses were stones and their own frequency cannot be read.
 * Still wrong and not fixed (no readable figure): acute cholangitis has only the policy prior (0.5%) among jaundiced
 * patients, so fever, right upper quadrant pain, jaundice and a raised white cell count leave it about sixth, behind
 * the emergency cohort's sepsis (which includes biliary sepsis). Painless jaundice has no ratio: the one source
 * comparing pain in malignant against benign obstruction (Björnsson 2008, J Hosp Med: 34% against 71%) was read
 * without an identifier.
 * Expectations are about order within one run, or direction between two runs, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { findingStepOf, presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('jaundice (session 30, jaun)', () => {
  test('a 65-year-old woman in the emergency department with fever, right upper quadrant pain, jaundice and a raised white cell count: dilated ducts move the differential from hepatocellular to obstructive causes', () => {
    // 1987 Scand J Gastroenterol sonography study, per cause against the cohort's 60% with dilated ducts (grade B):
    // malignant obstruction LR+ 0.91/0.603 = 1.51; non-obstructive causes LR+ 0.05/0.603 = 0.083. Cholangitis keeps the
    // policy prior and no duct ratio, so it is listed but not near the top (see the header).
    const clinical = ['+fever', '+right-upper-quadrant-pain', '+jaundice', '+wbc-above-reference-range'];
    const before = run('jaundice', 'emergency', 65, 'female', clinical);
    const r = run('jaundice', 'emergency', 65, 'female', [...clinical, '+ultrasound-dilated-bile-ducts']);
    expect(p(r, 'alcohol-related-liver-disease')).toBeLessThan(p(before, 'alcohol-related-liver-disease'));
    expect(p(r, 'cholangiocarcinoma')).toBeGreaterThan(p(before, 'cholangiocarcinoma'));
    expect(p(r, 'cholangiocarcinoma')).toBeGreaterThan(p(r, 'alcohol-related-liver-disease'));
    expect(p(r, 'pancreatic-cancer')).toBeGreaterThan(p(r, 'viral-hepatitis'));
    expect(rankOf(r, 'cholangitis')).toBeGreaterThan(0);
    expect(findingStepOf(r, 'cholangiocarcinoma', 'ultrasound-dilated-bile-ducts')?.lr).toBeCloseTo(1.51, 2);
    expect(findingStepOf(r, 'alcohol-related-liver-disease', 'ultrasound-dilated-bile-ducts')?.lr).toBeCloseTo(0.083, 3);
  });

  test('dilated ducts on ultrasound separate obstruction from hepatocellular jaundice: a normal calibre lowers pancreatic cancer and cholangiocarcinoma, not gallstone disease', () => {
    // 1987 Scand J Gastroenterol, per cause (grade B): LR- 0.09/0.397 = 0.23 for the malignant causes; nothing for stones
    // ('Nine of the 10 false negatives had choledocholithiasis').
    const bare = run('jaundice', 'primary-care', 55, 'female', []);
    const normal = run('jaundice', 'primary-care', 55, 'female', ['-ultrasound-dilated-bile-ducts']);
    const dilated = run('jaundice', 'primary-care', 55, 'female', ['+ultrasound-dilated-bile-ducts']);
    expect(p(normal, 'pancreatic-cancer')).toBeLessThan(p(bare, 'pancreatic-cancer'));
    expect(p(normal, 'cholangiocarcinoma')).toBeLessThan(p(bare, 'cholangiocarcinoma'));
    expect(p(normal, 'gallstone-disease')).toBeCloseTo(p(bare, 'gallstone-disease'), 6);
    expect(p(dilated, 'pancreatic-cancer')).toBeGreaterThan(p(bare, 'pancreatic-cancer'));
    expect(p(dilated, 'viral-hepatitis')).toBeLessThanOrEqual(p(bare, 'viral-hepatitis'));
  });

  test('a 70-year-old man in general practice with painless jaundice, weight loss, dilated ducts and a raised CA 19-9: pancreatic cancer first, above gallstone disease', () => {
    // Taylor 2012 (primary care, over 45): bile duct stones 33%, pancreatic cancer 12%; Porta 2005: weight loss in 85% of
    // pancreatic cancer (C, LR+ 3.4); dilated ducts LR+ 1.51 for pancreatic cancer, none for stones; Liu 2018 (508 obstructive jaundice): CA 19-9
    // raised in 94.15% of malignant against 67.10% of benign obstruction (LR+ 1.40, LR- 0.18). Before (session 29
    // knowledge): CA 19-9 did not count for pancreatic cancer in jaundice, and gallstone disease led (33.0% against 31.7%).
    const clinical = ['+unintentional-weight-loss', '-abdominal-pain', '-fever', '+ultrasound-dilated-bile-ducts'];
    const raised = run('jaundice', 'primary-care', 70, 'male', [...clinical, '+ca19-9-above-reference-range']);
    const normal = run('jaundice', 'primary-care', 70, 'male', [...clinical, '-ca19-9-above-reference-range']);
    expect(rankOf(raised, 'pancreatic-cancer')).toBe(1);
    expect(p(raised, 'pancreatic-cancer')).toBeGreaterThan(p(raised, 'gallstone-disease'));
    expect(p(normal, 'pancreatic-cancer')).toBeLessThan(p(raised, 'pancreatic-cancer'));
    expect(p(normal, 'gallstone-disease')).toBeGreaterThan(p(normal, 'pancreatic-cancer'));
  });

  test('MRCP decides between a duct stone and a malignant obstruction once the ducts are dilated', () => {
    // Chen 2015 (WJG meta-analysis, 2310 patients with suspected choledocholithiasis): MRCP LR+ 13.28, LR- 0.13.
    const stone = run('jaundice', 'primary-care', 55, 'female', ['+ultrasound-dilated-bile-ducts', '+mrcp-common-bile-duct-stone']);
    const noStone = run('jaundice', 'primary-care', 55, 'female', ['+ultrasound-dilated-bile-ducts', '-mrcp-common-bile-duct-stone']);
    expect(rankOf(stone, 'gallstone-disease')).toBe(1);
    expect(p(noStone, 'gallstone-disease')).toBeLessThan(p(stone, 'gallstone-disease'));
    expect(p(noStone, 'pancreatic-cancer')).toBeGreaterThan(p(noStone, 'gallstone-disease'));
  });

  test('a 24-year-old man with isolated mild unconjugated hyperbilirubinaemia, normal enzymes and undilated ducts: Gilbert syndrome first', () => {
    // Fargo 2017: unconjugated hyperbilirubinaemia with Gilbert syndrome (LR+ 1.8), a normal conjugated fraction against
    // the conjugated causes (LR- 0.2); King 2019: normal liver enzymes in Gilbert syndrome; undilated ducts LR- 0.23 for
    // the malignant obstructive causes and LR- 2.39 for Gilbert syndrome.
    const r = run('jaundice', 'primary-care', 24, 'male', [
      '+unconjugated-hyperbilirubinaemia',
      '-conjugated-hyperbilirubinaemia',
      '-alt-above-reference-range',
      '-ast-above-reference-range',
      '-alp-above-reference-range',
      '-ultrasound-dilated-bile-ducts',
    ]);
    expect(rankOf(r, 'gilberts-syndrome')).toBe(1);
    expect(p(r, 'gilberts-syndrome')).toBeGreaterThan(p(r, 'gallstone-disease'));
    expect(p(r, 'gilberts-syndrome')).toBeGreaterThan(p(r, 'pancreatic-cancer'));
  });

  test('the TG13 score, entered beside its items, does not count fever and the white cell count a second time for cholangitis', () => {
    // Kiriyama 2012: TG13 sensitivity 91.8%, specificity 94.1% against cholecystitis (LR+ 15.56); its items (fever, white
    // cell count, CRP, jaundice and liver tests) are listed in rule.items (session 30), so when the score counts they do not.
    const r = run('jaundice', 'emergency', 65, 'female', ['+fever', '+wbc-above-reference-range', '+tg13-cholangitis-criteria-met']);
    expect(findingStepOf(r, 'cholangitis', 'tg13-cholangitis-criteria-met')?.lr).toBeCloseTo(15.56, 1);
    const fever = findingStepOf(r, 'cholangitis', 'fever');
    const wbc = findingStepOf(r, 'cholangitis', 'wbc-above-reference-range');
    expect(fever === undefined || fever.lr === 1 || fever.counted === false).toBe(true);
    expect(wbc === undefined || wbc.lr === 1 || wbc.counted === false).toBe(true);
  });
});
