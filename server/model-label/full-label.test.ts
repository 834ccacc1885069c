/**
 * Issue 14: the label of the running version is complete (every HTI-1 attribute present, with a value or a
 * reason it is not available), its performance numbers are those of a fresh evaluation of this exact
 * knowledge base, and it changes when the knowledge changes.
 */
import { describe, expect, test } from 'vitest';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { evaluateVignettes, readEvaluationVignettes, splitOf, type Vignette } from '../evaluation/evaluate-vignettes';
import { miniKnowledge } from '../../tests/builders/knowledge-builder';
import { buildModelLabel } from './build-model-label';
import { buildFullLabel, FullLabelSchema, HTI1_GROUPS, wilson } from './full-label';
import { chaiXml } from './chai-xml';
import { readArchived } from './label-archive';
import { ENGINE_MODEL } from '../reasoning/build-differential';

const kb = loadKnowledge();
const base = buildModelLabel(kb);
const label = buildFullLabel(kb, base, []);

describe('the full model label', () => {
  test('validates against the schema with all 31 HTI-1 attributes, each a value or a stated reason', () => {
    expect(FullLabelSchema.parse(label)).toBeTruthy();
    expect(Object.keys(label.hti1).map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(HTI1_GROUPS.flatMap((g) => g.attributes)).toHaveLength(31);
    for (const at of Object.values(label.hti1)) {
      expect('value' in at ? at.value.length : at.notAvailable.length).toBeGreaterThan(10);
    }
  });

  test('carries this knowledge version’s changelog entry', () => {
    expect(label.knowledge.changelog).toMatch(new RegExp(`^## ${kb.manifest.version.replace(/\./g, '\\.')} `));
  });

  test('says plainly what is not available: external validation and outcome studies', () => {
    for (const n of ['17', '18', '19', '20', '23', '24', '25']) {
      expect(label.hti1[n], n).toHaveProperty('notAvailable');
    }
    expect(label.hti1['27']).toEqual({ notAvailable: 'No suggestions of this model version have been recorded in this deployment yet.' });
  });

  test('names the inputs HTI-1 asks about, computed from the knowledge: sex and date of birth used, race, ethnicity and language not', () => {
    const inputs = (label.hti1['12'] as { data: { variable: string; used: boolean }[] }).data;
    const used = Object.fromEntries(inputs.map((i) => [i.variable, i.used]));
    expect(used).toMatchObject({ race: false, ethnicity: false, language: false, 'sexual orientation': false, 'gender identity': false, sex: true, 'date of birth': true });
  });

  test('its test-split performance equals a fresh evaluation of this knowledge base', () => {
    const test_: Vignette[] = readEvaluationVignettes().filter((v) => splitOf(v.id) === 'test');
    const fresh = evaluateVignettes(kb, test_).overall;
    const shown = (label.hti1['21'] as { data: typeof fresh }).data;
    expect(shown).toEqual(fresh);
    const top3 = label.chai.keyMetrics.usefulnessUsabilityEfficacy.results.find((r) => r.label === 'top-3')!;
    expect(top3.valueJson).toMatchObject({ ...wilson(fresh.top3, fresh.n), n: fresh.n, level: 95 });
  });

  test('local monitoring fills the local attributes from the store’s counts', () => {
    const local = buildFullLabel(kb, base, [
      { attribute: 'sex', value: 'female', sets: 10, accepted: 4, rejected: 1, overridden: 0, addedMissed: 1, first: '2026-12-01', last: '2026-12-03' },
      { attribute: 'sex', value: 'male', sets: 6, accepted: 1, rejected: 3, overridden: 1, addedMissed: 0, first: '2026-12-02', last: '2026-12-02' },
    ]);
    expect(local.hti1['27']).toMatchObject({ value: expect.stringContaining('16 suggestion sets; decisions: 5 accepted, 4 rejected, 1 overridden, 1 missed diagnoses added (acceptance 50.0% of decided)') });
    expect(local.hti1['29']).toMatchObject({ value: expect.stringContaining('sex female: 10 sets, acceptance 80.0% (n=5)') });
  });

  test('a different knowledge base gives a different label (version, hash and counts)', () => {
    const mini = miniKnowledge();
    const other = buildFullLabel(mini, buildModelLabel(mini), []);
    expect(other.knowledge.contentHash).not.toBe(label.knowledge.contentHash);
    expect(other.labelVersion).toBe(`${ENGINE_MODEL.version}+kb.${mini.manifest.version}`);
    expect(other.hti1['11']).not.toEqual(label.hti1['11']);
  });

  test('the archived label of this version was built from this exact knowledge base (changed knowledge needs a new version, then npm run eval)', () => {
    const archived = readArchived(label.labelVersion);
    expect(archived, `no archived label for ${label.labelVersion}: run npm run eval`).toBeDefined();
    expect(archived!.full.knowledge.contentHash).toBe(kb.contentHash);
  });

  test('the CHAI card exports as XML with every section and escaped text', () => {
    const xml = chaiXml(label);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    for (const section of ['BasicInfo', 'ReleaseInfo', 'ModelSummary', 'UsesAndDirections', 'Warnings', 'TrustIngredients', 'AISystemFacts', 'TransparencyInformation', 'KeyMetrics', 'Resources', 'Bibliography']) {
      expect(xml).toContain(`<${section}>`);
      expect(xml).toContain(`</${section}>`);
    }
    expect(xml).not.toMatch(/<[^>]*&[^;]*</);
    expect(xml).toContain('<MetricResult><Label>top-3</Label><ValueJson>{&quot;kind&quot;:&quot;estimate_ci&quot;');
  });
});

describe('wilson', () => {
  test('the 95% score interval of 50/100 is 40.4–59.6%', () => {
    expect(wilson(0.5, 100)).toEqual({ estimate: 50, lower: 40.4, upper: 59.6 });
  });
});
