/**
 * A finding derived as absent never contradicts a present chart fact (issue 15, item 3): a result coded as
 * a finding (an ECG read as "ST segment depression", which is one of the codes of "ischaemic changes on the
 * ECG") never makes that finding absent. Checked on every hand-written story, every vignette and every
 * Synthea chart, and on the NSTEMI story that showed "absent: ECG ischaemic changes" beside ST depression.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { FIXTURES_DIR, readPatientBundles, readVignettes } from '../../fixtures/read-fixtures';
import { loadKnowledge } from '../knowledge/load-knowledge';
import { extractFindings } from './extract-findings';

const kb = loadKnowledge();
const resourcesOf = (b: Bundle): Resource[] => (b.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r !== undefined);
const synthea = readdirSync(join(FIXTURES_DIR, 'synthea'))
  .filter((f) => f.endsWith('.json'))
  .map((file) => ({ name: `synthea/${file}`, bundle: JSON.parse(readFileSync(join(FIXTURES_DIR, 'synthea', file), 'utf8')) as Bundle }));
const charts = [...readPatientBundles().map((f) => ({ name: f.file, bundle: f.bundle })), ...readVignettes().map((f) => ({ name: f.file, bundle: f.bundle })), ...synthea];

/** Codes a finding is recognised by (its `code` match rules). */
function codesOf(findingId: string): Set<string> {
  const rules = kb.findings.get(findingId)?.match ?? [];
  return new Set(rules.flatMap((r) => (r.kind === 'code' ? r.codes : [])));
}

/**
 * Findings read as absent from a result whose coded value is one of the finding's own codes: the chart
 * says the thing is there, so "absent" would contradict it.
 */
function contradictions(resources: Resource[]): string[] {
  const byRef = new Map(resources.map((r) => [`${r.resourceType}/${r.id}`, r]));
  const { findings } = extractFindings(resources, kb);
  const out: string[] = [];
  for (const f of findings.filter((x) => !x.present)) {
    const own = codesOf(f.findingId);
    for (const s of f.sources) {
      const r = byRef.get(s.reference) as { valueCodeableConcept?: { coding?: { code?: string }[] } } | undefined;
      const valueCodes = (r?.valueCodeableConcept?.coding ?? []).map((c) => c.code ?? '');
      if (valueCodes.some((c) => own.has(c))) {
        out.push(`${s.reference}: ${f.findingId} read as absent from a result coded as the finding itself`);
      }
    }
  }
  return out;
}

describe('derived absence never contradicts a present chart fact', () => {
  test('the NSTEMI story: ST depression on the ECG makes "ischaemic changes" present, not absent', () => {
    const nstemi = charts.find((c) => c.name === 'chest-pain-nstemi.json');
    expect(nstemi).toBeDefined();
    const { findings } = extractFindings(resourcesOf(nstemi!.bundle), kb);
    expect(findings.find((f) => f.findingId === 'ecg-st-depression')?.present).toBe(true);
    expect(findings.find((f) => f.findingId === 'ecg-ischaemic-changes')?.present).toBe(true);
  });

  test.each(charts.map((c) => [c.name, c.bundle] as const))('%s', (_name, bundle) => {
    expect(contradictions(resourcesOf(bundle))).toEqual([]);
  });
});
