/**
 * Likelihood-ratio inference. For each candidate diagnosis: start from the pre-test probability of the
 * presenting problem in the care setting, then apply one finding at a time (LR+ if present, LR− if
 * absent). The chain of reasoning is the computation itself: each step records the probability before
 * and after, the LR, its citation and the chart resource the finding came from.
 *
 * Findings in the same correlation group (e.g. fever and tachycardia for sepsis) are not multiplied
 * together: for each diagnosis only the strongest of a group counts; the others are shown, not counted.
 */
import { evidenceFor, type KnowledgeBase } from '../knowledge/load-knowledge';
import { memoByObject } from '../knowledge/memo';
import { describeStratum, impliedSet, lowerFirst, otherSex, outsidePopulation as outsideStratum, priorsForPatient, withExcluded, type Prior, type PriorPatient } from '../knowledge/prior-strata';
import { definitionsOf, FINDING_CATEGORIES, type CareSetting, type CitationRef, type Condition, type Evidence } from '../knowledge/schema';
import { likelihoodRatio } from './likelihood';
import { POLICY } from './policy';
import { cantMissPolicyThreshold } from './cant-miss-policy';
import { CALIBRATION, recalibrate, shortfallAt, type Recalibration } from './calibration';
import { bandOf, formatPercent, formatProbability, toOdds, toProbability, updateProbability } from './probability';
import type { DiagnosisResult, LikelihoodBand, EstablishedBy, FindingStep, KnownFinding, PriorStep, ReasoningStep, WhatIf } from './types';

/** A value worked out once per knowledge base and key (the knowledge base is immutable after load). */
function memoPerKnowledge<T>(cache: WeakMap<KnowledgeBase, Map<string, T>>, kb: KnowledgeBase, key: string, compute: () => T): T {
  let byKey = cache.get(kb);
  if (!byKey) {
    byKey = new Map();
    cache.set(kb, byKey);
  }
  let value = byKey.get(key);
  if (value === undefined) {
    value = compute();
    byKey.set(key, value);
  }
  return value;
}

interface PriorChoice {
  prior: number;
  problemId: string;
  setting: CareSetting;
  source: CitationRef;
  populationMatch?: PriorStep['populationMatch'];
  all: string[];
  note?: string;
  /** The stratum the figure was measured in, and whether the patient is in it. */
  stratum: Pick<PriorStep, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith' | 'populationWithout'>;
  inPopulation: boolean;
  stratumText?: string;
}

/** A stratum in words with the clinical name of a finding its population had (screens never show ids). */
function stratumWords(kb: KnowledgeBase, p: Parameters<typeof describeStratum>[0]): string | undefined {
  return describeStratum(p, (id) => kb.findings.get(id)?.name ?? id);
}

/** A chosen entry's stratum as the step records it. */
function stratumOf(p: Prior): Pick<PriorStep, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith' | 'populationWithout'> {
  return {
    ...(p.populationAgeYears ? { populationAgeYears: p.populationAgeYears } : {}),
    ...(p.populationSex ? { populationSex: p.populationSex } : {}),
    ...(p.populationMenopausal !== undefined ? { populationMenopausal: p.populationMenopausal } : {}),
    ...(p.populationWith ? { populationWith: p.populationWith } : {}),
    ...(p.populationWithout ? { populationWithout: p.populationWithout } : {}),
  };
}

export interface Candidate {
  conditionId: string;
  prior: number;
  priorStep: PriorStep;
}

const CATEGORY_ORDER = new Map<string, number>(FINDING_CATEGORIES.map((c, i) => [c, i]));
const CATEGORY_STEP_ORDER = ['demographic', 'history', 'risk-factor', 'medication', 'symptom', 'sign', 'vital', 'lab', 'ecg', 'imaging', 'score'];

function stepOrder(kb: KnowledgeBase, findingId: string): number {
  const cat = kb.findings.get(findingId)?.category ?? 'score';
  const i = CATEGORY_STEP_ORDER.indexOf(cat);
  return i >= 0 ? i : (CATEGORY_ORDER.get(cat) ?? 99);
}

/**
 * Picks the candidates and their priors for the presenting problems in a setting. With several
 * problems a condition takes the highest of its priors; with none there are no candidates: no
 * probability without a presenting problem (the caller abstains).
 */
export function selectCandidates(kb: KnowledgeBase, problemIds: readonly string[], setting: CareSetting, warnings: string[], given: PriorPatient = {}): Candidate[] {
  if (problemIds.length === 0) {
    return [];
  }
  // Of two figures measured in patients with a finding, the narrower population's is used (session 33: malaria after South Asia).
  const patient: PriorPatient = { ...given, implies: given.implies ?? ((a, b) => heldWith(kb, a).has(b)) };
  const byCondition = new Map<string, PriorChoice>();
  // Figures measured in other patients (far from this age, or the other sex; model 2.39.0): not used; the policy prior instead.
  const otherPopulation = new Map<string, { problemId: string; prior: Prior }>();
  const fallback: CareSetting = setting === 'emergency' ? 'primary-care' : 'emergency';
  for (const problemId of problemIds) {
    const problem = kb.problems.get(problemId);
    if (!problem) {
      warnings.push(`unknown presenting problem "${problemId}" ignored`);
      continue;
    }
    let usedSetting: CareSetting = setting;
    let priors = problem.priors[setting];
    if (!priors || priors.length === 0) {
      priors = problem.priors[fallback] ?? [];
      usedSetting = fallback;
      warnings.push(`no ${setting} priors for ${problem.name}; ${fallback} priors used`);
    }
    for (const { prior: p, inPopulation } of priorsForPatient(priors, patient)) {
      if (!inPopulation && outsidePopulation(p, patient)) {
        if (!otherPopulation.has(p.condition)) {
          otherPopulation.set(p.condition, { problemId, prior: p });
        }
        continue;
      }
      const existing = byCondition.get(p.condition);
      const copied = usedSetting === setting ? undefined : borrowedPrior(kb, p.condition, p.probability, usedSetting, setting, problem.name);
      const probability = copied?.prior ?? p.probability;
      const label = `${problem.name} ${Math.round(probability * 1000) / 10}%`;
      if (!existing || probability > existing.prior) {
        byCondition.set(p.condition, {
          prior: probability,
          problemId,
          setting: usedSetting,
          source: p.source,
          populationMatch: usedSetting === setting ? p.populationMatch : 'other-setting',
          all: [...(existing?.all ?? []), label],
          ...(copied?.note ? { note: copied.note } : {}),
          // A borrowed figure replaced by the policy prior (an upper or lower bound, borrowedPrior) is not the figure of its
          // stratum: nothing measured in patients with a finding is in it, so that finding still counts (session 33).
          ...(copied && copied.prior !== p.probability ? { stratum: {} } : { stratum: stratumOf(p), stratumText: stratifiedNote(kb, priors, p) }),
          inPopulation,
        });
      } else {
        existing.all.push(label);
      }
    }
  }
  addFromOtherSetting(kb, problemIds, setting, byCondition, patient, otherPopulation);
  const outsidePopulationCandidates = [...otherPopulation].filter(([id]) => !byCondition.has(id)).map(([id, t]) => policyForOtherPopulation(kb, id, t.problemId, setting, t.prior, patient));
  const unquantified = unquantifiedCandidates(kb, problemIds, setting, new Set([...byCondition.keys(), ...outsidePopulationCandidates.map((c) => c.conditionId)]));
  return [...outsidePopulationCandidates, ...unquantified, ...[...byCondition.entries()].map(([conditionId, v]) => {
    const notes = [v.note ?? (v.all.length > 1 ? `highest of the pre-test probabilities for ${v.all.join(', ')}` : undefined), v.stratumText, v.inPopulation ? undefined : outsideNote(kb, v.stratum, patient)].filter((n): n is string => !!n);
    return {
      conditionId,
      prior: v.prior,
      priorStep: {
        kind: 'prior',
        problemId: v.problemId,
        setting: v.setting,
        probability: v.prior,
        source: v.source,
        ...(v.inPopulation ? (v.populationMatch ? { populationMatch: v.populationMatch } : {}) : { populationMatch: 'proxy' }),
        ...v.stratum,
        note: notes.length > 0 ? notes.join('; ') : undefined,
      } satisfies PriorStep,
    };
  })];
}

/** A figure measured in other patients: an age band more than `POLICY.maxAgeProxyYears` from the patient's (known) age, or the other sex. */
function outsidePopulation(p: Prior, patient: PriorPatient): boolean {
  return outsideStratum(p, patient, POLICY.maxAgeProxyYears);
}

/**
 * A candidate on the policy prior of a diagnosis without a figure: of a usual cause when the problem's cited list of
 * causes names it one (model 2.24.0). `describe` gives the step's note and the sources its reason names, knowing
 * whether it is a usual cause.
 */
function policyCandidate(
  kb: KnowledgeBase,
  conditionId: string,
  problemId: string,
  setting: CareSetting,
  describe: (usual: boolean) => { note: string; reasonSources: CitationRef[] },
): Candidate {
  const usual = kb.problems.get(problemId)?.coverage?.causes.some((c) => c.condition === conditionId && c.kind === 'usual') === true;
  const prior = usual ? POLICY.usualCauseUnquantifiedPrior : POLICY.unquantifiedPrior;
  const { note, reasonSources } = describe(usual);
  return { conditionId, prior, priorStep: { kind: 'prior', problemId, setting, probability: prior, policy: true, note, ...(reasonSources.length > 0 ? { reasonSources } : {}) } };
}

/**
 * The candidate for a diagnosis whose only figure was measured in other patients (more than ten years from this
 * patient's age, or in the other sex): the policy prior, with the figure not used named and cited.
 */
function policyForOtherPopulation(kb: KnowledgeBase, conditionId: string, problemId: string, setting: CareSetting, p: Prior, patient: PriorPatient): Candidate {
  const who = stratumWords(kb, p) ?? 'another age band';
  const why = withExcluded(p, patient)
    ? `in ${who}, and this patient has ${lowerFirst(kb.findings.get(p.populationWithout!)?.name ?? p.populationWithout!)}; no figure for such patients could be confirmed`
    : otherSex(p, patient)
      ? `in ${who}, and this patient's recorded sex is ${patient.sex}; no figure for this sex could be confirmed`
      : `in ${who}, more than ${POLICY.maxAgeProxyYears} years from this patient's age (${patient.ageYears}); no figure for this age could be confirmed`;
  return policyCandidate(kb, conditionId, problemId, setting, (usual) => ({
    note: `the published figure (${formatPercent(p.probability)}) was measured ${why}, so the model's policy prior${usual ? ' for a usual cause' : ''} is used and that figure is not`,
    reasonSources: [p.source],
  }));
}

/** When a problem gives a condition figures by stratum, the chain names the one used ("the figure for men aged 45 to 54"). */
function stratifiedNote(kb: KnowledgeBase, priors: readonly Prior[], chosen: Prior): string | undefined {
  const stratified = priors.filter((p) => p.condition === chosen.condition).length > 1 || chosen.populationWith !== undefined;
  const who = stratumWords(kb, chosen);
  return stratified ? (who ? `the source's figure for ${who}` : "the source's figure for all patients (no stratum holds this patient)") : undefined;
}

/**
 * A figure measured in a stated population, used for a patient outside it (a 35-year-old and a figure from adults over
 * 45, a man and a figure from women, a patient whose age is not recorded and a figure for one age band): the figure is
 * used as published, and the chain says so and shows the population match as a proxy.
 */
function outsideNote(kb: KnowledgeBase, stratum: Pick<PriorStep, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith' | 'populationWithout'>, patient: PriorPatient): string {
  if (stratum.populationWith && !patient.present?.has(stratum.populationWith)) {
    const name = kb.findings.get(stratum.populationWith)?.name ?? stratum.populationWith;
    return `measured in patients with ${lowerFirst(name)}; the chart does not say whether this patient has it, so the figure is a proxy (recording it absent sets the figure aside)`;
  }
  const r = stratum.populationAgeYears;
  const ageOutside = r && (patient.ageYears === undefined || (r.min !== undefined && patient.ageYears < r.min) || (r.max !== undefined && patient.ageYears > r.max));
  const sexOutside = stratum.populationSex !== undefined && stratum.populationSex !== patient.sex;
  const who =
    ageOutside || (!sexOutside && stratum.populationMenopausal !== undefined && patient.sex === 'female')
      ? patient.ageYears === undefined
        ? "this patient's age is not recorded"
        : `this patient is ${patient.ageYears}`
      : `this patient's recorded sex is ${patient.sex ?? 'not recorded'}`;
  const population = ageOutside && !stratum.populationSex ? `patients aged ${ageSpan(r!)}` : stratumWords(kb, stratum) ?? 'another population';
  return `measured in ${population}; ${who}, outside that population, so the figure is a proxy`;
}

/**
 * A diagnosis that a problem lists only under the other care setting is not dropped ("never omission"):
 * the other setting's published figure is used, and the step says so (its source stays cited, and its
 * population match is shown as other-setting).
 */
function addFromOtherSetting(
  kb: KnowledgeBase,
  problemIds: readonly string[],
  setting: CareSetting,
  byCondition: Map<string, PriorChoice>,
  patient: PriorPatient,
  otherPopulation: Map<string, { problemId: string; prior: Prior }>,
): void {
  const other: CareSetting = setting === 'emergency' ? 'primary-care' : 'emergency';
  for (const problemId of problemIds) {
    const problem = kb.problems.get(problemId);
    if (!problem || !(problem.priors[setting]?.length)) {
      continue;
    }
    const priors = problem.priors[other] ?? [];
    for (const { prior: p, inPopulation } of priorsForPatient(priors, patient)) {
      // A condition this setting lists as unquantified for itself takes the policy prior, not the other setting's figure
      // (model 2.44.0: irritable bowel syndrome's general-practice share of gastrointestinal complaints had led a bare
      // emergency diarrhoea).
      if (byCondition.has(p.condition) || problem.unquantified.some((u) => u.condition === p.condition && u.settings?.includes(setting))) {
        continue;
      }
      if (!inPopulation && outsidePopulation(p, patient)) {
        if (!otherPopulation.has(p.condition)) {
          otherPopulation.set(p.condition, { problemId, prior: p });
        }
        continue;
      }
      const copied = borrowedPrior(kb, p.condition, p.probability, other, setting, problem.name);
      // This setting's own figure may exist but have been set aside as another population's (session 30: "no primary-care
      // estimate" was said of iron deficiency at 36, whose primary-care figure is for patients of 50 or over).
      const setAside = otherPopulation.get(p.condition);
      const own = setAside?.problemId === problemId ? stratumWords(kb, setAside.prior) : undefined;
      byCondition.set(p.condition, {
        prior: copied.prior,
        problemId,
        setting: other,
        source: p.source,
        populationMatch: 'other-setting',
        all: [],
        note:
          copied.note ??
          (own
            ? `the ${setting} estimate for ${problem.name.toLowerCase()} was measured in ${own}, not in patients like this one; the ${other} figure is used (population match: other setting) so that the diagnosis is not dropped`
            : `no ${setting} estimate for ${problem.name.toLowerCase()}; the ${other} figure is used (population match: other setting) so that the diagnosis is not dropped`),
        ...(copied.prior !== p.probability ? { stratum: {} } : { stratum: stratumOf(p), stratumText: stratifiedNote(kb, priors, p) }),
        inPopulation,
      });
    }
  }
}

/**
 * A prior borrowed from the other care setting. An emergency-department figure for a can't-miss diagnosis or an acute
 * injury is an upper bound in primary care (serious causes are concentrated in the emergency department by referral and
 * self-selection, and injured patients go there directly), so primary care takes the lower of it and the model's policy
 * prior for a diagnosis without a figure of its own; the step says so. For the same reason a primary-care figure for
 * such a diagnosis is a lower bound in the emergency department (model 2.26.0): there it takes the higher of it and the
 * policy prior, so that a tiny general-practice share (oesophagogastric cancer in 0.26% of weight loss in primary care)
 * never ranks a can't-miss diagnosis below the prior of one with no figure at all. Everything else is borrowed as
 * published (a benign diagnosis's figure in either direction).
 */
function borrowedPrior(kb: KnowledgeBase, conditionId: string, probability: number, from: CareSetting, to: CareSetting, problemName: string): { prior: number; note?: string } {
  const condition = kb.conditions.get(conditionId);
  if (from === 'emergency' && to === 'primary-care' && (condition?.cantMiss || condition?.injury) && probability > POLICY.unquantifiedPrior) {
    const why = condition.cantMiss ? 'where serious causes are rarer' : 'where injuries are rarer (injured patients go to the emergency department directly)';
    return {
      prior: POLICY.unquantifiedPrior,
      note: `no primary-care estimate for ${problemName.toLowerCase()}; the emergency-department figure (${formatPercent(probability)}) is an upper bound in primary care, ${why}, so the model's policy prior (${formatPercent(POLICY.unquantifiedPrior)}) is used`,
    };
  }
  if (from === 'primary-care' && to === 'emergency' && (condition?.cantMiss || condition?.injury) && probability < POLICY.unquantifiedPrior) {
    const why = condition.cantMiss ? 'where serious causes are commoner' : 'where injured patients go directly';
    return {
      prior: POLICY.unquantifiedPrior,
      note: `no emergency-department estimate for ${problemName.toLowerCase()}; the primary-care figure (${smallPercent(probability)}) is a lower bound in the emergency department, ${why}, so the model's policy prior (${smallPercent(POLICY.unquantifiedPrior)}) is used`,
    };
  }
  return { prior: probability };
}

/** A percentage below 1% to two significant figures (0.26%, 0.5%): both sides of a lower-bound note are below 1%. */
function smallPercent(p: number): string {
  return `${Number((p * 100).toPrecision(2))}%`;
}

function unquantifiedCandidates(kb: KnowledgeBase, problemIds: readonly string[], setting: CareSetting, quantified: ReadonlySet<string>): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const problemId of problemIds) {
    const problem = kb.problems.get(problemId);
    for (const u of problem?.unquantified ?? []) {
      if (quantified.has(u.condition) || out.has(u.condition) || !kb.conditions.has(u.condition) || (u.settings && !u.settings.includes(setting))) {
        continue;
      }
      // A cause that the problem's coverage list commits to as usual (from a cited review of the complaint) is not
      // given the policy prior meant for rare diagnoses: it takes the policy prior of a usual cause (model 2.24.0).
      const coverage = problem?.coverage?.source;
      out.set(
        u.condition,
        policyCandidate(kb, u.condition, problemId, setting, (usual) => ({
          note: usual
            ? `no published pre-test probability for ${problem?.name.toLowerCase()} could be confirmed; the source of this complaint's list of causes names it a usual cause, so the model's policy prior for a usual cause is used (${u.reason})`
            : `no published pre-test probability for ${problem?.name.toLowerCase()} could be confirmed; the model's policy prior is used so the diagnosis stays on the list until findings change it (${u.reason})`,
          reasonSources: [...(u.sources ?? []), ...(usual && coverage ? [coverage] : [])],
        })),
      );
    }
  }
  return [...out.values()];
}

interface RawStep {
  step: Omit<FindingStep, 'before' | 'after' | 'counted' | 'note'>;
  /** The finding's correlation group (kept beside the step: the step shown to clinicians does not carry it). */
  group?: string;
  logLr: number;
  logLo: number;
  logHi: number;
}

function findingSteps(kb: KnowledgeBase, condition: Condition, findings: readonly KnownFinding[], problems: readonly string[]): RawStep[] {
  const evidence = evidenceFor(kb, condition.id, problems);
  const out: RawStep[] = [];
  if (!evidence) {
    return out;
  }
  // The condition's few evidence entries are looked up among the chart's findings (indexed once per call), not the
  // other way round; reasonAbout sorts the steps afterwards, so the order of this loop does not show.
  const byId = findingsById(findings);
  for (const [findingId, e] of evidence) {
    for (const f of byId.get(findingId) ?? []) {
      pushStep(kb, out, f, e);
    }
  }
  return out;
}

/** The known findings by id (a list, in their order, should one be known twice), built once per findings array. */
const findingsByIdCache = new WeakMap<readonly KnownFinding[], Map<string, KnownFinding[]>>();
function findingsById(findings: readonly KnownFinding[]): Map<string, KnownFinding[]> {
  let byId = findingsByIdCache.get(findings);
  if (!byId) {
    byId = new Map();
    for (const f of findings) {
      const list = byId.get(f.findingId);
      if (list) {
        list.push(f);
      } else {
        byId.set(f.findingId, [f]);
      }
    }
    findingsByIdCache.set(findings, byId);
  }
  return byId;
}

/** Adds the step a chart finding gives with one evidence entry, or nothing when the entry has no ratio for that state. */
function pushStep(kb: KnowledgeBase, out: RawStep[], f: KnownFinding, e: Evidence): void {
  const lr = likelihoodRatio(e, f.present);
  if (!lr) {
    return;
  }
  const finding = kb.findings.get(f.findingId);
  const grade = e.grade ?? 'A';
  const factor = POLICY.uncertaintyFactorByGrade[grade];
  const [lo, hi] = lr.ci ?? [lr.lr / factor, lr.lr * factor];
  out.push({
    logLr: Math.log(lr.lr),
    logLo: Math.log(Math.min(lo, lr.lr)),
    logHi: Math.log(Math.max(hi, lr.lr)),
    step: {
      kind: 'finding',
      findingId: f.findingId,
      findingName: finding?.name ?? f.findingId,
      present: f.present,
      origin: f.origin,
      sources: f.sources,
      derivedBy: f.derivedBy,
      impliedBy: f.impliedBy,
      lr: lr.lr,
      lrCI: lr.ci,
      grade,
      source: e.source,
    },
    group: finding?.group,
  });
}

/**
 * The step shown for a finding: its evidence, whether it counted and why not, and the probability before and after.
 * Built field by field rather than by spreading (the chain is built for every candidate on every call, issue 16).
 */
function shownStep(e: RawStep['step'], appliedLr: number | undefined, counted: boolean, note: string | undefined, before: number, after: number): FindingStep {
  return appliedLr === undefined
    ? { kind: e.kind, findingId: e.findingId, findingName: e.findingName, present: e.present, origin: e.origin, sources: e.sources, derivedBy: e.derivedBy, impliedBy: e.impliedBy, lr: e.lr, lrCI: e.lrCI, grade: e.grade, source: e.source, counted, note, before, after }
    : { kind: e.kind, findingId: e.findingId, findingName: e.findingName, present: e.present, origin: e.origin, sources: e.sources, derivedBy: e.derivedBy, impliedBy: e.impliedBy, lr: e.lr, lrCI: e.lrCI, grade: e.grade, source: e.source, appliedLr, counted, note, before, after };
}

/**
 * The finding each correlation group keeps for one diagnosis: the applicable step with the largest |log LR| (the first
 * on a tie). The presenting complaint is never counted (it is in the prior), so it cannot be the finding its group keeps:
 * otherwise fever would silence the heart rate in the fever problem, neck pain the neck stiffness in neck pain.
 * @param raw - the diagnosis's steps
 * @param notApplicable - the steps not counted, with why
 * @param complaint - the presenting complaint's findings
 * @returns group id to the finding id that counts for it
 */
function strongestPerGroup(raw: readonly RawStep[], notApplicable: ReadonlyMap<RawStep, string | undefined>, complaint: ReadonlySet<string>): Map<string, string> {
  const strongestInGroup = new Map<string, string>();
  const strongestStep = new Map<string, RawStep>();
  for (const r of raw) {
    const g = r.group;
    if (!g || notApplicable.get(r) || (r.step.present && complaint.has(r.step.findingId))) {
      continue;
    }
    const current = strongestStep.get(g);
    if (!current || Math.abs(r.logLr) > Math.abs(current.logLr)) {
      strongestInGroup.set(g, r.step.findingId);
      strongestStep.set(g, r);
    }
  }
  return strongestInGroup;
}

/**
 * The items of a counted cluster or score silenced for one diagnosis. A derived finding that is not a mere implication
 * (`presentOnly`) is read from its items (model 2.49.0); a score names its items (`rule.items`, model 2.50.0). When it
 * counts here (applicable and the strongest of its group), an item with its own ratio for this diagnosis would count the
 * same observation twice. A cluster holds its items of the same state (Charcot's triad present says its items are
 * present); a score holds its items in either state (an item absent scores zero).
 * @param kb - knowledge base
 * @param raw - the diagnosis's steps
 * @param notApplicable - the steps already not counted, with why
 * @param complaint - the presenting complaint's findings (never counted)
 * @returns each silenced step with the note shown on it
 */
function clusterItemsSilenced(kb: KnowledgeBase, raw: readonly RawStep[], notApplicable: ReadonlyMap<RawStep, string | undefined>, complaint: ReadonlySet<string>): Map<RawStep, string> {
  const out = new Map<RawStep, string>();
  const clusters = raw.filter((r) => {
    const finding = kb.findings.get(r.step.findingId);
    const holdsItems = (finding?.derivedFrom && !finding.derivedFrom.presentOnly) || finding?.rule?.items;
    return holdsItems && !notApplicable.get(r) && !(r.step.present && complaint.has(r.step.findingId));
  });
  if (clusters.length === 0) {
    return out;
  }
  const strongest = strongestPerGroup(raw, notApplicable, complaint);
  const counts = (cluster: RawStep): boolean => !cluster.group || strongest.get(cluster.group) === cluster.step.findingId;
  for (const cluster of clusters.filter(counts)) {
    const finding = kb.findings.get(cluster.step.findingId)!;
    const derived = finding.derivedFrom && !finding.derivedFrom.presentOnly ? new Set(finding.derivedFrom.criteria.flat()) : undefined;
    const scored = new Set(finding.rule?.items ?? []);
    for (const r of raw) {
      if (r === cluster || notApplicable.get(r) || out.has(r)) {
        continue;
      }
      const item = kb.findings.get(r.step.findingId);
      if (scored.has(r.step.findingId)) {
        out.set(r, `not counted: an item of ${cluster.step.findingName.toLowerCase()}, which counts for this diagnosis`);
      } else if (derived?.has(r.step.findingId) && r.step.present === cluster.step.present && item?.category !== 'demographic') {
        out.set(r, `not counted: part of ${cluster.step.findingName.toLowerCase()}, which counts for this diagnosis`);
      }
    }
  }
  return out;
}

/**
 * Runs the chain for one candidate.
 * @param kb - knowledge base
 * @param candidate - the condition and its prior
 * @param findings - known findings, sorted
 * @returns the diagnosis with its steps, probability and uncertainty range (rank filled in later)
 */
export function reasonAbout(kb: KnowledgeBase, candidate: Candidate, findings: readonly KnownFinding[], context?: RuleContext): Omit<DiagnosisResult, 'rank'> {
  const condition = kb.conditions.get(candidate.conditionId) as Condition;
  const raw = findingSteps(kb, condition, findings, context?.problems ?? []);
  raw.sort((a, b) => stepOrder(kb, a.step.findingId) - stepOrder(kb, b.step.findingId) || a.step.findingId.localeCompare(b.step.findingId));
  // Why a step is not counted here (a rule or ratio outside its population, an age the prior already holds), once per step.
  const unexposed = exposureMissing(condition, findings);
  const notApplicableByStep = new Map(
    raw.map((r) => [
      r,
      (context ? (ruleNotApplicable(kb, r.step.findingId, context) ?? evidenceNotApplicable(kb, condition.id, r.step.findingId, context)) : undefined) ??
        ageAlreadyInPrior(kb, candidate, r.step.findingId, r.step.present) ??
        sexAlreadyInPrior(kb, candidate, r.step.findingId) ??
        findingAlreadyInPrior(kb, candidate, r.step.findingId) ??
        (unexposed && !condition.exposure?.findings.includes(r.step.findingId) ? unexposed : undefined),
    ]),
  );
  const complaint = complaintFindings(kb, candidate.priorStep.problemId);
  // A cluster read from its items (Charcot's triad from fever, jaundice and right upper quadrant pain) that counts for
  // this diagnosis silences the items of the same state that have their own ratio here: the cluster already holds them
  // (model 2.49.0). Demographic criteria (sex, age) are not items of what the cluster measures. A score entered beside
  // its items (the Wells score and a heart rate over 100) silences them in either state (model 2.50.0).
  for (const [r, note] of clusterItemsSilenced(kb, raw, notApplicableByStep, complaint)) {
    notApplicableByStep.set(r, note);
  }
  const notApplicableFor = (r: RawStep): string | undefined => notApplicableByStep.get(r);
  const strongestInGroup = strongestPerGroup(raw, notApplicableByStep, complaint);
  const factor = Math.log(POLICY.unreportedUncertaintyFactor);
  const alpha = context?.alpha ?? CALIBRATION.alpha;
  // The strongest counted finding keeps its cited weight; the others are tempered (dependence correction).
  let strongestCounted: string | undefined;
  let strongestAbs = -1;
  for (const r of raw) {
    const applicable = !notApplicableFor(r);
    const inGroup = r.group ? strongestInGroup.get(r.group) === r.step.findingId : true;
    // The presenting complaint itself is never counted (it is in the prior), so it cannot be the finding kept whole.
    const isComplaint = r.step.present && complaint.has(r.step.findingId);
    if (applicable && inGroup && !isComplaint && Math.abs(r.logLr) > strongestAbs) {
      strongestAbs = Math.abs(r.logLr);
      strongestCounted = r.step.findingId;
    }
  }
  let p = candidate.prior;
  let lowerSq = factor * factor;
  let upperSq = factor * factor;
  const steps: ReasoningStep[] = [candidate.priorStep];
  for (const r of raw) {
    const group = r.group;
    const notApplicable = notApplicableFor(r);
    if (notApplicable) {
      steps.push(shownStep(r.step, undefined, false, notApplicable, p, p));
      continue;
    }
    const priorProblem = candidate.priorStep.problemId;
    if (r.step.present && complaint.has(r.step.findingId)) {
      steps.push(shownStep(r.step, undefined, false, `not counted: it is the presenting problem (${kb.problems.get(priorProblem)?.name.toLowerCase() ?? priorProblem}), already in the pre-test probability`, p, p));
      continue;
    }
    const strongest = group ? strongestInGroup.get(group) : undefined;
    const counted = !group || strongest === r.step.findingId;
    const before = p;
    const tempered = counted && alpha < 1 && r.step.findingId !== strongestCounted;
    const appliedLr = tempered ? Math.exp(alpha * r.logLr) : r.step.lr;
    if (counted) {
      p = updateProbability(p, appliedLr);
      const k = tempered ? alpha : 1;
      lowerSq += (k * (r.logLr - r.logLo)) ** 2;
      upperSq += (k * (r.logHi - r.logLr)) ** 2;
    }
    steps.push(
      shownStep(
        r.step,
        tempered ? appliedLr : undefined,
        counted,
        counted ? undefined : `not counted: correlated with ${kb.findings.get(strongest as string)?.name ?? strongest} (same physiological process), which counts instead`,
        before,
        p,
      ),
    );
  }
  const odds = toOdds(p);
  const range: [number, number] = [toProbability(odds * Math.exp(-Math.sqrt(lowerSq))), toProbability(odds * Math.exp(Math.sqrt(upperSq)))];
  const established = definitionMet(kb, condition, findings);
  if (established) {
    // Established by its definition from chart data: not an estimate, so no likelihood band; it ranks first.
    return {
      conditionId: condition.id,
      name: condition.name,
      codes: condition.codes,
      cantMiss: condition.cantMiss,
      probability: 1,
      range: [1, 1],
      band: 'very-likely',
      display: `meets its definition (${established.findings.map((f) => f.findingName).join('; ')})`,
      steps,
      mostInformative: [],
      established,
    };
  }
  const r = context?.recalibration;
  const shown = r ? recalibrate(p, r) : p;
  const shownRange: [number, number] = r ? [recalibrate(range[0], r), recalibrate(range[1], r)] : range;
  const calibrated = r ? calibrationNote(p) : '';
  return {
    conditionId: condition.id,
    name: condition.name,
    codes: condition.codes,
    cantMiss: condition.cantMiss,
    probability: shown,
    range: shownRange,
    ...(r ? { calibration: { chainProbability: p, intercept: r.intercept, slope: r.slope } } : {}),
    ...shownAs(shown, shownRange, calibrated),
    steps,
    mostInformative: whatIfs(kb, condition, findings, p, context).map((w) =>
      r ? { ...w, ifPresent: w.ifPresent === undefined ? undefined : recalibrate(w.ifPresent, r), ifAbsent: w.ifAbsent === undefined ? undefined : recalibrate(w.ifAbsent, r) } : w,
    ),
  };
}

/** What a recalibrated probability says about where it came from. */
export function calibrationNote(chainProbability: number): string {
  return `; calibrated from the chain's ${formatPercent(chainProbability)} on the development vignettes`;
}

/**
 * The band and the text a shown probability gets. The band never claims more than the development calibration supports.
 * @param note - appended after the probability (how it was calibrated, or where it comes from)
 */
export function shownAs(shown: number, range: readonly [number, number], note: string): { band: LikelihoodBand; display: string } {
  const shortfall = shortfallAt(shown);
  // The words name the capped band too (model 2.59.0): "very likely" beside "right about 60% of the time" claimed more
  // than the band did.
  const band = shortfall ? bandOf(shortfall.observed) : bandOf(shown);
  return {
    band,
    display: shortfall
      ? `${formatProbability(shown, range, band)}${note}; in testing, estimates this high were right about ${formatPercent(shortfall.observed)} of the time`
      : `${formatProbability(shown, range)}${note}`,
  };
}

/**
 * Findings that are the presenting problem itself (they carry the head code of one of the problem's match rules): the
 * problem's pre-test probabilities are already conditional on them, so counting them again would count the
 * complaint twice. A problem that refines another is a more specific form of it, so the broader complaint is part of it
 * too (leg swelling in bilateral leg swelling, abnormal vaginal bleeding in postmenopausal bleeding; model 2.33.0).
 */
const complaintCache = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();
export function complaintFindings(kb: KnowledgeBase, problemId: string): ReadonlySet<string> {
  return memoPerKnowledge(complaintCache, kb, problemId, () => {
    // The problem and every problem it refines, transitively (a Set visits what is added while iterating, and never
    // twice, so a chain that loops back ends).
    const problems = new Set([problemId]);
    for (const id of problems) {
      (kb.problems.get(id)?.refines ?? []).forEach((broader) => problems.add(broader));
    }
    // The head code of each of their code rules names the complaint itself ("abdominal pain",
    // R10); the others are more specific ways it is recorded ("right lower quadrant pain"), which are
    // evidence in their own right. A duration rule's head code is the complaint too (a cough of more than
    // eight weeks is chronic cough, so the cough is not evidence for it).
    const codes = new Set(
      [...problems].flatMap((id) => (kb.problems.get(id)?.match ?? []).flatMap((r) => ((r.kind === 'code' || r.kind === 'duration') && r.codes[0] ? [`${r.system}|${r.codes[0]}`] : []))),
    );
    const set = new Set<string>();
    for (const f of kb.findings.values()) {
      if (f.match.some((r) => r.kind === 'code' && r.codes.some((c) => codes.has(`${r.system}|${c}`)))) {
        set.add(f.id);
      }
    }
    return set;
  });
}

/** The findings that are any of these presenting problems itself (`complaintFindings` of each, together). */
export function complaintFindingsOf(kb: KnowledgeBase, problemIds: readonly string[]): Set<string> {
  return new Set(problemIds.flatMap((id) => [...complaintFindings(kb, id)]));
}

/** What a clinical rule's applicability is checked against. */
/** The part of the context that decides whether a rule or an evidence entry applies to this patient. */
export type PatientContext = Pick<RuleContext, 'problems' | 'setting' | 'ageYears' | 'sex'>;

export interface RuleContext {
  readonly problems: readonly string[];
  readonly setting: CareSetting;
  readonly ageYears?: number;
  /** The recorded administrative sex, for findings of one sex's anatomy (`anatomySex`). */
  readonly sex?: string;
  /** Dependence correction to apply (default: the fitted one, calibration.json). */
  readonly alpha?: number;
  /** Recalibration of the chain's probability, when one was fitted on this knowledge base. */
  readonly recalibration?: Recalibration;
  /** Findings known present (chart or clinician), for evidence measured only in patients with one (`requiresPresent`). */
  readonly present?: ReadonlySet<string>;
  /**
   * The presenting problems' own findings (`complaintFindings`: fever for a fever complaint), model 2.57.0: a patient
   * who presents with a complaint has it, so evidence measured only in patients with it (`requiresPresent`) applies
   * even when the chart records the complaint only as the reason for visit.
   */
  readonly complaint?: ReadonlySet<string>;
}

/**
 * Why a rule or score finding does not apply to this patient (outside its validated population), or
 * undefined when it applies or the finding is not a rule.
 */
export function ruleNotApplicable(kb: KnowledgeBase, findingId: string, context: RuleContext): string | undefined {
  const finding = kb.findings.get(findingId);
  // A finding of one sex's anatomy (a vaginal swab, a tender prostate) is never asked for in the other (session 22).
  if (finding?.anatomySex && (context.sex === 'male' || context.sex === 'female') && context.sex !== finding.anatomySex) {
    return `not applicable here: ${finding.name.charAt(0).toLowerCase()}${finding.name.slice(1)} is a finding of ${finding.anatomySex} anatomy, and this patient's recorded sex is ${context.sex}`;
  }
  const rule = finding?.rule;
  if (!rule) {
    return undefined;
  }
  const a = rule.appliesTo;
  const why: string[] = [];
  if (!a.problems.some((p) => context.problems.includes(p))) {
    why.push(`the presenting problem is not one it was validated for (${a.problems.join(', ')})`);
  }
  if (a.settings && !a.settings.includes(context.setting)) {
    why.push(`it was validated in ${a.settings.join(' and ')}, not ${context.setting}`);
  }
  if (a.ageYears && context.ageYears !== undefined && ((a.ageYears.min !== undefined && context.ageYears < a.ageYears.min) || (a.ageYears.max !== undefined && context.ageYears >= a.ageYears.max))) {
    why.push(`the patient's age is outside ${a.ageYears.min ?? 0}–${a.ageYears.max ?? '…'} years`);
  }
  return why.length ? `not applicable here: ${rule.name} was validated in ${rule.population}; ${why.join('; ')}` : undefined;
}

/** The age band a demographic finding tests (from its age match rule), as [min, max) in years. */
export function ageBandOf(kb: KnowledgeBase, findingId: string): { min?: number; max?: number } | undefined {
  const f = kb.findings.get(findingId);
  if (f?.category !== 'demographic') {
    return undefined;
  }
  const rule = f.match.find((m) => m.kind === 'age');
  return rule && rule.kind === 'age' ? { min: rule.min, max: rule.max } : undefined;
}

/**
 * A patient's age inside an age band is not counted again when the pre-test probability was itself measured in
 * patients of that band (a jaundice cohort aged 46 and over, the finding "age 50 or over"): the prior already holds
 * it. The prior's population counts as within the band when its recorded age range lies inside the band widened by
 * the policy tolerance (`priorAgeBandToleranceYears`). A patient outside the prior's population is still moved by the
 * age evidence (the prior is shown as a proxy).
 */
export function ageAlreadyInPrior(kb: KnowledgeBase, candidate: Candidate, findingId: string, present: boolean): string | undefined {
  const band = ageBandOf(kb, findingId);
  const range = band ? priorPopulationAges(candidate) : undefined;
  if (!band || !range) {
    return undefined;
  }
  const tolerance = POLICY.priorAgeBandToleranceYears;
  if (!present) {
    // An age band the patient is outside ("50 or over" at 35): a prior measured only in patients outside it (an age
    // stratum of 15 to 44) already holds that too (model 2.27.0).
    const below = band.max === undefined && band.min !== undefined && range.max !== undefined && range.max <= band.min + tolerance;
    const above = band.min === undefined && band.max !== undefined && range.min !== undefined && range.min >= band.max - tolerance;
    return below || above ? `not counted: the pre-test probability was measured in ${populationWords(candidate, range)}, already outside this age band` : undefined;
  }
  const lowOk = band.min === undefined || (range.min !== undefined && range.min >= band.min - tolerance);
  const highOk = band.max === undefined || (range.max !== undefined && range.max <= band.max + tolerance);
  return lowOk && highOk ? `not counted: the pre-test probability was measured in ${populationWords(candidate, range)}, already of this age` : undefined;
}

/**
 * The patient's sex is not counted again when the pre-test probability was measured in patients of that sex only (a
 * source's figure for men; model 2.50.0): the engine chose that stratum because the patient is a man, so "male" (or
 * "female" absent) is already in the prior. A policy prior holds no sex.
 * @param kb - knowledge base
 * @param candidate - the diagnosis and its prior
 * @param findingId - the step's finding
 * @returns the note shown when the sex finding is not counted
 */
export function sexAlreadyInPrior(kb: KnowledgeBase, candidate: Candidate, findingId: string): string | undefined {
  const sex = candidate.priorStep.policy ? undefined : candidate.priorStep.populationSex;
  const f = sex ? kb.findings.get(findingId) : undefined;
  if (!f || f.category !== 'demographic' || !f.match.some((m) => m.kind === 'sex')) {
    return undefined;
  }
  return `not counted: the pre-test probability was measured in ${sex === 'male' ? 'men' : 'women'} only, so the patient's sex is already in it`;
}

/**
 * A finding the pre-test probability was measured in (febrile travellers: recent travel abroad; model 2.54.0) is not
 * counted again for that diagnosis: the engine chose that figure because the patient has it.
 * @param kb - knowledge base
 * @param candidate - the diagnosis and its prior
 * @param findingId - the step's finding
 * @returns the note shown when the finding is not counted
 */
export function findingAlreadyInPrior(kb: KnowledgeBase, candidate: Candidate, findingId: string): string | undefined {
  const held = candidate.priorStep.policy ? undefined : candidate.priorStep.populationWith;
  if (!held || !heldWith(kb, held).has(findingId)) {
    return undefined;
  }
  const name = kb.findings.get(held)?.name ?? held;
  const what = findingId === held ? 'it is' : `${(kb.findings.get(findingId)?.name ?? findingId).toLowerCase()}, which that implies, is`;
  return `not counted: the pre-test probability was measured in patients with ${lowerFirst(name)}, so ${what} already in it`;
}

/** A finding and every finding it implies (`derivedFrom.presentOnly` groups of one: travel to Africa is travel abroad). */
const heldWith = memoByObject((kb: KnowledgeBase, findingId: string): ReadonlySet<string> => impliedSet(kb.findings, findingId));

/** The age range of the population a candidate's cited prior was measured in, when its source states one. */
export function priorPopulationAges(candidate: Candidate): { min?: number; max?: number } | undefined {
  const step = candidate.priorStep;
  if (step.policy) {
    return undefined;
  }
  if (step.populationMenopausal === undefined) {
    return step.populationAgeYears;
  }
  // A figure for postmenopausal women (or women of reproductive age) holds the ages the model reads as that status.
  const [start, end] = POLICY.reproductiveAgeYears;
  const status = step.populationMenopausal ? { min: end } : { min: start, max: end - 1 };
  // Both stated: the ages they share.
  const r = step.populationAgeYears;
  const max = Math.min(r?.max ?? Infinity, status.max ?? Infinity);
  return { min: Math.max(r?.min ?? 0, status.min), ...(max === Infinity ? {} : { max }) };
}

/** The population of a candidate's prior in words, for a note on an age not counted twice. */
function populationWords(candidate: Candidate, range: { min?: number; max?: number }): string {
  const m = candidate.priorStep.populationMenopausal;
  return m === undefined
    ? `patients aged ${ageSpan(range)}`
    : `${m ? 'postmenopausal women' : 'women of reproductive age'} (the model reads ${ageSpan(range)} as ${m ? 'past' : 'within'} the reproductive years)`;
}

/** An age range as the chain states it ("46 or over", "18 to 60", "up to 45"). */
export function ageSpan(range: { min?: number; max?: number }): string {
  return range.min !== undefined && range.max !== undefined ? `${range.min} to ${range.max}` : range.min !== undefined ? `${range.min} or over` : `up to ${range.max}`;
}

/** Why an evidence entry measured in a narrower population does not apply to these presenting problems. */
export function evidenceNotApplicable(kb: KnowledgeBase, conditionId: string, findingId: string, context: RuleContext): string | undefined {
  const e = evidenceFor(kb, conditionId, context.problems)?.get(findingId);
  const has = (id: string): boolean => Boolean(context.present?.has(id) || context.complaint?.has(id));
  if (e?.requiresPresent && !has(e.requiresPresent)) {
    return `not applicable here: this likelihood ratio was measured only in ${e.population}, all with ${(kb.findings.get(e.requiresPresent)?.name ?? e.requiresPresent).toLowerCase()}, which this patient is not shown to have`;
  }
  if (e?.requiresAbsent && has(e.requiresAbsent)) {
    return `not applicable here: this likelihood ratio was measured only in ${e.population}, none with ${(kb.findings.get(e.requiresAbsent)?.name ?? e.requiresAbsent).toLowerCase()}, which this patient has`;
  }
  if (!e?.appliesTo) {
    return undefined;
  }
  const problemFits = e.appliesTo.problems.some((p) => context.problems.includes(p));
  const settings = e.appliesTo.settings;
  const ages = e.appliesTo.ageYears;
  if (problemFits && (!settings || settings.includes(context.setting))) {
    if (ages && (context.ageYears === undefined || (ages.min !== undefined && context.ageYears < ages.min) || (ages.max !== undefined && context.ageYears >= ages.max))) {
      const stratum = ages.min !== undefined && ages.max !== undefined ? `aged ${ages.min} to ${ages.max - 1}` : ages.min !== undefined ? `aged ${ages.min} or over` : `under ${ages.max}`;
      return `not applicable here: this likelihood ratio was measured in ${e.population}, in patients ${stratum} only${context.ageYears === undefined ? ', and this patient\u2019s age is not known' : ''}`;
    }
    return undefined;
  }
  return problemFits
    ? `not applicable here: this likelihood ratio was measured in ${e.population}, in ${settings!.map((x) => (x === 'emergency' ? 'the emergency department' : 'primary care')).join(' or ')} only`
    : `not applicable here: this likelihood ratio was measured in ${e.population}, which applies to ${e.appliesTo.problems.join(', ')}`;
}

/**
 * The first group of the condition's definition whose findings are all present, with where they were
 * read; undefined when the chart does not meet the definition (or the condition has none).
 */
export function definitionMet(kb: KnowledgeBase, condition: Condition, findings: readonly KnownFinding[]): EstablishedBy | undefined {
  for (const { criteria, source } of definitionsOf(condition)) {
    for (const group of criteria) {
      const met = group.map((id) => findings.find((f) => f.findingId === id && f.present));
      if (met.every((f) => f !== undefined)) {
        return {
          findings: (met as KnownFinding[]).map((f) => ({ findingId: f.findingId, findingName: kb.findings.get(f.findingId)?.name ?? f.findingId, sources: f.sources })),
          source,
        };
      }
    }
  }
  return undefined;
}

/**
 * A diagnosis whose definition is its own measured state (`definition.necessary`: hyponatraemia, a sodium below
 * 135 mmol/L) is excluded when every criteria group of every published definition holds a measured finding that
 * the chart (or the clinician) shows absent: a result outside the criteria, or the other sex. History and symptom
 * findings never exclude (a diagnosis of diabetes missing from the chart is not its absence).
 * @returns the refuting findings and the definition's source, or undefined when the definition could still be met
 */
export function definitionRefuted(kb: KnowledgeBase, condition: Condition, findings: readonly KnownFinding[]): EstablishedBy | undefined {
  if (!condition.definition?.necessary) {
    return undefined;
  }
  const measured = (id: string): boolean => {
    const f = kb.findings.get(id);
    return !!f && (f.category === 'lab' || f.category === 'vital' || f.match.some((m) => m.kind === 'sex'));
  };
  const refuting = new Map<string, KnownFinding>();
  for (const { criteria } of definitionsOf(condition)) {
    for (const group of criteria) {
      const absent = group.map((id) => (measured(id) ? findings.find((f) => f.findingId === id && !f.present) : undefined)).find((f) => f !== undefined);
      if (!absent) {
        return undefined;
      }
      refuting.set(absent.findingId, absent);
    }
  }
  return {
    findings: [...refuting.values()].map((f) => ({ findingId: f.findingId, findingName: kb.findings.get(f.findingId)?.name ?? f.findingId, sources: f.sources })),
    source: condition.definition.source,
  };
}

/**
 * The chart findings that rule a candidate out because it cannot coexist with them (`exclusiveWith`: a recorded type 1
 * diabetes for type 2 diabetes), or undefined when none is present.
 */
export function exclusionBy(kb: KnowledgeBase, condition: Condition, findings: readonly KnownFinding[]): EstablishedBy | undefined {
  const exclusive = condition.exclusiveWith;
  if (!exclusive) {
    return undefined;
  }
  const present = findings.filter((f) => f.present && exclusive.findings.includes(f.findingId));
  if (present.length === 0) {
    return undefined;
  }
  return {
    findings: present.map((f) => ({ findingId: f.findingId, findingName: kb.findings.get(f.findingId)?.name ?? f.findingId, sources: f.sources })),
    source: exclusive.source,
  };
}

interface RankedEvidence {
  findingId: string;
  findingName: string;
  source: CitationRef;
  grade: 'A' | 'B' | 'C';
  lrPositive?: number;
  lrNegative?: number;
}

/**
 * A condition's evidence, most informative first (largest |log LR| in either direction, then id):
 * the order depends only on the knowledge base, so it is worked out once per condition.
 */
const rankedEvidenceCache = new WeakMap<KnowledgeBase, Map<string, RankedEvidence[]>>();
function rankedEvidence(kb: KnowledgeBase, conditionId: string, problems: readonly string[]): RankedEvidence[] {
  // Keyed by the problems only where the condition has a pair measured in different problems (session 27).
  const key = kb.evidenceVariants.has(conditionId) ? `${conditionId}|${problems.join(',')}` : conditionId;
  return memoPerKnowledge(rankedEvidenceCache, kb, key, () => {
    const scored = [...(evidenceFor(kb, conditionId, problems) ?? [])].map(([findingId, e]) => {
      const pos = likelihoodRatio(e, true)?.lr;
      const neg = likelihoodRatio(e, false)?.lr;
      const score = Math.max(Math.abs(Math.log(pos ?? 1)), Math.abs(Math.log(neg ?? 1)));
      return { findingId, findingName: kb.findings.get(findingId)?.name ?? findingId, source: e.source, grade: e.grade ?? ('A' as const), lrPositive: pos, lrNegative: neg, score };
    });
    scored.sort((a, b) => b.score - a.score || a.findingId.localeCompare(b.findingId));
    return scored.map(({ score: _score, ...r }) => r);
  });
}

/** The ids of the findings given to the engine, once per findings list (every candidate shares it). */
const knownIdsCache = new WeakMap<readonly KnownFinding[], ReadonlySet<string>>();
function knownIds(findings: readonly KnownFinding[]): ReadonlySet<string> {
  let known = knownIdsCache.get(findings);
  if (!known) {
    known = new Set(findings.map((f) => f.findingId));
    knownIdsCache.set(findings, known);
  }
  return known;
}

/**
 * Why the evidence of an infection acquired only where it is endemic does not count here: none of its exposure
 * findings (recent travel abroad) is present on the chart. Undefined when the condition needs no exposure or one is
 * present.
 * @param condition - the condition
 * @param findings - the known findings
 * @returns the note shown on each finding not counted, or undefined
 */
export function exposureMissing(condition: Condition, findings: readonly KnownFinding[]): string | undefined {
  const exposure = condition.exposure;
  if (!exposure || findings.some((f) => f.present && exposure.findings.includes(f.findingId))) {
    return undefined;
  }
  return `not counted: no exposure recorded (${exposure.rationale} [${exposure.source.citation}: ${exposure.source.locator}]); ask about it`;
}

/** The findings not yet known that would move this diagnosis most, with the probability if present and if absent. */
function whatIfs(kb: KnowledgeBase, condition: Condition, findings: readonly KnownFinding[], p: number, context?: RuleContext): WhatIf[] {
  const known = knownIds(findings);
  const unexposed = exposureMissing(condition, findings);
  const out: WhatIf[] = [];
  for (const e of rankedEvidence(kb, condition.id, context?.problems ?? [])) {
    if (out.length >= POLICY.whatIfCount) {
      break;
    }
    if (known.has(e.findingId) || (context && (ruleNotApplicable(kb, e.findingId, context) || evidenceNotApplicable(kb, condition.id, e.findingId, context)))) {
      continue;
    }
    if (unexposed && !condition.exposure?.findings.includes(e.findingId)) {
      continue;
    }
    out.push({
      findingId: e.findingId,
      findingName: e.findingName,
      ifPresent: e.lrPositive !== undefined ? updateProbability(p, e.lrPositive) : undefined,
      ifAbsent: e.lrNegative !== undefined ? updateProbability(p, e.lrNegative) : undefined,
      grade: e.grade,
      source: e.source,
    });
  }
  return out;
}

/** Threshold above which a can't-miss diagnosis is listed. */
export function cantMissThreshold(condition: Condition): number {
  return condition.cantMissThreshold?.probability ?? cantMissPolicyThreshold(condition.id) ?? POLICY.defaultCantMissThreshold;
}

/**
 * Whether a patient is among those a scope covers: a sex, pregnancy or ovulatory cycles (the model's reproductive-age
 * policy), an age range. An unrecorded sex or age does not exclude (a condition's applicability, a guideline's
 * baseline test such as a pregnancy test).
 */
export function patientFits(
  a: { sex?: 'female' | 'male'; pregnancyRelated?: boolean; reproductiveAge?: boolean; ageYears?: { min?: number; max?: number } } | undefined,
  patient: { ageYears?: number; sex?: string },
): boolean {
  if (!a) {
    return true;
  }
  if (a.sex && patient.sex !== undefined && patient.sex !== 'unknown' && patient.sex !== 'other' && patient.sex !== a.sex) {
    return false;
  }
  if (a.pregnancyRelated || a.reproductiveAge) {
    if (patient.sex === 'male') {
      return false;
    }
    const [min, max] = POLICY.reproductiveAgeYears;
    if (patient.ageYears !== undefined && (patient.ageYears < min || patient.ageYears >= max)) {
      return false;
    }
  }
  if (a.ageYears && patient.ageYears !== undefined) {
    if ((a.ageYears.min !== undefined && patient.ageYears < a.ageYears.min) || (a.ageYears.max !== undefined && patient.ageYears >= a.ageYears.max)) {
      return false;
    }
  }
  return true;
}

