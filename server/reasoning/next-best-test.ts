/**
 * Next best test: among the leading candidates (plus can't-miss diagnoses not yet excluded), the test
 * whose expected result most reduces uncertainty (expected information gain, in bits), each with
 * what a positive and a negative result would do to each candidate.
 */
import { confirmedThisEncounter } from './explain-away';
import { evidenceFor, type KnowledgeBase } from '../knowledge/load-knowledge';
import type { CitationRef, Evidence, Finding, Problem } from '../knowledge/schema';
import { likelihoodRatio, positiveRates } from './likelihood';
import { POLICY } from './policy';
import { updateProbability } from './probability';
import { recalibrate } from './calibration';
import type { DiagnosisResult, ImagingWithheld, TestOutcome, TestSuggestion } from './types';
import { evidenceNotApplicable, patientFits, ruleNotApplicable, type PatientContext } from './infer';
import { definitionsOf } from '../knowledge/schema';
import { analyteCodeOfLoinc, analyteOfLoinc } from './analytes';

function entropy(ps: number[]): number {
  return -ps.reduce((h, p) => (p > 0 ? h + p * Math.log2(p) : h), 0);
}

function normalise(ps: number[]): number[] {
  const total = ps.reduce((a, b) => a + b, 0);
  return total > 0 ? ps.map((p) => p / total) : ps;
}

/** The leading candidates: the top few by probability plus can't-miss diagnoses listed as such. */
export function leadingCandidates(differential: readonly DiagnosisResult[], cantMiss: readonly DiagnosisResult[]): DiagnosisResult[] {
  // An alternative to a complaint the chart already explains is not a leading candidate, and a diagnosis the clinician
  // confirmed at this encounter needs no test to tell it apart (model 2.40.0); can't-miss diagnoses still are.
  const top = differential
    .slice(0, POLICY.leadingCandidates)
    .filter((d) => d.probability >= POLICY.minTestCandidateProbability && !d.alternativeTo && !confirmedThisEncounter(d));
  const ids = new Set(top.map((d) => d.conditionId));
  // A diagnosis the chart already establishes by its definition needs no test to tell it apart (session 22: the DKA
  // story's first test was a ketone measurement for the DKA it had established).
  return [...top, ...cantMiss.filter((d) => !ids.has(d.conditionId) && !d.established)];
}

interface Distribution {
  prior: number[];
  h0: number;
}

function distributionOf(leading: readonly DiagnosisResult[]): Distribution {
  const sum = leading.reduce((a, d) => a + d.probability, 0);
  const prior = sum <= 1 ? [...leading.map((d) => d.probability), 1 - sum] : [...normalise(leading.map((d) => d.probability)), 0];
  return { prior, h0: entropy(prior) };
}

/** The patient context of the next tests; `imagingWithheld` when the complaint's guideline wants a red flag first (model 2.43.0). */
export type TestContext = PatientContext & { readonly imagingWithheld?: boolean };

/**
 * Imaging waits for a red flag (model 2.43.0): every presenting problem carries `imagingOnlyWithRedFlags` (low back pain,
 * ACR Appropriateness Criteria 2021) and none of their red-flag findings is present. Returns each problem's guidance
 * with its red flags named, or undefined when imaging may be suggested.
 */
export function imagingWithheldFor(kb: KnowledgeBase, problemIds: readonly string[], present: ReadonlySet<string>): ImagingWithheld[] | undefined {
  const guidance = problemIds.map((id) => [id, kb.problems.get(id)?.imagingOnlyWithRedFlags] as const);
  if (guidance.length === 0 || guidance.some(([, g]) => !g) || guidance.some(([, g]) => g!.redFlags.some((f) => present.has(f)))) {
    return undefined;
  }
  return guidance.map(([problemId, g]) => ({
    problemId,
    problemName: kb.problems.get(problemId)!.name,
    recommendation: g!.recommendation,
    source: g!.source,
    redFlags: g!.redFlags.map((findingId) => ({ findingId, name: kb.findings.get(findingId)?.name ?? findingId })),
  }));
}

/**
 * Whether a test may be suggested in this patient's context: its rule applies (the problem, setting and age its study
 * population had: office spirometry is not weighed for breathlessness in the emergency room), it is not a test done
 * after referral (invasive, in primary care; session 22), not a test ordered only in another setting (emergency CT for
 * a condition referred the same day; session 23), not imaging for a complaint whose guideline advises against
 * routine imaging outside specialist care (low back pain), not a specialist's test done after referral (session 24), and
 * not imaging while the complaint's guideline wants a red flag that the chart does not hold (model 2.43.0).
 */
function orderableHere(kb: KnowledgeBase, finding: Finding, context?: TestContext): boolean {
  const test = finding.test;
  // A specialist's test after referral is never a next test in primary care or the emergency department (session 24).
  if (!test || test.afterReferral) {
    return false;
  }
  if (!context) {
    return true;
  }
  if (ruleNotApplicable(kb, finding.id, context)) {
    return false;
  }
  if (context.setting === 'primary-care' && (POLICY.primaryCareReferralBurdens as readonly string[]).includes(test.burden)) {
    return false;
  }
  if (test.settings && !test.settings.includes(context.setting)) {
    return false;
  }
  if (context.imagingWithheld && test.burden.startsWith('imaging')) {
    return false;
  }
  return !(context.setting === 'primary-care' && test.burden.startsWith('imaging') && context.problems.length > 0 && context.problems.every((p) => !!kb.problems.get(p)?.noRoutineImagingInPrimaryCare));
}

/** A candidate waiting for a rule-out test, and those pending tests (model 2.41.0). */
export type RuleOutFirst = ReadonlyMap<string, readonly Finding[]>;

/**
 * Rule-out test first (ACP Best Practice Advice 3 for pulmonary embolism, applied by policy to every candidate): a
 * leading candidate below `POLICY.ruleOutFirstBelow` that a bedside or blood test not yet known can rule out (LR− at or
 * below the settling threshold, the test orderable here and its evidence applicable) waits for that test before imaging
 * or invasive tests are weighed for it.
 * @returns the waiting candidates, each with its pending rule-out tests
 */
export function ruleOutFirst(kb: KnowledgeBase, leading: readonly DiagnosisResult[], knownFindingIds: ReadonlySet<string>, resultedTests: ReadonlySet<string>, context?: TestContext): RuleOutFirst {
  const out = new Map<string, Finding[]>();
  for (const d of leading) {
    if (d.probability >= POLICY.ruleOutFirstBelow || d.probability < POLICY.minTestCandidateProbability) {
      continue;
    }
    const tests: Finding[] = [];
    for (const [findingId, e] of evidenceFor(kb, d.conditionId, context?.problems) ?? []) {
      const f = kb.findings.get(findingId);
      if (!f?.test || !(POLICY.ruleOutFirstTests as readonly string[]).includes(f.test.burden) || knownFindingIds.has(findingId) || resultedTests.has(f.test.name.toLowerCase())) {
        continue;
      }
      if (!orderableHere(kb, f, context) || (context && evidenceNotApplicable(kb, d.conditionId, findingId, context))) {
        continue;
      }
      const negative = likelihoodRatio(e, false);
      if (negative && negative.lr <= POLICY.settlingLikelihoodRatio.ruleOut) {
        tests.push(f);
      }
    }
    if (tests.length > 0) {
      out.set(d.conditionId, tests);
    }
  }
  return out;
}

/**
 * What one test would do among the leading candidates: expected information gain and, per candidate
 * with evidence, the probability after a positive and after a negative result.
 * @param kb - knowledge base
 * @param leading - the candidates to separate
 * @param finding - the test finding (must have a `test` block)
 * @returns the suggestion, or undefined when no leading candidate has evidence for the test
 */
export function evaluateTest(
  kb: KnowledgeBase,
  leading: readonly DiagnosisResult[],
  finding: Finding,
  dist: Distribution = distributionOf(leading),
  context?: TestContext,
  waiting: RuleOutFirst = new Map(),
  presentFindingIds: ReadonlySet<string> = new Set(),
): TestSuggestion | undefined {
  if (!finding.test || leading.length === 0 || !orderableHere(kb, finding, context)) {
    return undefined;
  }
  const { prior, h0 } = dist;
  // A candidate waiting for its rule-out test is not weighed by imaging or an invasive test (model 2.41.0).
  const waits = (POLICY.ruleOutFirstWaiting as readonly string[]).includes(finding.test.burden);
  const rates = leading.map((d) => {
    // A can't-miss diagnosis below the test threshold stays on the can't-miss list but does not choose graded tests (model
    // 2.42.0: a bare back pain in primary care had amylase, lipase and blood cultures first, for diagnoses at about 1%).
    // A blood result that settles it by its definition still may (definitionTests): certain and harmless, its test
    // threshold is near zero (sodium in confusion).
    if (d.probability < POLICY.minTestCandidateProbability || (waits && waiting.has(d.conditionId))) {
      return undefined;
    }
    // An invasive test for a diagnosis neither dangerous to miss nor yet likely is below its test threshold (model 2.43.0).
    if (finding.test!.burden === 'invasive' && !d.cantMiss && d.probability < POLICY.invasiveTestMinProbability) {
      return undefined;
    }
    const e = evidenceFor(kb, d.conditionId, context?.problems)?.get(finding.id);
    return e && !(context && evidenceNotApplicable(kb, d.conditionId, finding.id, context)) ? { e, r: positiveRates(e) } : undefined;
  });
  const measured = rates.filter((x): x is { e: Evidence; r: { givenCondition: number; givenOther: number } } => x?.r !== undefined);
  if (measured.length === 0) {
    return undefined;
  }
  const otherRate = measured.reduce((a, m) => a + m.r.givenOther, 0) / measured.length;
  const pPosGiven = [...rates.map((x) => x?.r?.givenCondition ?? otherRate), otherRate];
  const pPos = prior.reduce((a, p, i) => a + p * pPosGiven[i], 0);
  if (pPos <= 0 || pPos >= 1) {
    return undefined;
  }
  const postPos = normalise(prior.map((p, i) => p * pPosGiven[i]));
  const postNeg = normalise(prior.map((p, i) => p * (1 - pPosGiven[i])));
  const gain = h0 - (pPos * entropy(postPos) + (1 - pPos) * entropy(postNeg));
  const outcomes: TestOutcome[] = [];
  const sources: CitationRef[] = [];
  leading.forEach((d, i) => {
    const e = rates[i]?.e;
    if (!e) {
      return;
    }
    const pos = likelihoodRatio(e, true);
    const neg = likelihoodRatio(e, false);
    // As in the "would change it most" figures: the result updates the chain's own probability, and the
    // recalibration (when one applies) is applied to the outcome, so both places show the same numbers.
    const chain = d.calibration?.chainProbability ?? d.probability;
    const shown = (p: number): number => (d.calibration ? recalibrate(p, d.calibration) : p);
    // A positive result that completes one of the diagnosis's definitions establishes it (aortic stenosis seen on
    // echocardiography, knowledge 2.128.0): shown as certain, not as the graded ratio's estimate.
    const completes = definitionsOf(kb.conditions.get(d.conditionId)!).some(({ criteria }) => criteria.some((group) => group.includes(finding.id) && group.every((id) => id === finding.id || presentFindingIds.has(id))));
    outcomes.push({
      conditionId: d.conditionId,
      name: d.name,
      now: d.probability,
      ifPositive: completes ? 1 : pos ? shown(updateProbability(chain, pos.lr)) : d.probability,
      ifNegative: neg ? shown(updateProbability(chain, neg.lr)) : d.probability,
    });
    sources.push(e.source);
  });
  const burden = finding.test.burden;
  const weight = POLICY.testBurdenWeight[burden];
  return {
    findingId: finding.id,
    testName: finding.test.name,
    orderCodes: finding.test.orderCodes.map((c) => ({ system: c.system, code: c.code, display: c.display })),
    expectedInformationGain: Math.round(gain * 1000) / 1000,
    burden,
    gainPerBurden: Math.round((gain / weight) * 1000) / 1000,
    outcomes,
    sources,
  };
}

/**
 * @param kb - knowledge base
 * @param leading - the candidates to separate
 * @param knownFindingIds - findings already known (their tests are not suggested again)
 * @param presentFindingIds - the known findings that are present (a definition's other criteria)
 * @returns tests ranked by expected information gain per unit of burden (policy weights); a laboratory result that
 *   settles a measured-state diagnosis by its definition is weighed beside the graded tests
 */
export function rankTests(
  kb: KnowledgeBase,
  leading: readonly DiagnosisResult[],
  knownFindingIds: ReadonlySet<string>,
  context?: TestContext,
  presentFindingIds: ReadonlySet<string> = new Set(),
): TestSuggestion[] {
  if (leading.length === 0) {
    return [];
  }
  const dist = distributionOf(leading);
  const out: TestSuggestion[] = [];
  // Only tests with evidence for some leading candidate can separate them (evaluateTest would return nothing for
  // the others): walk those, not every finding of the knowledge base.
  const candidates = new Set<string>();
  for (const d of leading) {
    for (const findingId of evidenceFor(kb, d.conditionId, context?.problems)?.keys() ?? []) {
      candidates.add(findingId);
    }
  }
  // A test already resulted is not suggested again under another of its findings (session 22: a chest radiograph read as
  // consolidation had been suggested again for "any abnormality", a finding no report is coded as).
  const resulted = new Set([...knownFindingIds].flatMap((id) => {
    const t = kb.findings.get(id)?.test;
    return t ? [t.name.toLowerCase()] : [];
  }));
  const waiting = ruleOutFirst(kb, leading, knownFindingIds, resulted, context);
  for (const findingId of candidates) {
    const finding = kb.findings.get(findingId);
    if (!finding?.test || knownFindingIds.has(finding.id) || resulted.has(finding.test.name.toLowerCase())) {
      continue;
    }
    const t = evaluateTest(kb, leading, finding, dist, context, waiting, presentFindingIds);
    if (t) {
      out.push(t);
    }
  }
  const suggested = new Set(out.map((t) => t.findingId));
  for (const t of definitionTests(kb, leading, knownFindingIds, presentFindingIds, dist)) {
    if (!suggested.has(t.findingId)) {
      out.push(t);
    }
  }
  // One order per test: several results of one test (an endoscopy's lesions, ferritin at several cut-offs) are one
  // suggestion, shown with the result that separates the candidates best.
  const seen = new Set<string>();
  return out
    .filter((t) => t.expectedInformationGain > 0.001)
    .sort((a, b) => b.gainPerBurden - a.gainPerBurden || b.expectedInformationGain - a.expectedInformationGain || a.findingId.localeCompare(b.findingId))
    .filter((t) => {
      const key = t.testName.toLowerCase();
      if (seen.has(key)) {
        return false;
      }
      seen.add(key);
      return true;
    })
    .slice(0, POLICY.maxTests)
    .map((t, i, list) => withRuleOutNote(kb, t, leading, waiting, knownFindingIds, resulted, context, new Set(list.slice(0, i).map((x) => x.testName.toLowerCase()))));
}

/**
 * Says on a rule-out test which waiting candidates it comes first for, and which of their imaging or invasive tests
 * wait for it (those with evidence for the candidate, orderable here and not yet known). A test already suggested above
 * it for other candidates is not said to wait (model 2.43.0: a bare emergency headache listed the CT head first and then
 * a D-dimer for venous thrombosis that the CT head "waits for").
 */
function withRuleOutNote(kb: KnowledgeBase, t: TestSuggestion, leading: readonly DiagnosisResult[], waiting: RuleOutFirst, known: ReadonlySet<string>, resulted: ReadonlySet<string>, context?: TestContext, above: ReadonlySet<string> = new Set()): TestSuggestion {
  const name = t.testName.toLowerCase();
  const before = leading.flatMap((d) => {
    const pending = waiting.get(d.conditionId);
    if (!pending?.some((f) => f.id === t.findingId || f.test!.name.toLowerCase() === name)) {
      return [];
    }
    const waits = new Set<string>();
    for (const findingId of evidenceFor(kb, d.conditionId, context?.problems)?.keys() ?? []) {
      const f = kb.findings.get(findingId);
      if (f?.test && (POLICY.ruleOutFirstWaiting as readonly string[]).includes(f.test.burden) && !known.has(findingId) && !resulted.has(f.test.name.toLowerCase()) && !above.has(f.test.name.toLowerCase()) && orderableHere(kb, f, context)) {
        waits.add(f.test.name);
      }
    }
    return waits.size > 0 ? [{ conditionId: d.conditionId, name: d.name, waiting: [...waits].sort() }] : [];
  });
  return before.length > 0 ? { ...t, ruleOutFirst: before } : t;
}

/**
 * A laboratory result that settles a leading candidate by its definition: the candidate is a measured state
 * (`definition.necessary`, e.g. hypoglycaemia), and in one criteria group this result is the only finding not yet
 * known while every other one is present (or there is no other). A result inside the criteria establishes it, one
 * outside excludes it, so the outcomes are certain and the gain is what resolving that candidate is worth.
 */
function definitionTests(kb: KnowledgeBase, leading: readonly DiagnosisResult[], known: ReadonlySet<string>, present: ReadonlySet<string>, dist: Distribution): TestSuggestion[] {
  const out: TestSuggestion[] = [];
  leading.forEach((d, i) => {
    const condition = kb.conditions.get(d.conditionId);
    if (!condition?.definition?.necessary) {
      return;
    }
    for (const { criteria, source } of definitionsOf(condition)) {
      for (const group of criteria) {
        const unknown = group.filter((id) => !known.has(id));
        const finding = unknown.length === 1 ? kb.findings.get(unknown[0]) : undefined;
        const loinc = finding?.category === 'lab' ? finding.match.flatMap((m) => (m.kind === 'quantity' ? m.loinc : [])).at(0) : undefined;
        if (!finding || !loinc || out.some((t) => t.findingId === finding.id)) {
          continue;
        }
        // The other findings of the group must be known present, or the result cannot settle it.
        if (!group.every((id) => id === finding.id || present.has(id))) {
          continue;
        }
        const { prior, h0 } = dist;
        const p = prior[i];
        if (!(p > 0 && p < 1)) {
          continue;
        }
        const postNeg = normalise(prior.map((q, j) => (j === i ? 0 : q)));
        const gain = h0 - (1 - p) * entropy(postNeg);
        const weight = POLICY.testBurdenWeight.blood;
        out.push({
          findingId: finding.id,
          testName: analyteOfLoinc(loinc)?.name ?? finding.name,
          orderCodes: [{ system: 'loinc', code: loinc, display: analyteCodeOfLoinc(loinc)?.display ?? finding.name }],
          expectedInformationGain: Math.round(gain * 1000) / 1000,
          burden: 'blood',
          gainPerBurden: Math.round((gain / weight) * 1000) / 1000,
          outcomes: [{ conditionId: d.conditionId, name: d.name, now: d.probability, ifPositive: 1, ifNegative: 0 }],
          sources: [source],
          byDefinition: true,
        });
      }
    }
  });
  return out;
}

/**
 * The tests a guideline recommends for every patient with one of the presenting problems (`baselineTests`, model
 * 2.40.0), first, with the ranked suggestions after them. A baseline test whose result is already known is left out;
 * one that the ranking also suggests keeps its outcomes and moves to the front.
 */
export function withBaselineTests(kb: KnowledgeBase, problemIds: readonly string[], ranked: readonly TestSuggestion[], knownFindingIds: ReadonlySet<string>, context?: PatientContext): TestSuggestion[] {
  const baseline: TestSuggestion[] = [];
  // Whom and where: the same rule as a condition's applicability (an unrecorded sex or age does not exclude).
  const covers = (a: NonNullable<Problem['baselineTests']>[number]['appliesTo']): boolean =>
    !a || ((!a.settings || (!!context && a.settings.includes(context.setting))) && patientFits(a, { ageYears: context?.ageYears, sex: context?.sex }));
  for (const problemId of problemIds) {
    const problem = kb.problems.get(problemId);
    for (const b of problem?.baselineTests ?? []) {
      if (!covers(b.appliesTo)) {
        continue;
      }
      const finding = kb.findings.get(b.finding);
      if (!finding?.test || b.results.some((id) => knownFindingIds.has(id)) || baseline.some((t) => t.testName.toLowerCase() === finding.test!.name.toLowerCase())) {
        continue;
      }
      // A test of one sex's anatomy is not every patient's test when the recorded sex is the other (model 2.52.0: a
      // transvaginal ultrasound was the baseline test of a 68-year-old man recorded with postmenopausal bleeding).
      if (context && ruleNotApplicable(kb, finding.id, context)) {
        continue;
      }
      const results = new Set([b.finding, ...b.results]);
      const ranks = ranked.find((t) => results.has(t.findingId) || t.testName.toLowerCase() === finding.test!.name.toLowerCase());
      const a = b.appliesTo;
      const who = a?.sex === 'female' ? (a.reproductiveAge ? 'women of reproductive age' : 'women') : a?.sex === 'male' ? 'men' : 'every patient';
      const where = a?.settings?.length === 1 ? (a.settings[0] === 'emergency' ? ' in the emergency department' : ' in primary care') : '';
      const tag = { problemId, problemName: problem!.name, who: `${who}${where}`, recommendation: b.recommendation, source: b.source };
      baseline.push(
        ranks
          ? { ...ranks, baseline: tag }
          : { findingId: finding.id, testName: finding.test.name, orderCodes: finding.test.orderCodes, expectedInformationGain: 0, burden: finding.test.burden, gainPerBurden: 0, outcomes: [], sources: [], baseline: tag },
      );
    }
  }
  const moved = new Set(baseline.map((t) => t.findingId));
  return [...baseline, ...ranked.filter((t) => !moved.has(t.findingId))];
}
