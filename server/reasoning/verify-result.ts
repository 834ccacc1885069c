/**
 * The check every model's output goes through before a clinician sees it: every reasoning step must
 * point at chart data the model was given (a finding used, with its resource reference) or at a
 * citation that resolves in the registry. A diagnosis with an unsupported step is dropped, and the
 * report says so; a model that invents findings or citations cannot slip them through.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { DiagnosisResult, DifferentialResult } from './types';

export interface VerificationReport {
  readonly ok: boolean;
  /** Diagnoses removed, and why. */
  readonly dropped: readonly { readonly conditionId: string; readonly reason: string }[];
  /** The result with only verified diagnoses. */
  readonly result: DifferentialResult;
}

/** The findings a model was given, each with the chart references it came from. */
type UsedFindings = ReadonlyMap<string, { present: boolean; origin: string; references: ReadonlySet<string> }>;

function problemsOf(kb: KnowledgeBase, used: UsedFindings, d: DiagnosisResult): string[] {
  const problems: string[] = [];
  if (!kb.conditions.has(d.conditionId)) {
    problems.push('diagnosis is not in the knowledge base');
  }
  for (const step of d.steps) {
    if (step.source && !kb.citations.has(step.source.citation)) {
      problems.push(`citation "${step.source.citation}" does not resolve in the registry`);
    }
    if (step.kind === 'prior' && !step.source && !step.policy) {
      problems.push('pre-test probability has no citation');
    }
    if (step.kind === 'finding') {
      const f = used.get(step.findingId);
      if (!f || f.present !== step.present) {
        problems.push(`finding "${step.findingId}" is not in the input`);
      } else if (f.origin === 'chart') {
        if (step.sources.length === 0 || step.sources.some((s) => !f.references.has(s.reference))) {
          problems.push(`finding "${step.findingId}" does not point at the chart resource it came from`);
        }
      }
    }
  }
  if (d.established) {
    problems.push(...establishedProblems(kb, used, d.established));
  }
  return problems;
}

/** An established diagnosis must rest on findings in the input, read from the chart resources named, and a resolving citation. */
function establishedProblems(kb: KnowledgeBase, used: UsedFindings, e: NonNullable<DiagnosisResult['established']>): string[] {
  const problems: string[] = [];
  if (!kb.citations.has(e.source.citation)) {
    problems.push(`definition citation "${e.source.citation}" does not resolve in the registry`);
  }
  for (const f of e.findings) {
    const u = used.get(f.findingId);
    if (!u || !u.present) {
      problems.push(`defining finding "${f.findingId}" is not in the input`);
    } else if (u.origin === 'chart' && f.sources.some((s) => !u.references.has(s.reference))) {
      problems.push(`defining finding "${f.findingId}" does not point at the chart resource it came from`);
    }
  }
  return problems;
}

/**
 * @param kb - knowledge base (the citation registry)
 * @param result - a model's output
 * @returns the verified result and what was dropped
 */
export function verifyResult(kb: KnowledgeBase, result: DifferentialResult): VerificationReport {
  const dropped: { conditionId: string; reason: string }[] = [];
  const used: UsedFindings = new Map(result.findingsUsed.map((f) => [f.findingId, { present: f.present, origin: f.origin, references: new Set(f.sources.map((s) => s.reference)) }]));
  const keep = (d: DiagnosisResult): boolean => {
    const problems = problemsOf(kb, used, d);
    if (problems.length > 0) {
      dropped.push({ conditionId: d.conditionId, reason: problems.join('; ') });
      return false;
    }
    return true;
  };
  const established = result.established.filter(keep);
  const differential = result.differential.filter(keep);
  const keptIds = new Set([...established, ...differential].map((d) => d.conditionId));
  const cantMiss = result.cantMiss.filter((d) => keptIds.has(d.conditionId));
  const evoked = result.evoked.filter((e) => {
    const problems = [
      ...e.evidence.flatMap((x) => {
        const u = used.get(x.findingId);
        return [
          ...(kb.citations.has(x.source.citation) ? [] : [`citation "${x.source.citation}" does not resolve in the registry`]),
          ...(u?.present && u.origin === 'chart' && x.sources.every((src) => u.references.has(src.reference)) ? [] : [`evoking finding "${x.findingId}" is not in the chart input`]),
        ];
      }),
      ...(e.established ? establishedProblems(kb, used, e.established) : []),
    ];
    if (problems.length > 0) {
      dropped.push({ conditionId: e.conditionId, reason: problems.join('; ') });
      return false;
    }
    return true;
  });
  const warnings = dropped.length ? [...result.warnings, `${dropped.length} diagnosis(es) dropped by verification`] : result.warnings;
  return { ok: dropped.length === 0, dropped, result: { ...result, established, differential, cantMiss, evoked, warnings } };
}
