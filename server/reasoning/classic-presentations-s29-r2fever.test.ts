/**
 * Textbook presentations of prolonged fever (fever of unknown origin) and of fever, entered as a clinician would (findings
 * only, no vignette), on the real knowledge base (session 29, round 2, curator r2fever). Tuberculosis (Wright 2022: 285 of
 * 2667 pooled FUO patients) and lymphoma (164 of 2667) carry the largest cited priors, so a cause with a lower prior must
 * earn its place from its own features. Expectations are about order, not percentages, since the recalibration is refitted
 * whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of prolonged fever and fever (session 29, r2fever)', () => {
  test('a 28-year-old woman with three weeks of fever, diarrhoea, abdominal pain and weight loss: IBD in the top five, and weight loss raises it', () => {
    // Weight loss in the initial attack in 43% of 783 patients with ulcerative colitis and 54% of 185 with Crohn's disease
    // (Scand J Gastroenterol 1983, doi 10.3109/00365528309182127): pooled 45.1% over the 0.25 policy background, LR+ 1.80,
    // the same background that tuberculosis and lymphoma already take for weight loss in prolonged fever. Abdominal pain
    // (57.4%, same series) and diarrhoea (Perler 2019, lower bound 33.9%) were already there. IBD was seventh before.
    const r = run('prolonged-fever', 'primary-care', 28, 'female', ['+diarrhoea', '+abdominal-pain', '+unintentional-weight-loss']);
    const noWeightLoss = run('prolonged-fever', 'primary-care', 28, 'female', ['+diarrhoea', '+abdominal-pain', '-unintentional-weight-loss']);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeGreaterThan(0);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeLessThanOrEqual(5);
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(p(noWeightLoss, 'inflammatory-bowel-disease'));
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(p(r, 'adult-onset-stills-disease'));
  });

  test('a 28-year-old woman with prolonged fever, diarrhoea, abdominal pain and rectal bleeding: IBD second, above lymphoma', () => {
    // Perler 2019 (PMID 30940072): blood with bowel movements in 86.6% of ulcerative colitis and 45.3% of Crohn's disease at
    // diagnosis (rectal bleeding entry); tuberculosis keeps its larger cited prior (10.7% of pooled FUO, Wright 2022).
    const r = run('prolonged-fever', 'primary-care', 28, 'female', ['+diarrhoea', '+abdominal-pain', '+rectal-bleeding']);
    expect(rankOf(r, 'inflammatory-bowel-disease')).toBeLessThanOrEqual(2);
    expect(p(r, 'inflammatory-bowel-disease')).toBeGreaterThan(p(r, 'lymphoma'));
  });

  test('a 72-year-old woman with prolonged fever, new headache, jaw claudication and an ESR over 100: giant cell arteritis leads, above polymyalgia rheumatica and tuberculosis', () => {
    // van der Geest 2020 (JAMA Intern Med, meta-analysis of 68 cohorts): jaw claudication LR+ 4.90, ESR over 100 LR+ 3.11;
    // Karahaliou 2006: new headache sensitivity 64%, specificity 70% among suspected GCA. Prior 40 of 2667 pooled FUO
    // patients (Wright 2022).
    const r = run('prolonged-fever', 'primary-care', 72, 'female', ['+headache', '+jaw-claudication', '+esr-over-100']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(1);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'polymyalgia-rheumatica'));
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'tuberculosis'));
  });

  test('a 72-year-old woman with fever (duration not recorded), headache and jaw claudication: giant cell arteritis is listed in the top five', () => {
    // Since session 29 giant cell arteritis is on the fever problem (fever at onset in 55 of 91 patients with GCA, Zhang 2019,
    // PMID 31547723), so jaw claudication (LR+ 4.90, van der Geest 2020) can raise it; before, it was not on the list at all.
    const r = run('fever', 'primary-care', 72, 'female', ['+headache', '+jaw-claudication']);
    const rank = rankOf(r, 'giant-cell-arteritis');
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(5);
    expect(p(r, 'giant-cell-arteritis')).toBeGreaterThan(p(r, 'polymyalgia-rheumatica'));
  });

  test('giant cell arteritis is never listed for fever under 50', () => {
    // 2022 ACR/EULAR classification: age 50 or over at diagnosis is an absolute requirement (Ponte 2022).
    const r = run('fever', 'primary-care', 40, 'female', ['+headache', '+jaw-claudication']);
    expect(rankOf(r, 'giant-cell-arteritis')).toBe(0);
  });

  test('a 70-year-old man with prolonged fever, a murmur and known valve disease: infective endocarditis leads', () => {
    // Benito 2009 (ICE-PCS, Table 2): new or worsened murmur in 881 of 1337 with native valve endocarditis (65.9%) over the
    // 0.25 policy background; Papadimitriou-Olivgeris 2024 (Table 1): moderate or severe valve disease in 23% with IE
    // against 10% of suspected episodes without it (LR+ 2.33).
    const r = run('prolonged-fever', 'emergency', 70, 'male', ['+systolic-murmur', '+native-valvular-heart-disease']);
    expect(rankOf(r, 'infective-endocarditis')).toBe(1);
    expect(p(r, 'infective-endocarditis')).toBeGreaterThan(p(r, 'tuberculosis'));
  });

  test('a 35-year-old man who injects drugs with prolonged fever and a murmur: infective endocarditis leads', () => {
    // Injection drug use: 10% of 1101 episodes with IE against 4.7% of 1031 without (LR+ 2.15, Papadimitriou-Olivgeris 2024).
    const r = run('prolonged-fever', 'emergency', 35, 'male', ['+systolic-murmur', '+injection-drug-use']);
    expect(rankOf(r, 'infective-endocarditis')).toBe(1);
  });

  test('prolonged fever in a 62-year-old man lists renal cancer (a can\'t-miss solid-tumour cause) on the bare differential', () => {
    // Kidney cancer is among the cancers found in excess after an admission for FUO (Sørensen 2005, Lancet Oncol; Søgaard
    // 2022, urinary tract cancer SIR 2.9); no share among FUO patients and no readable haematuria or flank-pain frequency,
    // so it stands on the policy prior.
    const r = run('prolonged-fever', 'primary-care', 62, 'male', []);
    expect(rankOf(r, 'renal-cancer')).toBeGreaterThan(0);
  });
});
