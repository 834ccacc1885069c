/**
 * Builds the differential from extracted chart findings, clinician overrides and presenting problems:
 * candidates and priors, the likelihood-ratio chain per candidate, the can't-miss list and the next
 * best tests. Pure and deterministic: the same input gives the same output.
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { CareSetting } from '../knowledge/schema';
import { cantMissThreshold, reasonAbout, selectCandidates } from './infer';
import { leadingCandidates, rankTests } from './next-best-test';
import { POLICY } from './policy';
import type { ChartExtract, CitationSummary, DiagnosisResult, DifferentialResult, FindingOverride, KnownFinding } from './types';

export interface DifferentialInput {
  readonly extract: ChartExtract;
  /** Findings the clinician added, negated or removed in the app. */
  readonly overrides?: readonly FindingOverride[];
  /** Presenting problems the clinician added (knowledge-base ids). */
  readonly problems?: readonly string[];
  /** Care setting, when the caller knows better than the encounter class. */
  readonly setting?: CareSetting;
  /** Compute a differential for a patient under 18 on explicit request (shown under a persistent banner). */
  readonly includeChild?: boolean;
}

export const ENGINE_MODEL = { id: 'ddx-lr-engine', version: '1.0.0' } as const;

/** Applies clinician overrides on top of chart findings. Unknown finding ids are reported. */
export function mergeFindings(kb: KnowledgeBase, chart: readonly KnownFinding[], overrides: readonly FindingOverride[], warnings: string[]): KnownFinding[] {
  const map = new Map(chart.map((f) => [f.findingId, f]));
  for (const o of overrides) {
    if (!kb.findings.has(o.findingId)) {
      warnings.push(`unknown finding "${o.findingId}" in clinician changes ignored`);
      continue;
    }
    if (o.state === 'removed') {
      map.delete(o.findingId);
      continue;
    }
    map.set(o.findingId, { findingId: o.findingId, present: o.state === 'present', origin: 'clinician', sources: [] });
  }
  return [...map.values()].sort((a, b) => a.findingId.localeCompare(b.findingId));
}

/**
 * sha256 of what the engine reasons from: setting, problems, findings (id and state), age and sex.
 * Two requests with the same hash saw the same input.
 */
export function hashInput(setting: string, problems: readonly string[], findings: readonly KnownFinding[], extract: ChartExtract): string {
  const canonical = JSON.stringify({
    setting,
    problems: [...problems].sort(),
    findings: findings.map((f) => [f.findingId, f.present, f.origin]),
    age: extract.ageYears ?? null,
    sex: extract.sex ?? null,
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** Resolves citation ids to the summaries shown next to numbers. */
export function collectCitations(kb: KnowledgeBase, ids: ReadonlySet<string>): Record<string, CitationSummary> {
  const out: Record<string, CitationSummary> = {};
  for (const id of [...ids].sort()) {
    const c = kb.citations.get(id);
    if (c) {
      out[id] = { id, title: c.title, authors: c.authors, journal: c.journal, year: c.year, pmid: c.pmid, doi: c.doi, status: c.status, review: c.review.status };
    }
  }
  return out;
}

function citationIds(result: { differential: readonly DiagnosisResult[]; nextBestTests: DifferentialResult['nextBestTests'] }): Set<string> {
  const ids = new Set<string>();
  for (const d of result.differential) {
    d.steps.forEach((s) => s.source && ids.add(s.source.citation));
    d.mostInformative.forEach((w) => ids.add(w.source.citation));
  }
  result.nextBestTests.forEach((t) => t.sources.forEach((s) => ids.add(s.citation)));
  return ids;
}

/**
 * @param kb - knowledge base
 * @param input - extracted chart, clinician overrides, problems, setting
 * @returns the ranked differential with its reasoning, can't-miss list and next best tests
 */
export function buildDifferential(kb: KnowledgeBase, input: DifferentialInput): DifferentialResult {
  const warnings: string[] = [];
  const { extract } = input;
  const setting: CareSetting = input.setting ?? extract.setting ?? POLICY.defaultSetting;
  if (!input.setting && !extract.setting) {
    warnings.push(`care setting not recorded on the encounter; ${setting} priors used`);
  }
  const findings = mergeFindings(kb, extract.findings, input.overrides ?? [], warnings);
  const chartProblems = extract.problems.map((p) => p.problemId);
  const clinicianProblems = (input.problems ?? []).filter((p) => !chartProblems.includes(p));
  const problemIds = [...chartProblems, ...clinicianProblems];
  if (problemIds.length === 0) {
    warnings.push('no presenting problem recognised in the chart; general priors used (add a presenting problem for a sharper differential)');
  }
  const candidates = selectCandidates(kb, problemIds, setting, warnings);
  const unranked = candidates.map((c) => reasonAbout(kb, c, findings));
  unranked.sort((a, b) => b.probability - a.probability || a.name.localeCompare(b.name));
  const differential: DiagnosisResult[] = unranked.map((d, i) => {
    const inChart = extract.chartDiagnoses.find((cd) => cd.conditionId === d.conditionId);
    return { ...d, rank: i + 1, ...(inChart ? { inChart } : {}) };
  });
  const cantMiss = differential.filter((d) => d.cantMiss && d.probability >= cantMissThreshold(kb.conditions.get(d.conditionId)!));
  const known = new Set(findings.map((f) => f.findingId));
  const nextBestTests = rankTests(kb, leadingCandidates(differential, cantMiss), known);
  const problems = problemIds.length
    ? problemIds.filter((id) => kb.problems.has(id)).map((id) => ({ problemId: id, name: kb.problems.get(id)!.name, origin: chartProblems.includes(id) ? ('chart' as const) : ('clinician' as const) }))
    : [{ problemId: 'general', name: 'No presenting problem recognised', origin: 'general' as const }];
  return {
    model: { ...ENGINE_MODEL },
    knowledge: { id: kb.manifest.id, version: kb.manifest.version, contentHash: kb.contentHash },
    inputHash: hashInput(setting, problemIds, findings, extract),
    asOf: extract.asOf,
    setting,
    problems,
    findingsUsed: findings,
    ignored: extract.ignored,
    unknownCodes: extract.unknownCodes,
    differential,
    cantMiss,
    nextBestTests,
    citations: collectCitations(kb, citationIds({ differential, nextBestTests })),
    warnings,
  };
}
