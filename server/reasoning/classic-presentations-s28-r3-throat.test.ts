/**
 * Textbook presentations of sore throat entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 28, sore-throat curator r3-throat). The base had no classic-presentation test for sore throat. These
 * tests guard the orders that the cited weights already get right; no weight was changed this session (the sources
 * that would correct peritonsillar abscess, adult epiglottitis and head and neck cancer could not be read, see the
 * curator's report). Expectations are about order, not percentages, since the recalibration is refitted whenever the
 * knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic presentations of sore throat (session 28, r3-throat)', () => {
  test('a 25-year-old woman with a Centor score of 4 in primary care: streptococcal pharyngitis leads', () => {
    // Fine 2012 (Arch Intern Med, PMC3627733), abstract: 57% GAS positive with a Centor score of 4 among patients 15 and older.
    const r = run('sore-throat', 'primary-care', 25, 'female', ['+centor-score-4']);
    expect(rankOf(r, 'streptococcal-pharyngitis')).toBe(1);
  });

  test('a 22-year-old man in the emergency department with exudate, fever, tender anterior nodes and no cough: streptococcal above viral pharyngitis', () => {
    // Aalbers 2011 (BMC Med) Table 2: exudate LR+ 2.20, fever LR+ 1.65, tender anterior nodes LR+ 1.65, absence of cough LR+ 1.46.
    const r = run('sore-throat', 'emergency', 22, 'male', ['+tonsillar-exudate', '+temperature-38-or-over', '+tender-anterior-cervical-lymphadenopathy', '-cough']);
    expect(rankOf(r, 'streptococcal-pharyngitis')).toBe(1);
    expect(p(r, 'streptococcal-pharyngitis')).toBeGreaterThan(p(r, 'viral-pharyngitis'));
  });

  test('a 30-year-old man with cough and a runny nose, no exudate and no fever: viral pharyngitis leads, streptococcal below it', () => {
    // Viral pharyngitis x cough and rhinorrhoea (grade B, sore throat only); Aalbers 2011 Table 2 (exudate, fever, cough for GAS).
    const r = run('sore-throat', 'primary-care', 30, 'male', ['+cough', '+rhinorrhoea', '-tonsillar-exudate', '-temperature-38-or-over']);
    expect(rankOf(r, 'viral-pharyngitis')).toBe(1);
    expect(rankOf(r, 'streptococcal-pharyngitis')).toBeGreaterThan(1);
  });

  test('a 20-year-old man with posterior cervical nodes, splenomegaly and palatal petechiae: infectious mononucleosis leads', () => {
    // Cai 2021 (JABFM) abstract: posterior cervical lymphadenopathy LR+ 3.16, splenomegaly LR+ 2.39; Ebell 2016 (JAMA RCE): palatal petechiae LR+ 5.3.
    const r = run('sore-throat', 'emergency', 20, 'male', ['+posterior-cervical-lymphadenopathy', '+splenomegaly', '+palatal-petechiae']);
    expect(rankOf(r, 'infectious-mononucleosis')).toBe(1);
  });

  test('a 19-year-old woman with posterior cervical nodes, splenomegaly, fatigue and fever in primary care: infectious mononucleosis leads', () => {
    // Cai 2021 (JABFM) abstract; Ebell 2016 prior of 1 in 13 adolescents with sore throat. Fatigue carries no weight (Ebell 2016: no symptom's CI excludes 1).
    const r = run('sore-throat', 'primary-care', 19, 'female', ['+posterior-cervical-lymphadenopathy', '+splenomegaly', '+fatigue', '+fever']);
    expect(rankOf(r, 'infectious-mononucleosis')).toBe(1);
  });
});
