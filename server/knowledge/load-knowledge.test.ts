import { describe, expect, test } from 'vitest';
import { miniKnowledgeRaw } from '../../tests/builders/knowledge-builder';
import { assembleKnowledge, evidenceFor, KnowledgeError, type RawKnowledge } from './load-knowledge';

function expectProblem(mutate: (raw: RawKnowledge) => void, pattern: RegExp): void {
  const raw = miniKnowledgeRaw();
  mutate(raw);
  try {
    assembleKnowledge(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(KnowledgeError);
    expect((err as KnowledgeError).problems.join('\n')).toMatch(pattern);
    return;
  }
  throw new Error('expected the knowledge base to be rejected');
}

const evidence = (raw: RawKnowledge): Record<string, unknown>[] => raw.evidence['mini.json'] as Record<string, unknown>[];

describe('assembleKnowledge', () => {
  test('loads a valid knowledge base and indexes evidence by condition', () => {
    const kb = assembleKnowledge(miniKnowledgeRaw());
    expect(kb.conditions.size).toBe(4);
    expect(kb.evidenceByCondition.get('pe')?.get('hr-over-100')?.lrPositive).toBe(2);
    expect(kb.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('rejects a number with no citation', () => {
    expectProblem((raw) => delete evidence(raw)[0].source, /mini\.json\[0\].*source/);
  });

  test('rejects a citation that does not resolve in the registry', () => {
    expectProblem((raw) => (evidence(raw)[0].source = { citation: 'nowhere-2020', locator: 'Table 1' }), /cites "nowhere-2020", which is not in the citation registry/);
  });

  test('rejects a formOf naming an unknown condition, itself, or a circle (2026-12-05, session 23)', () => {
    const src = { citation: 'fx-a', locator: 'test' };
    const cond = (raw: RawKnowledge, file: string): Record<string, unknown> => raw.conditions[file] as Record<string, unknown>;
    const files = Object.keys(miniKnowledgeRaw().conditions);
    const [a, b] = files;
    const idOf = (file: string): string => file.replace(/\.json$/, '');
    expectProblem((raw) => (cond(raw, a).formOf = { conditions: ['no-such-condition'], source: src }), /formOf names unknown condition "no-such-condition"/);
    expectProblem((raw) => (cond(raw, a).formOf = { conditions: [idOf(a)], source: src }), /formOf names itself/);
    expectProblem((raw) => {
      cond(raw, a).formOf = { conditions: [idOf(b)], source: src };
      cond(raw, b).formOf = { conditions: [idOf(a)], source: src };
    }, /is circular/);
    const ok = miniKnowledgeRaw();
    cond(ok, a).formOf = { conditions: [idOf(b)], source: src };
    expect(() => assembleKnowledge(ok)).not.toThrow();
  });

  test('rejects an imaging red flag that is not a finding (2026-12-06, session 25)', () => {
    const guidance = (flag: string) => ({ recommendation: 'imaging only with a red flag', source: { citation: 'fx-a', locator: 'test' }, redFlags: [flag], rationale: 'the red flags read as findings' });
    expectProblem((raw) => ((raw.problems['chest-pain.json'] as Record<string, unknown>).imagingOnlyWithRedFlags = guidance('no-such-finding')), /imaging red flag "no-such-finding" is not a finding/);
    const ok = miniKnowledgeRaw();
    (ok.problems['chest-pain.json'] as Record<string, unknown>).imagingOnlyWithRedFlags = guidance('hr-over-100');
    expect(assembleKnowledge(ok).problems.get('chest-pain')?.imagingOnlyWithRedFlags?.redFlags).toEqual(['hr-over-100']);
  });

  test('rejects an unquantified entry for a setting where the condition has a prior (2026-12-06, session 25)', () => {
    type P = { priors: Record<string, { condition: string }[]>; unquantified?: Record<string, unknown>[] };
    const raw = miniKnowledgeRaw();
    const problem = raw.problems['chest-pain.json'] as P;
    const [setting, list] = Object.entries(problem.priors).find(([, l]) => l.length > 0)!;
    expectProblem((r) => ((r.problems['chest-pain.json'] as P).unquantified = [{ condition: list[0].condition, reason: 'no figure for this setting', settings: [setting] }]), new RegExp(`unquantified entry for "${list[0].condition}" in ${setting}, where it has a prior`));
  });

  test('rejects a registry entry that nothing uses', () => {
    expectProblem(
      (raw) => (raw.citations['fx-z.json'] = { ...(raw.citations['fx-a.json'] as object), id: 'fx-z' }),
      /citations\/fx-z\.json: registry entry is not used/,
    );
  });

  test('rejects a citation with no persistent identifier (PMID, PMCID, Bookshelf id or DOI)', () => {
    expectProblem((raw) => delete (raw.citations['fx-a.json'] as Record<string, unknown>).pmid, /persistent identifier/);
  });

  test('accepts a PubMed Central or an NCBI Bookshelf id instead, and refuses a malformed one', () => {
    for (const [key, value] of [['pmcid', 'PMC4662750'], ['bookshelfId', 'NBK430685']]) {
      const raw = miniKnowledgeRaw();
      const c = raw.citations['fx-a.json'] as Record<string, unknown>;
      delete c.pmid;
      c[key] = value;
      expect(() => assembleKnowledge(raw)).not.toThrow();
      c[key] = value.replace(/^[A-Z]+/, '');
      expect(() => assembleKnowledge(raw)).toThrow(KnowledgeError);
    }
  });

  test('rejects a verified citation that does not say where it was read', () => {
    expectProblem((raw) => {
      const c = raw.citations['fx-a.json'] as Record<string, unknown>;
      c.status = 'verified';
      delete c.unverifiedReason;
    }, /where its numbers were read/);
  });

  test('rejects two evidence entries for the same condition and finding', () => {
    expectProblem((raw) => evidence(raw).push({ ...evidence(raw)[0] }), /second evidence entry for acs \/ pleuritic-pain/);
  });

  test('one pair may hold entries measured in different presenting problems, never two for one problem (session 27)', () => {
    const pe = (raw: RawKnowledge): Record<string, unknown> => evidence(raw).find((e) => e.condition === 'pe' && e.finding === 'hr-over-100')!;
    // Two unrestricted entries, or two naming the same problem, are refused.
    expectProblem((raw) => evidence(raw).push({ ...pe(raw), lrPositive: 3 }), /second evidence entry for pe \/ hr-over-100.*at most one without/);
    expectProblem((raw) => {
      pe(raw).appliesTo = { problems: ['chest-pain'] };
      evidence(raw).push({ ...pe(raw), lrPositive: 3, appliesTo: { problems: ['fever', 'chest-pain'] } });
    }, /both name "chest-pain"/);
    // One per problem, and one default without a restriction, is accepted; the patient's problems choose.
    const raw = miniKnowledgeRaw();
    evidence(raw).push({ ...pe(raw), lrPositive: 3, lrNegative: 0.4, appliesTo: { problems: ['fever'] } });
    const kb = assembleKnowledge(raw);
    expect(kb.evidenceByCondition.get('pe')?.get('hr-over-100')?.lrPositive).toBe(2);
    expect(kb.evidenceVariants.get('pe')?.get('hr-over-100')).toHaveLength(2);
    expect(evidenceFor(kb, 'pe', ['fever'])?.get('hr-over-100')?.lrPositive).toBe(3);
    expect(evidenceFor(kb, 'pe', ['chest-pain'])?.get('hr-over-100')?.lrPositive).toBe(2);
    expect(evidenceFor(kb, 'pe', ['chest-pain', 'fever'])?.get('hr-over-100')?.lrPositive).toBe(3);
    expect(evidenceFor(kb, 'pe', [])?.get('hr-over-100')?.lrPositive).toBe(2);
    // Other findings of the condition are the same entries; a condition without such pairs gets its map itself.
    expect(evidenceFor(kb, 'pe', ['fever'])?.get('ddimer-positive')).toBe(kb.evidenceByCondition.get('pe')?.get('ddimer-positive'));
    expect(evidenceFor(kb, 'acs', ['fever'])).toBe(kb.evidenceByCondition.get('acs'));
  });

  test('rejects a derived finding whose component is unknown or derived from it (a cycle), or whose refutation names a non-component (session 21)', () => {
    const derived = (raw: RawKnowledge, derivedFrom: Record<string, unknown>): void => {
      (raw.findings['pleuritic-pain.json'] as Record<string, unknown>).derivedFrom = derivedFrom;
    };
    const source = { citation: 'fx-a', locator: 'test' };
    expectProblem((raw) => derived(raw, { criteria: [['male', 'no-such']], source }), /derivedFrom names unknown finding "no-such"/);
    expectProblem((raw) => derived(raw, { criteria: [['male', 'pleuritic-pain']], source }), /derivedFrom component "pleuritic-pain" is derived from "pleuritic-pain" \(a cycle\)/);
    // A component may itself be derived (model 2.48.0), never in a cycle.
    const fever = (raw: RawKnowledge, derivedFrom: Record<string, unknown>): void => {
      (raw.findings['fever.json'] as Record<string, unknown>).derivedFrom = derivedFrom;
    };
    expectProblem((raw) => {
      derived(raw, { criteria: [['fever']], presentOnly: true, source });
      fever(raw, { criteria: [['pleuritic-pain']], presentOnly: true, source });
    }, /derivedFrom component "fever" is derived from "pleuritic-pain" \(a cycle\)/);
    const chain = miniKnowledgeRaw();
    derived(chain, { criteria: [['fever']], presentOnly: true, source });
    fever(chain, { criteria: [['hr-over-100']], presentOnly: true, source });
    expect(() => assembleKnowledge(chain)).not.toThrow();
    expectProblem((raw) => derived(raw, { criteria: [['male', 'fever']], refutedOnlyBy: ['hr-over-100'], source }), /refutedOnlyBy names "hr-over-100", which is not one of its criteria/);
  });

  test('rejects a score item that is unknown, the score itself or in the score’s correlation group (session 29)', () => {
    const score = (raw: RawKnowledge, items: string[]): void => {
      (raw.findings['hr-over-100.json'] as Record<string, unknown>).rule = { name: 'Test score', population: 'adults with chest pain', source: { citation: 'fx-a', locator: 'test' }, appliesTo: { problems: ['chest-pain'] }, items };
    };
    expectProblem((raw) => score(raw, ['no-such']), /rule item "no-such" is not a finding/);
    expectProblem((raw) => score(raw, ['hr-over-100']), /rule item "hr-over-100" is the score itself or in its correlation group/);
    expectProblem((raw) => score(raw, ['fever']), /rule item "fever" is the score itself or in its correlation group/);
    const ok = miniKnowledgeRaw();
    score(ok, ['pleuritic-pain']);
    expect(assembleKnowledge(ok).findings.get('hr-over-100')?.rule?.items).toEqual(['pleuritic-pain']);
  });

  test('rejects evidence for an unknown finding, naming the file and entry', () => {
    expectProblem((raw) => (evidence(raw)[0].finding = 'no-such'), /evidence\/mini\.json\[0\]: evidence for unknown finding "no-such"/);
  });

  test('rejects a problem that refines an unknown problem, itself, or one that refines it back', () => {
    const problem = (raw: RawKnowledge, id: string) => raw.problems[`${id}.json`] as { refines?: string[] };
    expectProblem((raw) => (problem(raw, 'fever').refines = ['no-such']), /problems\/fever\.json: refines "no-such", which is not another presenting problem/);
    expectProblem((raw) => (problem(raw, 'fever').refines = ['fever']), /refines "fever", which is not another presenting problem/);
    expectProblem((raw) => {
      problem(raw, 'fever').refines = ['chest-pain'];
      problem(raw, 'chest-pain').refines = ['fever'];
    }, /refines "chest-pain", which refines it back/);
  });

  test('rejects priors that add up to more than 1', () => {
    expectProblem((raw) => {
      const p = raw.problems['chest-pain.json'] as { priors: { emergency: { probability: number }[] } };
      p.priors.emergency[0].probability = 0.9;
    }, /emergency priors add up to/);
  });

  test('accepts priors by stratum for one condition, refuses two it cannot tell apart, and adds up each kind of patient', () => {
    type P = { priors: { emergency: Record<string, unknown>[] } };
    const strata = (raw: RawKnowledge, entries: Record<string, unknown>[]) => {
      const p = raw.problems['chest-pain.json'] as P;
      p.priors.emergency = p.priors.emergency.filter((e) => e.condition !== 'acs').concat(entries);
    };
    const acs = (probability: number, extra: Record<string, unknown>) => ({ condition: 'acs', probability, source: { citation: 'fx-b', locator: `stratum ${probability}` }, populationMatch: 'exact', ...extra });
    const raw = miniKnowledgeRaw();
    strata(raw, [acs(0.05, { populationSex: 'female' }), acs(0.12, { populationSex: 'male' }), acs(0.2, { populationSex: 'male', populationAgeYears: { min: 65 } })]);
    expect(() => assembleKnowledge(raw)).not.toThrow();
    expectProblem((r) => strata(r, [acs(0.05, { populationAgeYears: { max: 65 } }), acs(0.12, { populationAgeYears: { min: 65 } })]), /two priors for "acs" in emergency that cannot be told apart: the strata patients aged up to 65 and patients aged 65 or over overlap/);
    expectProblem((r) => strata(r, [acs(0.05, {}), acs(0.12, {})]), /two priors for "acs" in emergency that cannot be told apart/);
    // Each stratum's figure alone fits, but for women aged 70 the chosen figures add up to more than 1.
    expectProblem((r) => strata(r, [acs(0.1, { populationSex: 'female' }), acs(0.85, { populationSex: 'female', populationAgeYears: { min: 70 } })]), /emergency priors add up to 1\.101 for a patient \(female, age 70\), more than 1/);
    // A figure the engine sets aside for a patient (an age band more than ten years away) is not added to hers (session
    // 30): PE's figure for patients up to 30 is not a 70-year-old's, so her figures add up to 0.951, not 1.451.
    const farBands = (r: RawKnowledge, peBand: Record<string, unknown>) => {
      strata(r, [acs(0.05, {}), acs(0.75, { populationAgeYears: { min: 70 } })]);
      const p = r.problems['chest-pain.json'] as P;
      p.priors.emergency = p.priors.emergency.filter((e) => e.condition !== 'pe').concat([{ condition: 'pe', probability: 0.5, source: { citation: 'fx-b', locator: 'young stratum' }, populationMatch: 'exact', ...peBand }]);
    };
    const accepted = miniKnowledgeRaw();
    farBands(accepted, { populationAgeYears: { max: 30 } });
    expect(() => assembleKnowledge(accepted)).not.toThrow();
    // Within ten years of the band the figure is used as a proxy, so it is added.
    expectProblem((r) => farBands(r, { populationAgeYears: { max: 62 } }), /emergency priors add up to 1\.451 for a patient \(either sex, age 70\), more than 1/);
  });

  test('rejects an id that does not match its file name', () => {
    expectProblem((raw) => ((raw.conditions['pe.json'] as Record<string, unknown>).id = 'pulmonary-embolus'), /does not match the file name/);
  });

  test('rejects a threshold with no source', () => {
    expectProblem((raw) => {
      const f = raw.findings['fever.json'] as { match: Record<string, unknown>[] };
      delete f.match[0].source;
    }, /findings\/fever\.json/);
  });
});
