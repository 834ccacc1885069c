/**
 * Jaundice in adults (session 33, round 4, curator "liver5"): the causes of the jaundice problem that had no
 * textbook-picture guard (viral hepatitis, drug-induced liver injury, sepsis, cirrhosis, haemolytic anaemia, primary
 * biliary cholangitis, other malignancy, cholangiocarcinoma as a clinical picture, and cholangitis as Charcot's triad with
 * its laboratory picture), each entered as a clinician would (age, sex, setting, the typical findings and the negatives a
 * clinician asks about: alcohol, duct calibre on ultrasound), on the real knowledge base. Gallstone disease, pancreatic
 * cancer, alcohol-related liver disease and Gilbert's syndrome already had guards (sessions 27, 29 and 30).
 *
 * No knowledge was changed this round: no readable, identified figure was found for the pictures that are wrong.
 *
 * Right already (ranks with calibration off, guarded here): acute viral hepatitis first in both settings; cirrhosis
 * (stigmata, low platelets, a nodular liver) first in both; haemolysis (unconjugated bilirubin, reticulocytes, LDH, low
 * haptoglobin) first in both; cholangiocarcinoma (painless jaundice, weight loss, dilated ducts, raised CA 19-9, malignant
 * stricture on MRCP) first in both; sepsis first in the emergency department; drug-induced liver injury first in the
 * emergency department; primary biliary cholangitis first in the emergency department; cholangitis first in the
 * emergency department once jaundice itself is entered.
 *
 * Wrong and not fixed (the tests check order within the top two or three, or direction, and the can't-miss list):
 * - Drug-induced liver injury in primary care: a woman of 55 with a drug started in the previous 8 weeks, raised ALT,
 *   itch, conjugated bilirubin, normal ducts and no heavy drinking is second behind gallstone disease (Taylor 2012's 33%
 *   bile duct stones, which no finding of the picture moves). The recent drug has no ratio for DILI: the 8-week window
 *   needs a latency distribution, and the DILIN abstract (Chalasani 2015, PMID 25754159) gives only its tails (41 of 899
 *   within 7 days, 60 beyond 365 days); the in-hospital Korean series (Kang 2020, PMID 32141257: duration of medication
 *   6 days, range 1-45) is DILI arising during admission, not a patient presenting with jaundice.
 * - Primary biliary cholangitis in primary care: a woman of 55 with itch, fatigue, raised ALP, a positive
 *   anti-mitochondrial antibody and normal ducts is second, narrowly behind gallstone disease. PBC has the policy prior,
 *   its itch, fatigue and ALP ratios were measured against other complaints (they are limited to pruritus and fatigue),
 *   and gallstone disease has no ratio for normal duct calibre (session 30: the misses of the sonography study were stones).
 *   Absent abdominal pain would separate them, but the one figure found for pain in bile duct stones (Wilcox and Kim
 *   2016, South Med J 109(5):290-3: 52 of 61 ERCP patients with duct stones reported pain) was read without a PMID or
 *   DOI, and its background among jaundiced patients without stones is unread (Björnsson 2008, no identifier seen).
 * - Sepsis in primary care: a hypotensive, confused, febrile man of 75 with a high white count and CRP is near the foot
 *   of the list: sepsis has no primary-care prior (Whitehead 2001's 27 of 121 is a hospital cohort, 22 jaundiced in
 *   hospital, and was not taken for general practice), and qSOFA is not applicable outside a suspected-infection
 *   complaint. The test checks direction only.
 * - Other malignancy (liver metastases: weight loss, hepatomegaly, a history of cancer) is third in primary care and
 *   second in the emergency department, shown at least as likely as pancreatic cancer (its form); a history of cancer
 *   and hepatomegaly have no ratio for it in jaundice.
 * - Cholangitis: fever, rigors, right upper quadrant pain, raised white count and ALP, and dilated ducts entered under
 *   the jaundice problem do not make Charcot's triad unless jaundice itself is also entered (the complaint does not imply
 *   its own finding for derived findings; an engine point reported to the lead). With jaundice entered it is first in
 *   the emergency department and second to gallstone disease, its cause, in primary care (policy prior, as session 30
 *   reported).
 * Expectations are about order within one run, or direction between two runs, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);
const settings = ['primary-care', 'emergency'] as const;

describe('jaundice: textbook pictures of the unguarded causes (session 33, liver5)', () => {
  test('a 30-year-old man with fever, fatigue, myalgia, vomiting, right upper quadrant pain and an ALT over ten times normal: viral hepatitis first in both settings', () => {
    const findings = ['+fever', '+fatigue', '+myalgia', '+vomiting', '+right-upper-quadrant-pain', '+alt-over-10x-uln', '+conjugated-hyperbilirubinaemia', '-high-alcohol-consumption', '-ultrasound-dilated-bile-ducts'];
    for (const s of settings) {
      const r = run('jaundice', s, 30, 'male', findings);
      expect(rankOf(r, 'viral-hepatitis')).toBe(1);
      expect(p(r, 'viral-hepatitis')).toBeGreaterThan(p(r, 'gallstone-disease'));
    }
  });

  test('a 55-year-old woman with a drug started in the last 8 weeks, raised ALT, itch and normal ducts: drug-induced liver injury first in the emergency department, in the top two in primary care', () => {
    const findings = ['+drug-started-in-previous-8-weeks', '+alt-above-reference-range', '+pruritus', '+conjugated-hyperbilirubinaemia', '-high-alcohol-consumption', '-ultrasound-dilated-bile-ducts'];
    const ed = run('jaundice', 'emergency', 55, 'female', findings);
    expect(rankOf(ed, 'drug-induced-liver-injury')).toBe(1);
    const pc = run('jaundice', 'primary-care', 55, 'female', findings);
    expect(rankOf(pc, 'drug-induced-liver-injury')).toBeGreaterThan(0);
    expect(rankOf(pc, 'drug-induced-liver-injury')).toBeLessThanOrEqual(2);
    expect(p(pc, 'drug-induced-liver-injury')).toBeGreaterThan(p(pc, 'viral-hepatitis'));
    expect(p(pc, 'drug-induced-liver-injury')).toBeGreaterThan(p(pc, 'alcohol-related-liver-disease'));
  });

  test('a 75-year-old man with fever, hypotension, confusion, a high white count and CRP: sepsis first in the emergency department, and raised by the findings in primary care', () => {
    const findings = ['+fever', '+hypotension', '+qsofa-score-2-or-more', '+wbc-above-reference-range', '+crp-above-reference-range', '+confusion'];
    const ed = run('jaundice', 'emergency', 75, 'male', findings);
    expect(rankOf(ed, 'sepsis')).toBe(1);
    expect(ed.cantMiss.map((d) => d.conditionId)).toContain('sepsis');
    const pc = run('jaundice', 'primary-care', 75, 'male', findings);
    const bare = run('jaundice', 'primary-care', 75, 'male', []);
    expect(p(pc, 'sepsis')).toBeGreaterThan(p(bare, 'sepsis'));
  });

  test('a 60-year-old man who does not drink, with ascites, spider naevi, platelets under 160, a low albumin and a nodular liver: cirrhosis first in both settings', () => {
    const findings = ['+ascites', '+spider-naevi', '+platelet-count-under-160', '+ultrasound-nodular-liver-surface', '+albumin-below-reference-range', '-high-alcohol-consumption'];
    for (const s of settings) {
      const r = run('jaundice', s, 60, 'male', findings);
      expect(rankOf(r, 'cirrhosis')).toBe(1);
      expect(p(r, 'cirrhosis')).toBeGreaterThan(p(r, 'gallstone-disease'));
    }
  });

  test('a 30-year-old man with unconjugated hyperbilirubinaemia, anaemia, reticulocytosis, a raised LDH and a low haptoglobin: haemolytic anaemia first in both settings, above Gilbert syndrome', () => {
    const findings = ['+unconjugated-hyperbilirubinaemia', '-conjugated-hyperbilirubinaemia', '+haemoglobin-below-130', '+reticulocytes-above-reference-range', '+ldh-above-reference-range', '+haptoglobin-25-or-less'];
    for (const s of settings) {
      const r = run('jaundice', s, 30, 'male', findings);
      expect(rankOf(r, 'haemolytic-anaemia')).toBe(1);
      expect(p(r, 'haemolytic-anaemia')).toBeGreaterThan(p(r, 'gilberts-syndrome'));
    }
  });

  test('a 55-year-old woman with itch, fatigue, raised ALP, a positive anti-mitochondrial antibody and normal ducts: primary biliary cholangitis first in the emergency department, in the top two in primary care', () => {
    const findings = ['+pruritus', '+fatigue', '+alp-above-reference-range', '+anti-mitochondrial-antibody-positive', '+conjugated-hyperbilirubinaemia', '-ultrasound-dilated-bile-ducts', '-high-alcohol-consumption'];
    const ed = run('jaundice', 'emergency', 55, 'female', findings);
    expect(rankOf(ed, 'primary-biliary-cholangitis')).toBe(1);
    const pc = run('jaundice', 'primary-care', 55, 'female', findings);
    expect(rankOf(pc, 'primary-biliary-cholangitis')).toBeGreaterThan(0);
    expect(rankOf(pc, 'primary-biliary-cholangitis')).toBeLessThanOrEqual(2);
    expect(p(pc, 'primary-biliary-cholangitis')).toBeGreaterThan(p(pc, 'drug-induced-liver-injury'));
    expect(p(pc, 'primary-biliary-cholangitis')).toBeGreaterThan(p(pc, 'alcohol-related-liver-disease'));
    const noAma = run('jaundice', 'primary-care', 55, 'female', findings.map((f) => (f === '+anti-mitochondrial-antibody-positive' ? '-anti-mitochondrial-antibody-positive' : f)));
    expect(p(noAma, 'primary-biliary-cholangitis')).toBeLessThan(p(pc, 'primary-biliary-cholangitis'));
  });

  test('a 70-year-old man with a history of cancer, weight loss, hepatomegaly and fatigue: malignancy in the top three and on the can\'t-miss list in both settings', () => {
    const findings = ['+unintentional-weight-loss', '+hepatomegaly', '+history-of-cancer', '+fatigue', '+conjugated-hyperbilirubinaemia'];
    for (const s of settings) {
      const r = run('jaundice', s, 70, 'male', findings);
      expect(rankOf(r, 'malignancy')).toBeGreaterThan(0);
      expect(rankOf(r, 'malignancy')).toBeLessThanOrEqual(3);
      expect(p(r, 'malignancy')).toBeGreaterThan(p(r, 'viral-hepatitis'));
      expect(r.cantMiss.map((d) => d.conditionId)).toContain('malignancy');
    }
  });

  test('a 68-year-old man with painless jaundice, weight loss, itch, dilated ducts, a raised CA 19-9 and a malignant stricture on MRCP: cholangiocarcinoma first in both settings', () => {
    const findings = ['+unintentional-weight-loss', '+pruritus', '-abdominal-pain', '+conjugated-hyperbilirubinaemia', '+ultrasound-dilated-bile-ducts', '+ca19-9-above-reference-range', '+mrcp-malignant-biliary-obstruction'];
    for (const s of settings) {
      const r = run('jaundice', s, 68, 'male', findings);
      expect(rankOf(r, 'cholangiocarcinoma')).toBe(1);
      expect(p(r, 'cholangiocarcinoma')).toBeGreaterThan(p(r, 'gallstone-disease'));
    }
  });

  test('a 70-year-old woman with jaundice, fever, rigors, right upper quadrant pain, a high white count, raised ALP and dilated ducts: cholangitis first in the emergency department, in the top two in primary care', () => {
    const findings = ['+jaundice', '+fever', '+rigors', '+right-upper-quadrant-pain', '+wbc-above-reference-range', '+alp-above-reference-range', '+conjugated-hyperbilirubinaemia', '+ultrasound-dilated-bile-ducts'];
    const ed = run('jaundice', 'emergency', 70, 'female', findings);
    expect(rankOf(ed, 'cholangitis')).toBe(1);
    expect(ed.cantMiss.map((d) => d.conditionId)).toContain('cholangitis');
    const pc = run('jaundice', 'primary-care', 70, 'female', findings);
    expect(rankOf(pc, 'cholangitis')).toBeGreaterThan(0);
    expect(rankOf(pc, 'cholangitis')).toBeLessThanOrEqual(2);
    expect(p(pc, 'cholangitis')).toBeGreaterThan(p(pc, 'pancreatic-cancer'));
    expect(pc.cantMiss.map((d) => d.conditionId)).toContain('cholangitis');
  });
});
