/**
 * The language model's answer, checked by the engine before anyone sees it (issue 18, item 3):
 * - each diagnosis is mapped to a knowledge-base condition (by a code it names, or by its name or a synonym),
 *   or kept with the SNOMED CT / ICD-10-CM code it names when that code is well formed, or by name only;
 * - the findings it cites must be ids the prompt gave, and present: others are dropped and counted; a
 *   diagnosis left with no present chart finding is dropped (no suggestion without chart evidence);
 * - a reference is kept only when it resolves in the citation registry (PMID or DOI); otherwise it is
 *   dropped, or kept marked "unverified reference" when the site chose that policy;
 * - where the engine has the condition in its differential, its probability and chain are what is shown;
 *   otherwise the line says "suggested by the language model, not quantified".
 * Nothing here is written to the chart.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import { CODE_SYSTEMS } from '../knowledge/schema';
import { indexKnowledge, lookupCode } from '../reasoning/knowledge-index';
import type { ChartSource, DifferentialResult } from '../reasoning/types';
import type { LlmPrompt, PromptFinding } from './build-prompt';
import type { LlmAnswer, LlmConfig } from './client';

export interface GroundedReference {
  readonly pmid?: string;
  readonly doi?: string;
  /** The registry entry it resolved to; absent for an unverified reference (kept only under the 'mark' policy). */
  readonly citationId?: string;
  readonly status: 'in-registry' | 'unverified reference';
}

export interface GroundedSuggestion {
  /** `both`: the engine ranks it too; `llm-only`: only the language model suggests it. */
  readonly source: 'both' | 'llm-only';
  /** Names the line for the clinician's decision on it ({@link llmLineKey}). */
  readonly key: string;
  readonly name: string;
  /** The knowledge-base condition it maps to, when it does. */
  readonly conditionId?: string;
  readonly mappedBy?: 'code' | 'name';
  readonly codes: { readonly snomed?: string; readonly icd10cm?: string };
  /** The chart findings it relies on (present, and given in the prompt), with the chart records they were read from (never sent to the model). */
  readonly findings: readonly (Pick<PromptFinding, 'findingId' | 'name' | 'result' | 'when'> & { readonly sources: readonly ChartSource[] })[];
  /** The model's own words, shown as such (capped). */
  readonly rationale: string;
  readonly references: readonly GroundedReference[];
  /** From the engine when it ranks the condition: rank, probability and its display. */
  readonly engine?: { readonly rank: number; readonly probability: number; readonly display: string };
  /** What the clinician sees beside the line. */
  readonly label: string;
}

export interface GroundingReport {
  readonly suggestions: readonly GroundedSuggestion[];
  readonly dropped: {
    /** Cited finding ids that were not in the prompt (invented), or cited as support while absent. */
    readonly inventedFindings: number;
    readonly absentFindingsCited: number;
    /** Diagnoses dropped because no present chart finding supports them. */
    readonly diagnosesWithoutChartEvidence: number;
    /** Duplicates of a diagnosis already listed. */
    readonly duplicateDiagnoses: number;
    readonly unresolvedReferences: number;
    readonly malformedCodes: number;
  };
}

const SNOMED = /^\d{6,18}$/;
const ICD10CM = /^[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;
const normalise = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Condition ids by normalised name and synonym (codes are looked up through the engine's own index). */
function conditionsByName(kb: KnowledgeBase): Map<string, string> {
  const byName = new Map<string, string>();
  for (const c of kb.conditions.values()) {
    for (const n of [c.name, ...(c.synonyms ?? []), c.id.replace(/-/g, ' ')]) {
      const k = normalise(n);
      if (k && !byName.has(k)) {
        byName.set(k, c.id);
      }
    }
  }
  return byName;
}

/**
 * The stable name of a language-model line within a suggestion set, which a clinician's decision on the line
 * names: the knowledge-base condition when it maps to one, else the code it names, else its normalised name.
 * @param line - the line's condition, codes and name
 * @returns e.g. `kb:migraine`, `snomed:37796009`, `icd10cm:G43.909`, `name:cyclic vomiting syndrome`
 */
export function llmLineKey(line: { readonly conditionId?: string; readonly codes?: { readonly snomed?: string; readonly icd10cm?: string }; readonly name: string }): string {
  if (line.conditionId) return `kb:${line.conditionId}`;
  if (line.codes?.snomed) return `snomed:${line.codes.snomed}`;
  if (line.codes?.icd10cm) return `icd10cm:${line.codes.icd10cm}`;
  return `name:${normalise(line.name).slice(0, 200)}`;
}

const BY_NAME = new WeakMap<KnowledgeBase, Map<string, string>>();

/**
 * @param kb - knowledge base (conditions and the citation registry)
 * @param engine - the engine's result for the same chart
 * @param prompt - the prompt that was sent
 * @param answer - the model's structured answer
 * @param policy - what to do with unresolved references
 * @returns the suggestions that survive the checks, and what was dropped
 */
export function groundAnswer(kb: KnowledgeBase, engine: DifferentialResult, prompt: LlmPrompt, answer: LlmAnswer, policy: LlmConfig['unresolvedReferences']): GroundingReport {
  let byNameIndex = BY_NAME.get(kb);
  if (!byNameIndex) {
    byNameIndex = conditionsByName(kb);
    BY_NAME.set(kb, byNameIndex);
  }
  // The codes a model names are read as the chart's are (the engine's index, ICD-10-CM prefixes included).
  const codeIndex = indexKnowledge(kb);
  const byPromptId = new Map(prompt.findings.map((f) => [f.id.toUpperCase(), f]));
  const ranked = new Map(engine.differential.map((d) => [d.conditionId, d]));
  const sourcesOf = new Map(engine.findingsUsed.map((f) => [f.findingId, f.sources]));
  const byPmid = new Map<string, string>();
  const byDoi = new Map<string, string>();
  for (const c of kb.citations.values()) {
    if (c.pmid) {
      byPmid.set(c.pmid, c.id);
    }
    if (c.doi) {
      byDoi.set(c.doi.toLowerCase(), c.id);
    }
  }
  const dropped = { inventedFindings: 0, absentFindingsCited: 0, diagnosesWithoutChartEvidence: 0, duplicateDiagnoses: 0, unresolvedReferences: 0, malformedCodes: 0 };
  const seen = new Set<string>();
  const suggestions: GroundedSuggestion[] = [];
  for (const d of answer.diagnoses) {
    const snomed = d.snomed?.trim() || undefined;
    const icd = d.icd10cm?.trim().toUpperCase() || undefined;
    const goodSnomed = snomed && SNOMED.test(snomed) ? snomed : undefined;
    const goodIcd = icd && ICD10CM.test(icd) ? icd : undefined;
    dropped.malformedCodes += Number(!!snomed && !goodSnomed) + Number(!!icd && !goodIcd);
    const byCode = (goodSnomed && lookupCode(codeIndex, CODE_SYSTEMS.snomed, goodSnomed)?.conditions[0]) || (goodIcd && lookupCode(codeIndex, CODE_SYSTEMS.icd10cm, goodIcd)?.conditions[0]) || undefined;
    const byName = byCode ? undefined : byNameIndex.get(normalise(d.name));
    const conditionId = byCode ?? byName;
    // One line per diagnosis: the same condition, code or name twice is a duplicate.
    const key = llmLineKey({ conditionId, codes: { snomed: goodSnomed, icd10cm: goodIcd }, name: d.name });
    if (seen.has(key)) {
      dropped.duplicateDiagnoses++;
      continue;
    }
    const findings: GroundedSuggestion['findings'][number][] = [];
    for (const ref of new Set(d.findings.map((f) => f.trim().toUpperCase()))) {
      const f = byPromptId.get(ref);
      if (!f) {
        dropped.inventedFindings++;
      } else if (!f.present) {
        dropped.absentFindingsCited++;
      } else {
        findings.push({ findingId: f.findingId, name: f.name, ...(f.result ? { result: f.result } : {}), ...(f.when ? { when: f.when } : {}), sources: sourcesOf.get(f.findingId) ?? [] });
      }
    }
    if (findings.length === 0) {
      dropped.diagnosesWithoutChartEvidence++;
      continue;
    }
    seen.add(key);
    const references: GroundedReference[] = [];
    for (const r of d.references) {
      const pmid = r.pmid?.trim() || undefined;
      const doi = r.doi?.trim().toLowerCase().replace(/^https?:\/\/(dx\.)?doi\.org\//, '') || undefined;
      const citationId = (pmid && byPmid.get(pmid)) || (doi && byDoi.get(doi)) || undefined;
      if (citationId) {
        references.push({ ...(pmid ? { pmid } : {}), ...(doi ? { doi } : {}), citationId, status: 'in-registry' });
      } else if (pmid || doi) {
        dropped.unresolvedReferences++;
        if (policy === 'mark') {
          references.push({ ...(pmid && /^\d{1,9}$/.test(pmid) ? { pmid } : {}), ...(doi && /^10\.\d{4,9}\/\S{1,180}$/.test(doi) ? { doi } : {}), status: 'unverified reference' });
        }
      }
    }
    const condition = conditionId ? kb.conditions.get(conditionId) : undefined;
    const inEngine = conditionId ? ranked.get(conditionId) : undefined;
    const rationale = d.rationale.replace(/\s+/g, ' ').trim().slice(0, 300);
    const name = condition?.name ?? d.name.trim();
    const codes = { ...(goodSnomed ? { snomed: goodSnomed } : {}), ...(goodIcd ? { icd10cm: goodIcd } : {}) };
    suggestions.push({
      source: inEngine ? 'both' : 'llm-only',
      key,
      name,
      ...(conditionId ? { conditionId, mappedBy: byCode ? 'code' : 'name' } : {}),
      codes,
      findings,
      rationale,
      references,
      ...(inEngine ? { engine: { rank: inEngine.rank, probability: inEngine.probability, display: inEngine.display } } : {}),
      label: inEngine
        ? `also suggested by the language model; the engine's estimate is shown (rank ${inEngine.rank}, ${inEngine.display})`
        : conditionId
          ? 'suggested by the language model, not quantified (the knowledge base knows this condition but the engine does not rank it for these problems)'
          : 'suggested by the language model, not quantified (not in the knowledge base)',
    });
  }
  return { suggestions, dropped };
}
