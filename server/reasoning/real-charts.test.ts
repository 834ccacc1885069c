/**
 * The engine on what real EHRs hold: Synthea histories (fixtures/synthea, Apache-2.0) with check-ups that
 * have no reason, reasons coded as diagnoses, `urn:uuid:` references, decades of history, deceased
 * patients and children. No output may carry a prior-only probability, and nothing may appear that
 * cannot apply to the patient.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Bundle, Encounter, Patient } from '@medplum/fhirtypes';
import { FIXTURES_DIR } from '../../fixtures/read-fixtures';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { analyzeSync } from './diagnostic-model';
import type { DifferentialResult } from './types';

const kb = loadKnowledge();
const SYNTHEA = join(FIXTURES_DIR, 'synthea');
const bundles = readdirSync(SYNTHEA)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, bundle: JSON.parse(readFileSync(join(SYNTHEA, file), 'utf8')) as Bundle }));

const resourcesOf = (b: Bundle) => (b.entry ?? []).map((e) => e.resource).filter((r) => !!r);
const patientOf = (b: Bundle) => resourcesOf(b).find((r): r is Patient => r?.resourceType === 'Patient');
const lastEncounter = (b: Bundle) =>
  resourcesOf(b)
    .filter((r): r is Encounter => r?.resourceType === 'Encounter')
    .sort((a, c) => (a.period?.start ?? '').localeCompare(c.period?.start ?? ''))
    .at(-1);

/** Every probability shown must start from a prior of a recognised presenting problem. */
function assertNoPriorOnlyProbability(r: DifferentialResult): void {
  const problems = new Set(r.problems.map((p) => p.problemId));
  for (const d of [...r.differential, ...r.cantMiss]) {
    const prior = d.steps[0];
    expect(prior.kind).toBe('prior');
    expect(prior.kind === 'prior' && problems.has(prior.problemId)).toBe(true);
  }
  if (r.status === 'abstained') {
    expect(r.differential).toEqual([]);
    expect(r.cantMiss).toEqual([]);
    expect(JSON.stringify(r.evoked)).not.toMatch(/"probability"/);
  }
}

function assertApplicable(r: DifferentialResult, sex: string | undefined): void {
  for (const d of [...r.differential, ...r.evoked]) {
    const a = kb.conditions.get(d.conditionId)?.applicability;
    if (a?.sex && (sex === 'male' || sex === 'female')) {
      expect({ condition: d.conditionId, sex }).toEqual({ condition: d.conditionId, sex: a.sex });
    }
    if (a?.pregnancyRelated) {
      expect(sex).not.toBe('male');
    }
  }
}

describe('Synthea charts as the EHR holds them (now = the time of the request)', () => {
  test.each(bundles.map((b) => [b.file, b.bundle] as const))('%s: abstains or gives a problem-based differential, never a prior-only one', (_file, bundle) => {
    const { result } = analyzeSync(kb, { chart: bundle, extractOptions: { asOf: '2026-12-03T09:00:00Z' } });
    assertNoPriorOnlyProbability(result);
    assertApplicable(result, patientOf(bundle)?.gender);
    // No Synthea encounter is open, so nothing is "now": every one of these charts abstains.
    expect(result.status).toBe('abstained');
    expect(result.now.basis).toBe('given');
    expect(result.now.encounterReference).toBeUndefined();
  });

  test('deceased patients, children and a Bundle without a patient are named as such, before anything else', () => {
    const kinds = Object.fromEntries(bundles.map(({ file, bundle }) => [file.replace('.json', '').split('_')[0], analyzeSync(kb, { chart: bundle }).result.abstention?.kind]));
    expect(kinds).toMatchObject({ Brain: 'deceased', Lavern: 'deceased', Alexis: 'child', Noel: 'child', practitionerInformation1559319163815: 'no-patient' });
    expect(kinds.Abdul).toBe('no-presenting-problem');
  });
});

describe('Synthea charts replayed at their last encounter (the encounter in context)', () => {
  const replay = bundles
    .filter(({ bundle }) => patientOf(bundle) && lastEncounter(bundle))
    .map(({ file, bundle }) => ({ file, bundle, encounter: lastEncounter(bundle) as Encounter, patient: patientOf(bundle) as Patient }));

  test.each(replay.map((r) => [r.file, r] as const))('%s: its own patient and encounter are recognised through urn:uuid references', (_file, { bundle, encounter, patient }) => {
    const { result } = analyzeSync(kb, { chart: bundle, extractOptions: { encounterId: encounter.id } });
    assertNoPriorOnlyProbability(result);
    assertApplicable(result, patient.gender);
    const administrative = /death certification/i.test(encounter.type?.[0]?.text ?? '');
    if (!administrative) {
      expect(result.now.encounterReference).toBe(`Encounter/${encounter.id}`);
      expect(result.now.basis).toBe('encounter-in-context');
    }
    // The chart's own Conditions recorded at this encounter are read as this encounter's (urn:uuid references resolved).
    expect(result.ignored.every((i) => !/another patient/.test(i.reason))).toBe(true);
  });

  test('a check-up with no reason abstains and lists what it read, and why the rest was not used', () => {
    const abdul = replay.find((r) => r.file.startsWith('Abdul'))!;
    const { result } = analyzeSync(kb, { chart: abdul.bundle, extractOptions: { encounterId: abdul.encounter.id } });
    expect(result.status).toBe('abstained');
    expect(result.abstention?.kind).toBe('no-presenting-problem');
    expect(result.ignored.length).toBeGreaterThan(20);
    expect(result.ignored.some((i) => i.kind === 'too-old')).toBe(true);
    expect(result.ignored.some((i) => i.kind === 'out-of-scope' && /Claim/.test(i.display ?? ''))).toBe(true);
  });

  test('a reason for visit coded as a complaint-level diagnosis (anaemia) sets the presenting problem', () => {
    const cammy = replay.find((r) => r.file.startsWith('Cammy'))!;
    const { result } = analyzeSync(kb, { chart: cammy.bundle, extractOptions: { encounterId: cammy.encounter.id } });
    expect(result.status).toBe('differential');
    expect(result.problems.map((p) => p.problemId)).toContain('anaemia');
    assertNoPriorOnlyProbability(result);
  });

  test('a reason for visit coded as a diagnosis (E. coli UTI) maps to the problem it presents as, and the diagnosis is marked recorded', () => {
    const cammy = replay.find((r) => r.file.startsWith('Cammy'))!;
    const { result } = analyzeSync(kb, { chart: cammy.bundle, extractOptions: { encounterId: 'a6c81b53-782e-4933-bc08-9f8bc04f4293' } });
    expect(result.now.encounterReference).toBe('Encounter/a6c81b53-782e-4933-bc08-9f8bc04f4293');
    expect(result.problems.map((p) => [p.problemId, p.via])).toContainEqual(['dysuria', 'reason-diagnosis']);
    expect(result.differential.find((d) => d.conditionId === 'urinary-tract-infection')?.inChart?.verificationStatus).toBe('reason for visit');
    assertApplicable(result, 'female');
  });

  test('a deceased patient gets no differential even at a clinical encounter', () => {
    const lavern = replay.find((r) => r.file.startsWith('Lavern'))!;
    const { result } = analyzeSync(kb, { chart: lavern.bundle, extractOptions: { encounterId: lavern.encounter.id } });
    expect(result.abstention?.kind).toBe('deceased');
    expect(result.differential).toEqual([]);
  });
});
