/**
 * Textbook respiratory presentations entered as a clinician would (findings only, no vignette), on the real knowledge
 * base (session 27, tag resp). No cited correction could be made in this session (the leads are listed in the session
 * report), so these are regression guards: each textbook picture below is already ranked as a clinician would rank it,
 * and the test keeps a future knowledge change from breaking it. Expectations are about order, not percentages, since
 * the recalibration is refitted whenever the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

describe('classic respiratory presentations (session 27, resp)', () => {
  test('chronic productive cough with recurrent chest infections and haemoptysis: bronchiectasis leads (Dimakou 2016 frequencies)', () => {
    const r = run('chronic-cough', 'primary-care', 60, 'female', ['+productive-cough', '+recurrent-chest-infections', '+haemoptysis']);
    expect(rankOf(r, 'bronchiectasis')).toBe(1);
  });

  test('chronic cough with postnasal drip, rhinorrhoea and a blocked nose: upper-airway cough syndrome leads', () => {
    const r = run('chronic-cough', 'primary-care', 45, 'female', ['+postnasal-drip-sensation', '+rhinorrhoea', '+nasal-obstruction']);
    expect(rankOf(r, 'upper-airway-cough-syndrome')).toBe(1);
  });

  test('haemoptysis in a 68-year-old smoker who is losing weight: lung cancer is in the top two, above bronchiectasis and infection', () => {
    const r = run('haemoptysis', 'primary-care', 68, 'male', ['+current-smoker', '+unintentional-weight-loss']);
    expect(rankOf(r, 'lung-cancer')).toBeGreaterThan(0);
    expect(rankOf(r, 'lung-cancer')).toBeLessThanOrEqual(2);
    expect(rankOf(r, 'lung-cancer')).toBeLessThan(rankOf(r, 'bronchiectasis'));
    expect(rankOf(r, 'lung-cancer')).toBeLessThan(rankOf(r, 'acute-respiratory-tract-infection'));
  });

  test('emergency breathlessness with orthopnoea, paroxysmal nocturnal dyspnoea, leg swelling and crackles: heart failure leads (Wang 2005)', () => {
    const r = run('dyspnoea', 'emergency', 78, 'female', ['+orthopnoea', '+paroxysmal-nocturnal-dyspnoea', '+leg-swelling-sign', '+crackles-on-auscultation']);
    expect(rankOf(r, 'heart-failure')).toBe(1);
  });

  test('emergency wheeze in a heavy smoker known to have COPD with a productive cough: COPD leads, above asthma', () => {
    const r = run('wheeze', 'emergency', 68, 'male', ['+history-of-copd', '+productive-cough', '+smoking-over-40-pack-years']);
    expect(rankOf(r, 'copd')).toBe(1);
    expect(rankOf(r, 'copd')).toBeLessThan(rankOf(r, 'asthma'));
  });

  test('emergency cough with fever, a productive cough and consolidation on the radiograph: pneumonia leads (Laursen 2013)', () => {
    const r = run('cough', 'emergency', 55, 'female', ['+fever', '+cxr-consolidation', '+productive-cough']);
    expect(rankOf(r, 'community-acquired-pneumonia')).toBe(1);
  });

  test('emergency cough with fever, myalgia, chills and a positive rapid influenza test: influenza leads (Chartrand 2012)', () => {
    const r = run('cough', 'emergency', 35, 'male', ['+fever', '+myalgia', '+chills', '+rapid-influenza-diagnostic-test-positive']);
    expect(rankOf(r, 'influenza')).toBe(1);
  });

  test('sudden pleuritic breathlessness in a young man with a pneumothorax on the radiograph: pneumothorax leads', () => {
    const r = run('dyspnoea', 'emergency', 22, 'male', ['+sudden-onset-dyspnoea', '+pleuritic-chest-pain', '+cxr-pneumothorax']);
    expect(rankOf(r, 'pneumothorax')).toBe(1);
  });
});
