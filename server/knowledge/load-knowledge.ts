/**
 * Loads and cross-checks the knowledge base. Every file is parsed with zod; then every reference
 * (condition, finding, citation) must resolve, every registry entry must be used, and no
 * condition-finding pair may have two evidence entries. Any problem throws a {@link KnowledgeError}
 * listing every broken entry by file, so start-up stops with a message that names them.
 */
import { createHash } from 'node:crypto';
import { memoByObject } from './memo';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { checkPatients, impliedSet, outsidePopulation, priorsForPatient, strataConflict, type Prior, type PriorPatient } from './prior-strata';
import { POLICY } from '../reasoning/policy';
import {
  CitationSchema,
  ConditionSchema,
  definitionsOf,
  EvidenceSchema,
  FindingSchema,
  ManifestSchema,
  ProblemSchema,
  SETTINGS,
  type Citation,
  type CitationRef,
  type Condition,
  type Evidence,
  type Finding,
  type Manifest,
  type Problem,
} from './schema';

export const DEFAULT_KNOWLEDGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** The loaded, cross-checked knowledge base. Read-only after load. */
export interface KnowledgeBase {
  readonly manifest: Manifest;
  /** sha256 of the canonical content, so a result can name exactly which knowledge produced it. */
  readonly contentHash: string;
  readonly citations: ReadonlyMap<string, Citation>;
  readonly conditions: ReadonlyMap<string, Condition>;
  readonly findings: ReadonlyMap<string, Finding>;
  readonly problems: ReadonlyMap<string, Problem>;
  readonly evidence: readonly Evidence[];
  /**
   * evidence indexed by condition id, then finding id. A pair with several entries (each measured in other presenting
   * problems, session 27) holds its default here: the one without `appliesTo`, else the first; `evidenceFor` resolves
   * the entry for a patient's problems.
   */
  readonly evidenceByCondition: ReadonlyMap<string, ReadonlyMap<string, Evidence>>;
  /** Every entry of the condition-finding pairs that have more than one (condition id, then finding id). */
  readonly evidenceVariants: ReadonlyMap<string, ReadonlyMap<string, readonly Evidence[]>>;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'KnowledgeError';
  }
}

interface Parsed<T> {
  file: string;
  value: T;
}

function readJson(file: string, errors: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    errors.push(`${file}: not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}

function formatZod(file: string, error: z.ZodError): string {
  return `${file}: ${error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
}

/** The knowledge base as raw files: folder → file name → parsed JSON (not yet validated). */
export interface RawKnowledge {
  manifest: unknown;
  citations: Record<string, unknown>;
  conditions: Record<string, unknown>;
  findings: Record<string, unknown>;
  problems: Record<string, unknown>;
  evidence: Record<string, unknown>;
}

const FOLDERS = ['citations', 'conditions', 'findings', 'problems', 'evidence'] as const;

function readFolder(dir: string, sub: string, errors: string[]): Record<string, unknown> {
  const folder = join(dir, sub);
  const out: Record<string, unknown> = {};
  if (!existsSync(folder)) {
    errors.push(`${folder}: folder missing`);
    return out;
  }
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
    const raw = readJson(join(folder, name), errors);
    if (raw !== undefined) {
      out[name] = raw;
    }
  }
  return out;
}

function validateFolder<T>(files: Record<string, unknown>, sub: string, schema: z.ZodType<T>, errors: string[], byId: boolean): Parsed<T>[] {
  const out: Parsed<T>[] = [];
  for (const name of Object.keys(files).sort()) {
    const file = `${sub}/${name}`;
    const raw = files[name];
    const items = byId ? [raw] : Array.isArray(raw) ? raw : [raw];
    items.forEach((item, index) => {
      const label = byId ? file : `${file}[${index}]`;
      const result = schema.safeParse(item);
      if (!result.success) {
        errors.push(formatZod(label, result.error));
        return;
      }
      if (byId && (result.data as { id: string }).id !== name.replace(/\.json$/, '')) {
        errors.push(`${label}: id "${(result.data as { id: string }).id}" does not match the file name`);
        return;
      }
      out.push({ file: label, value: result.data });
    });
  }
  return out;
}

function toMap<T extends { id: string }>(items: Parsed<T>[]): Map<string, T> {
  return new Map(items.map((p) => [p.value.id, p.value]));
}

/** Collects every citation reference in an entity, wherever it sits. */
function collectRefs(value: unknown, out: CitationRef[]): void {
  if (Array.isArray(value)) {
    value.forEach((v) => collectRefs(v, out));
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if (typeof obj.citation === 'string' && typeof obj.locator === 'string') {
      out.push(obj as unknown as CitationRef);
    }
    Object.values(obj).forEach((v) => collectRefs(v, out));
  }
}

function checkReferences(kb: Omit<KnowledgeBase, 'contentHash' | 'evidenceByCondition' | 'evidenceVariants'>, files: {
  problems: Parsed<Problem>[];
  evidence: Parsed<Evidence>[];
  conditions: Parsed<Condition>[];
  findings: Parsed<Finding>[];
}, errors: string[]): void {
  const used = new Set<string>();
  const checkRefs = (file: string, entity: unknown): void => {
    const refs: CitationRef[] = [];
    collectRefs(entity, refs);
    for (const ref of refs) {
      used.add(ref.citation);
      if (!kb.citations.has(ref.citation)) {
        errors.push(`${file}: cites "${ref.citation}", which is not in the citation registry`);
      }
    }
  };
  for (const { file, value } of files.problems) {
    checkRefs(file, value);
    if (value.pastReproductiveAge !== undefined && (value.pastReproductiveAge === value.id || !kb.problems.has(value.pastReproductiveAge))) {
      errors.push(`${file}: pastReproductiveAge "${value.pastReproductiveAge}" is not another presenting problem`);
    }
    if (value.match.some((rule) => rule.kind === 'duration') && value.refines.length === 0) {
      errors.push(`${file}: a duration rule can only name a problem that refines another (chronic cough refines cough)`);
    }
    if (value.inPregnancy !== undefined && (value.inPregnancy === value.id || !kb.problems.has(value.inPregnancy))) {
      errors.push(`${file}: inPregnancy "${value.inPregnancy}" is not another presenting problem`);
    }
    for (const broader of value.refines) {
      if (broader === value.id || !kb.problems.has(broader)) {
        errors.push(`${file}: refines "${broader}", which is not another presenting problem`);
      } else if (kb.problems.get(broader)!.refines.includes(value.id)) {
        errors.push(`${file}: refines "${broader}", which refines it back`);
      }
    }
    for (const u of value.unquantified) {
      if (!kb.conditions.has(u.condition)) {
        errors.push(`${file}: unquantified entry for unknown condition "${u.condition}"`);
      }
      for (const setting of u.settings ?? []) {
        if ((value.priors[setting] ?? []).some((p) => p.condition === u.condition)) {
          errors.push(`${file}: unquantified entry for "${u.condition}" in ${setting}, where it has a prior`);
        }
      }
    }
    const listed = new Set([...SETTINGS.flatMap((s) => (value.priors[s] ?? []).map((p) => p.condition)), ...value.unquantified.map((u) => u.condition)]);
    for (const c of value.coverage?.causes ?? []) {
      if (!kb.conditions.has(c.condition)) {
        errors.push(`${file}: coverage names unknown condition "${c.condition}"`);
      } else if (!listed.has(c.condition)) {
        errors.push(`${file}: coverage cause "${c.condition}" has no prior and is not listed as unquantified`);
      }
    }
    // One finding implies another (a travel region implies travel to the tropics): the narrower figure is used (session 33).
    const implied = new Map<string, ReadonlySet<string>>();
    const implies = (a: string, b: string): boolean => {
      if (!implied.has(a)) {
        implied.set(a, impliedSet(kb.findings, a));
      }
      return implied.get(a)!.has(b);
    };
    for (const setting of SETTINGS) {
      const priors = value.priors[setting] ?? [];
      const byCondition = new Map<string, Prior[]>();
      for (const prior of priors) {
        if (!kb.conditions.has(prior.condition)) {
          errors.push(`${file}: prior for unknown condition "${prior.condition}" (${setting})`);
        }
        if (prior.populationWith !== undefined && !kb.findings.has(prior.populationWith)) {
          errors.push(`${file}: prior for "${prior.condition}" (${setting}) measured in patients with unknown finding "${prior.populationWith}"`);
        }
        if (prior.populationWithout !== undefined && !kb.findings.has(prior.populationWithout)) {
          errors.push(`${file}: prior for "${prior.condition}" (${setting}) measured in patients without unknown finding "${prior.populationWithout}"`);
        }
        if (prior.populationWithout !== undefined && prior.populationWithout === prior.populationWith) {
          errors.push(`${file}: prior for "${prior.condition}" (${setting}) measured in patients both with and without "${prior.populationWith}"`);
        }
        byCondition.set(prior.condition, [...(byCondition.get(prior.condition) ?? []), prior]);
      }
      // Several priors for one condition are strata of the source (age bands, sexes) that the engine can tell apart.
      for (const [condition, entries] of byCondition) {
        const conflict = entries.length > 1 ? strataConflict(entries, implies) : undefined;
        if (conflict) {
          errors.push(`${file}: two priors for "${condition}" in ${setting} that cannot be told apart: ${conflict}`);
        }
      }
      // No kind of patient's priors add up to more than 1 (each sex and none, at every band edge and a few usual ages).
      for (const patient of checkPatients(priors)) {
        const total = priorsForPatient(priors, { ...patient, implies })
          .filter((c) => couldAffect(kb.conditions.get(c.prior.condition), patient))
          // A figure the engine sets aside for this patient (another sex, an age band more than ten years away) is not hers.
          .filter((c) => c.inPopulation || !outsidePopulation(c.prior, patient, POLICY.maxAgeProxyYears))
          .reduce((sum, c) => sum + c.prior.probability, 0);
        if (total > 1.05) {
          const who = `${patient.sex ?? 'either sex'}, age ${patient.ageYears ?? 'unknown'}`;
          errors.push(`${file}: ${setting} priors add up to ${total.toFixed(3)} for a patient (${who}), more than 1`);
          break;
        }
      }
    }
  }
  // One source figure is never the prior of two conditions (a combined category is one number, not two).
  const figures = new Map<string, { condition: string; file: string }>();
  for (const { file, value } of files.problems) {
    for (const setting of SETTINGS) {
      for (const prior of value.priors[setting] ?? []) {
        // The same citation, locator and number for two conditions is one figure used twice.
        const key = `${prior.source.citation}|${prior.source.locator}|${prior.probability}`;
        const earlier = figures.get(key);
        if (earlier && earlier.condition !== prior.condition) {
          errors.push(`${file}: the figure ${prior.probability} from "${prior.source.citation}" is the prior of both "${earlier.condition}" (${earlier.file}) and "${prior.condition}": one source figure, one condition`);
        } else if (!earlier) {
          figures.set(key, { condition: prior.condition, file });
        }
      }
    }
  }
  const pairs = new Map<string, { file: string; value: Evidence }[]>();
  for (const { file, value } of files.evidence) {
    checkRefs(file, value);
    if (!kb.conditions.has(value.condition)) {
      errors.push(`${file}: evidence for unknown condition "${value.condition}"`);
    }
    if (!kb.findings.has(value.finding)) {
      errors.push(`${file}: evidence for unknown finding "${value.finding}"`);
    }
    if (value.requiresPresent !== undefined && !kb.findings.has(value.requiresPresent)) {
      errors.push(`${file}: evidence requires unknown finding "${value.requiresPresent}"`);
    }
    if (value.requiresAbsent !== undefined && !kb.findings.has(value.requiresAbsent)) {
      errors.push(`${file}: evidence requires the absence of unknown finding "${value.requiresAbsent}"`);
    }
    if (value.requiresAbsent !== undefined && (value.requiresAbsent === value.requiresPresent || value.requiresAbsent === value.finding)) {
      errors.push(`${file}: evidence for "${value.condition}" x "${value.finding}" requires the absence of a finding it also needs present`);
    }
    for (const problemId of value.appliesTo?.problems ?? []) {
      if (!kb.problems.has(problemId)) {
        errors.push(`${file}: evidence applies to unknown presenting problem "${problemId}"`);
      }
    }
    const key = `${value.condition}|${value.finding}`;
    pairs.set(key, [...(pairs.get(key) ?? []), { file, value }]);
  }
  // One pair may hold several entries only when each is measured in other presenting problems (session 27): at most one
  // without `appliesTo`, and no problem named by two of them, so a patient's problems choose one entry.
  for (const [key, entries] of pairs) {
    if (entries.length < 2) {
      continue;
    }
    const [condition, finding] = key.split('|');
    const unrestricted = entries.filter((x) => !x.value.appliesTo);
    const named = new Map<string, string>();
    let clash: string | undefined;
    for (const x of entries) {
      for (const p of x.value.appliesTo?.problems ?? []) {
        if (named.has(p) && !clash) {
          clash = `both name "${p}" (${named.get(p)}, ${x.file})`;
        }
        named.set(p, x.file);
      }
    }
    if (unrestricted.length > 1 || clash) {
      errors.push(
        `${entries[1].file}: a second evidence entry for ${condition} / ${finding} (first in ${entries[0].file}): several entries for one pair must each name the presenting problems they were measured in (appliesTo.problems), at most one without, no problem named twice${clash ? `; ${clash}` : ''}`,
      );
    }
  }
  for (const { file, value } of [...files.conditions, ...files.findings]) {
    checkRefs(file, value);
  }
  for (const { file, value } of files.findings) {
    if (value.derivedFrom) {
      const components = new Set(value.derivedFrom.criteria.flat());
      for (const findingId of components) {
        const component = kb.findings.get(findingId);
        if (!component) {
          errors.push(`${file}: derivedFrom names unknown finding "${findingId}"`);
        } else if (findingId === value.id || derivesFrom(kb.findings, findingId, value.id)) {
          // A component may itself be derived (a measured temperature of 38 °C implies fever, which is one of Charcot's
          // triad; model 2.48.0), but never in a cycle.
          errors.push(`${file}: derivedFrom component "${findingId}" is derived from "${value.id}" (a cycle)`);
        }
      }
      for (const findingId of value.derivedFrom.refutedOnlyBy ?? []) {
        if (!components.has(findingId)) {
          errors.push(`${file}: refutedOnlyBy names "${findingId}", which is not one of its criteria`);
        }
      }
    }
    for (const findingId of value.rule?.items ?? []) {
      const item = kb.findings.get(findingId);
      if (!item) {
        errors.push(`${file}: rule item "${findingId}" is not a finding`);
      } else if (findingId === value.id || (value.group !== undefined && item.group === value.group)) {
        errors.push(`${file}: rule item "${findingId}" is the score itself or in its correlation group (the group already counts one of them)`);
      }
    }
    for (const problemId of value.rule?.appliesTo.problems ?? []) {
      if (!kb.problems.has(problemId)) {
        errors.push(`${file}: rule applies to unknown presenting problem "${problemId}"`);
      }
    }
  }
  for (const { file, value } of files.problems) {
    for (const id of value.imagingOnlyWithRedFlags?.redFlags ?? []) {
      if (!kb.findings.has(id)) {
        errors.push(`${file}: imaging red flag "${id}" is not a finding`);
      }
    }
    for (const b of value.baselineTests ?? []) {
      if (!kb.findings.get(b.finding)?.test) {
        errors.push(`${file}: baseline test "${b.finding}" is not a test finding`);
      }
      for (const id of b.results) {
        if (!kb.findings.has(id)) {
          errors.push(`${file}: baseline test result "${id}" is not a finding`);
        }
      }
    }
  }
  for (const { file, value } of files.conditions) {
    for (const problemId of value.presentsAs ?? []) {
      if (!kb.problems.has(problemId)) {
        errors.push(`${file}: presentsAs names unknown presenting problem "${problemId}"`);
      }
    }
    for (const group of definitionsOf(value).flatMap((d) => d.criteria)) {
      for (const findingId of group) {
        if (!kb.findings.has(findingId)) {
          errors.push(`${file}: definition names unknown finding "${findingId}"`);
        }
      }
    }
    for (const findingId of value.exposure?.findings ?? []) {
      if (!kb.findings.has(findingId)) {
        errors.push(`${file}: exposure names unknown finding "${findingId}"`);
      }
    }
    for (const findingId of (value.manifestations ?? []).flatMap((m) => m.findings)) {
      if (!kb.findings.has(findingId)) {
        errors.push(`${file}: manifestations name unknown finding "${findingId}"`);
      }
    }
    for (const broader of value.formOf?.conditions ?? []) {
      if (!kb.conditions.has(broader) || broader === value.id) {
        errors.push(`${file}: formOf names ${broader === value.id ? 'itself' : `unknown condition "${broader}"`}`);
      } else if (broaderForms(kb, broader).has(value.id)) {
        errors.push(`${file}: formOf "${broader}" is circular (${broader} is already a form of ${value.id})`);
      }
    }
    for (const findingId of value.exclusiveWith?.findings ?? []) {
      if (!kb.findings.has(findingId)) {
        errors.push(`${file}: exclusiveWith names unknown finding "${findingId}"`);
      }
    }
    const a = value.applicability;
    if (a?.pregnancyRelated && a.sex === 'male') {
      errors.push(`${file}: a pregnancy-related condition cannot apply to males`);
    }
    if (a?.reproductiveAge && a.sex === 'male') {
      errors.push(`${file}: a condition of ovulatory cycles cannot apply to males`);
    }
    if (a?.ageYears && a.ageYears.min !== undefined && a.ageYears.max !== undefined && a.ageYears.min >= a.ageYears.max) {
      errors.push(`${file}: applicability age range is empty`);
    }
  }
  for (const id of kb.citations.keys()) {
    if (!used.has(id)) {
      errors.push(`citations/${id}.json: registry entry is not used by any number`);
    }
  }
}

/**
 * Whether finding `from` is read, directly or through other derived findings, from finding `target`.
 * @param findings - the knowledge base's findings
 * @param from - the finding whose derivation is followed
 * @param target - the finding looked for among its components
 * @returns true when `target` is one of `from`'s components at any depth
 */
function derivesFrom(findings: ReadonlyMap<string, Finding>, from: string, target: string, seen: Set<string> = new Set()): boolean {
  const rule = findings.get(from)?.derivedFrom;
  if (!rule || seen.has(from)) {
    return false;
  }
  seen.add(from);
  return rule.criteria.flat().some((id) => id === target || derivesFrom(findings, id, target, seen));
}

/**
 * A condition's evidence for a patient's presenting problems (session 27): where a condition-finding pair has entries
 * measured in different problems, the entry of the first of the patient's problems that one names, else the pair's
 * default. Without such pairs it is `evidenceByCondition`'s map itself.
 */
export function evidenceFor(kb: Pick<KnowledgeBase, 'evidenceByCondition' | 'evidenceVariants'>, conditionId: string, problems: readonly string[] = []): ReadonlyMap<string, Evidence> | undefined {
  const base = kb.evidenceByCondition.get(conditionId);
  return !base || !kb.evidenceVariants.has(conditionId) ? base : resolvedEvidence(kb, `${conditionId}|${problems.join(',')}`);
}

/** The resolved map for `conditionId|problem,problem`, worked out once per knowledge base and key. */
const resolvedEvidence = memoByObject((kb: Pick<KnowledgeBase, 'evidenceByCondition' | 'evidenceVariants'>, key: string): ReadonlyMap<string, Evidence> => {
  const [conditionId, list] = key.split('|');
  const problems = list ? list.split(',') : [];
  const out = new Map(kb.evidenceByCondition.get(conditionId));
  for (const [findingId, entries] of kb.evidenceVariants.get(conditionId) ?? []) {
    const chosen = problems.map((p) => entries.find((e) => e.appliesTo?.problems.includes(p))).find((e) => e !== undefined);
    if (chosen) {
      out.set(findingId, chosen);
    }
  }
  return out;
});

/**
 * Every broader diagnosis a condition is a form of, through `formOf` at any depth (atrial fibrillation → cardiac
 * arrhythmia), without the condition itself.
 */
export const broaderForms: (kb: Pick<KnowledgeBase, 'conditions'>, conditionId: string) => ReadonlySet<string> = memoByObject((kb, conditionId) => collectBroaderForms(kb, conditionId));

function collectBroaderForms(kb: Pick<KnowledgeBase, 'conditions'>, conditionId: string): Set<string> {
  const out = new Set<string>();
  const queue = [...(kb.conditions.get(conditionId)?.formOf?.conditions ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (out.has(id) || id === conditionId) {
      continue;
    }
    out.add(id);
    queue.push(...(kb.conditions.get(id)?.formOf?.conditions ?? []));
  }
  return out;
}

function hashContent(parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(JSON.stringify(part));
  }
  return hash.digest('hex');
}

/**
 * Loads the knowledge base from a folder (default: the bundled `data/`).
 * @param dir - folder holding manifest.json and the entity folders
 * @returns the validated knowledge base
 * @throws KnowledgeError naming every broken entry
 */
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
  const errors: string[] = [];
  const raw: RawKnowledge = {
    manifest: readJson(join(dir, 'manifest.json'), errors),
    citations: {},
    conditions: {},
    findings: {},
    problems: {},
    evidence: {},
  };
  for (const folder of FOLDERS) {
    raw[folder] = readFolder(dir, folder, errors);
  }
  return assembleKnowledge(raw, errors);
}

/**
 * Whether a condition can affect a kind of patient kb:check adds priors up for: its anatomy (sex), and for a condition of
 * ovulatory cycles or pregnancy, a woman not read as postmenopausal. (The engine's own test, with the age window, is
 * `appliesTo` in server/reasoning/build-differential.ts.)
 */
function couldAffect(condition: Condition | undefined, patient: PriorPatient): boolean {
  const a = condition?.applicability;
  if (!a) {
    return true;
  }
  if (a.sex && (patient.sex === 'female' || patient.sex === 'male') && patient.sex !== a.sex) {
    return false;
  }
  return !((a.pregnancyRelated || a.reproductiveAge) && (patient.sex === 'male' || patient.postmenopausal === true));
}

/**
 * Validates and cross-checks raw knowledge (files already parsed as JSON).
 * @param raw - manifest and folder contents keyed by file name
 * @param earlierErrors - errors found while reading files
 * @returns the knowledge base
 * @throws KnowledgeError naming every broken entry
 */
export function assembleKnowledge(raw: RawKnowledge, earlierErrors: string[] = []): KnowledgeBase {
  const errors = [...earlierErrors];
  const manifestParsed = raw.manifest === undefined ? undefined : ManifestSchema.safeParse(raw.manifest);
  if (manifestParsed && !manifestParsed.success) {
    errors.push(formatZod('manifest.json', manifestParsed.error));
  }
  const citations = validateFolder(raw.citations, 'citations', CitationSchema, errors, true);
  const conditions = validateFolder(raw.conditions, 'conditions', ConditionSchema, errors, true);
  const findings = validateFolder(raw.findings, 'findings', FindingSchema, errors, true);
  const problems = validateFolder(raw.problems, 'problems', ProblemSchema, errors, true);
  const evidence = validateFolder(raw.evidence, 'evidence', EvidenceSchema, errors, false);
  const base = {
    manifest: manifestParsed?.success ? manifestParsed.data : ({} as Manifest),
    citations: toMap(citations),
    conditions: toMap(conditions),
    findings: toMap(findings),
    problems: toMap(problems),
    evidence: evidence.map((e) => e.value),
  };
  checkReferences(base, { problems, evidence, conditions, findings }, errors);
  if (errors.length > 0) {
    throw new KnowledgeError(errors);
  }
  const evidenceByCondition = new Map<string, Map<string, Evidence>>();
  const evidenceVariants = new Map<string, Map<string, Evidence[]>>();
  for (const e of base.evidence) {
    const inner = evidenceByCondition.get(e.condition) ?? new Map<string, Evidence>();
    const earlier = inner.get(e.finding);
    if (earlier) {
      const variants = evidenceVariants.get(e.condition) ?? new Map<string, Evidence[]>();
      variants.set(e.finding, [...(variants.get(e.finding) ?? [earlier]), e]);
      evidenceVariants.set(e.condition, variants);
    }
    // The default of a pair with several entries is the one measured without restriction, else the first.
    if (!earlier || (earlier.appliesTo && !e.appliesTo)) {
      inner.set(e.finding, e);
    }
    evidenceByCondition.set(e.condition, inner);
  }
  const sortedValues = <T>(m: Map<string, T>): T[] => [...m.keys()].sort().map((k) => m.get(k) as T);
  const contentHash = hashContent([
    base.manifest,
    sortedValues(base.citations),
    sortedValues(base.conditions),
    sortedValues(base.findings),
    sortedValues(base.problems),
    base.evidence,
  ]);
  return Object.freeze({ ...base, contentHash, evidenceByCondition, evidenceVariants });
}
