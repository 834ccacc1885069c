import type { KnowledgeBase } from './load-knowledge';

/** Counts that the model label and the closing notes report. */
export interface KnowledgeSummary {
  id: string;
  version: string;
  contentHash: string;
  problems: number;
  conditions: number;
  cantMissConditions: number;
  findings: number;
  discriminatingTests: number;
  evidenceEntries: number;
  citations: number;
  verifiedCitations: number;
  unverifiedCitations: number;
  reviewedCitations: number;
  problemsWithBothSettings: number;
}

/**
 * Summarises the knowledge base.
 * @param kb - a loaded knowledge base
 * @returns counts by kind and verification status
 */
export function summarizeKnowledge(kb: KnowledgeBase): KnowledgeSummary {
  const citations = [...kb.citations.values()];
  const problems = [...kb.problems.values()];
  return {
    id: kb.manifest.id,
    version: kb.manifest.version,
    contentHash: kb.contentHash,
    problems: problems.length,
    conditions: kb.conditions.size,
    cantMissConditions: [...kb.conditions.values()].filter((c) => c.cantMiss).length,
    findings: kb.findings.size,
    discriminatingTests: [...kb.findings.values()].filter((f) => f.test).length,
    evidenceEntries: kb.evidence.length,
    citations: citations.length,
    verifiedCitations: citations.filter((c) => c.status === 'verified').length,
    unverifiedCitations: citations.filter((c) => c.status === 'unverified').length,
    reviewedCitations: citations.filter((c) => c.review.status === 'reviewed').length,
    problemsWithBothSettings: problems.filter((p) => (p.priors['primary-care']?.length ?? 0) > 0 && (p.priors.emergency?.length ?? 0) > 0).length,
  };
}
