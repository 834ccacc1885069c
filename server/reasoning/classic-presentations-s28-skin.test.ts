/**
 * Depth round, session 28 (tag skin): pityriasis rosea and tinea corporis in rash and itch. Textbook presentations
 * entered as a clinician would (findings only, no vignette), on the real knowledge base. Weights behind them:
 * peripheral collarette scaling, a mandatory feature of the pityriasis rosea diagnostic criteria (Urbina 2017 WJCC,
 * PMC5480068, Table 2; s28-skin.json, grade C); annular type in 87.6% of tinea corporis and coinfection with another
 * dermatophytosis (mainly tinea pedis or onychomycosis) in 57.1% (Ann Clin Microbiol 2025, doi 10.5145/ACM.2025.28.1.1,
 * Table 2; the annular entry in s26-rash-b.json was corrected from the mapped 'typically' to the cited 87.6%).
 * Expectations are about order, not percentages.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { presentationRunner, probOf as p, rankOf } from '../../tests/builders/classic-presentation';

const kb = loadKnowledge();
const run = presentationRunner(kb);

const rosea = ['+herald-patch', '+truncal-oval-scaly-patches-along-skin-lines', '+peripheral-collarette-scaling'];

describe('classic presentations (session 28, skin)', () => {
  test('a herald patch, then oval scaly truncal patches along the skin lines with collarette scaling: pityriasis rosea first, in both settings', () => {
    // Collarette scaling: mandatory criterion (Urbina 2017 Table 2), 0.895 capped over the policy background.
    expect(rankOf(run('rash', 'primary-care', 24, 'female', rosea), 'pityriasis-rosea')).toBe(1);
    expect(rankOf(run('rash', 'emergency', 24, 'female', rosea), 'pityriasis-rosea')).toBe(1);
  });

  test('a Christmas-tree truncal eruption with collarette scaling and no herald patch recalled: pityriasis rosea first (was third)', () => {
    // The herald patch is absent in 10-50% (StatPearls, Herald Patch); the collarette is a mandatory criterion.
    const r = run('rash', 'primary-care', 30, 'male', ['+truncal-oval-scaly-patches-along-skin-lines', '+peripheral-collarette-scaling']);
    expect(rankOf(r, 'pityriasis-rosea')).toBe(1);
  });

  test('no collarette scaling lowers pityriasis rosea (a mandatory feature of its diagnostic criteria)', () => {
    const unknown = run('rash', 'primary-care', 24, 'female', ['+herald-patch', '+truncal-oval-scaly-patches-along-skin-lines']);
    const absent = run('rash', 'primary-care', 24, 'female', ['+herald-patch', '+truncal-oval-scaly-patches-along-skin-lines', '-peripheral-collarette-scaling']);
    expect(p(absent, 'pityriasis-rosea')).toBeLessThan(p(unknown, 'pityriasis-rosea'));
  });

  test('an annular herald patch followed by a truncal eruption with collarette scale is pityriasis rosea, above tinea', () => {
    const r = run('rash', 'primary-care', 24, 'female', ['+annular-scaly-plaque-raised-border', ...rosea]);
    expect(rankOf(r, 'pityriasis-rosea')).toBe(1);
    expect(rankOf(r, 'tinea-corporis')).toBeGreaterThan(1);
  });

  test('an annular scaly plaque with central clearing and hyphae on KOH in the emergency department: tinea in the top three (was ninth)', () => {
    // Annular type in 87.6% of tinea corporis (Ann Clin Microbiol 2025, Table 2) over the policy background.
    const r = run('rash', 'emergency', 35, 'male', ['+annular-scaly-plaque-raised-border', '+koh-microscopy-fungal-hyphae']);
    expect(rankOf(r, 'tinea-corporis')).toBeGreaterThan(0);
    expect(rankOf(r, 'tinea-corporis')).toBeLessThanOrEqual(3);
  });

  test('an itchy annular scaly plaque with athlete\u2019s foot or fungal toenails: tinea corporis first in itch (was third with the plaque alone)', () => {
    // Coinfection with tinea pedis or onychomycosis in 57.1% of tinea corporis (Ann Clin Microbiol 2025, Table 2).
    const r = run('pruritus', 'primary-care', 35, 'male', ['+annular-scaly-plaque-raised-border', '+coexisting-superficial-fungal-infection-elsewhere']);
    expect(rankOf(r, 'tinea-corporis')).toBe(1);
  });
});
