/**
 * Diagnoses that explain each other away (model 2.40.0, 2026-12-05, session 23).
 *
 * The chain of reasoning estimates the cause of an unexplained complaint: its priors are shares of the complaint's
 * causes, one cause per patient. Once the chart establishes a cause (by its published definition, or confirmed by the
 * clinician at this encounter), the other causes are no longer estimates of the same thing: chest wall pain at 30%
 * beside a proven myocardial infarction answers a question nobody is asking. A probability, however high, proves
 * nothing: a coronary syndrome at 85% leaves chest wall pain estimated beside it. They stay listed, as alternative or
 * coexisting causes after the causes of problems still open, with their probability withheld (no cited figure gives the
 * chance of a second cause beside a proven one). The can't-miss list keeps them by the same rule as before.
 *
 * A broader diagnosis whose form the chart establishes (cardiac arrhythmia when the ECG shows atrial fibrillation) is
 * found, as that form: it is set aside, naming the form and the source that classifies it. A broader diagnosis listed
 * beside its forms names them, since its probability includes theirs.
 */
import { broaderForms, type KnowledgeBase } from '../knowledge/load-knowledge';
import { memoByObject } from '../knowledge/memo';
import { calibrationNote, shownAs } from './infer';
import { formatPercent } from './probability';
import type { ChartDiagnosis, DiagnosisResult, ExplainedProblem, SubsumedDiagnosis } from './types';

/** The conditions a presenting problem's knowledge names as its causes (priors in any setting, unquantified causes), with those of the problems it refines. */
export const causesOfProblem: (kb: KnowledgeBase, problemId: string) => ReadonlySet<string> = memoByObject((kb, problemId) => collectCauses(kb, problemId, new Set()));

function collectCauses(kb: KnowledgeBase, problemId: string, seen: Set<string>): Set<string> {
  const out = new Set<string>();
  const problem = kb.problems.get(problemId);
  if (!problem || seen.has(problemId)) {
    return out;
  }
  seen.add(problemId);
  Object.values(problem.priors).forEach((priors) => (priors ?? []).forEach((p) => out.add(p.condition)));
  (problem.unquantified ?? []).forEach((u) => out.add(u.condition));
  for (const broader of problem.refines ?? []) {
    collectCauses(kb, broader, seen).forEach((c) => out.add(c));
  }
  return out;
}

/** A diagnosis the clinician confirmed on the chart at this encounter: a working diagnosis, not a hypothesis. */
export function confirmedThisEncounter(d: Pick<DiagnosisResult, 'inChart'>): boolean {
  return !!d.inChart?.thisEncounter && d.inChart.verificationStatus === 'confirmed';
}

interface Explainer {
  readonly d: DiagnosisResult;
  readonly how: 'definition' | 'chart';
  readonly source?: ChartDiagnosis['source'];
}

export interface ExplainAwayResult {
  /** Established diagnoses left once broader diagnoses found as their forms are set aside. */
  readonly established: DiagnosisResult[];
  /** The differential without subsumed broader diagnoses: open causes first, then alternatives, each by probability; ranks from 1. */
  readonly differential: DiagnosisResult[];
  readonly explainedProblems: ExplainedProblem[];
  readonly subsumed: SubsumedDiagnosis[];
}

/**
 * @param established - diagnoses meeting their definition (any order)
 * @param unranked - the other candidates, sorted by probability
 * @returns the lists with broader diagnoses set aside, alternatives marked and ranked after open causes
 */
export function explainAway(kb: KnowledgeBase, problemIds: readonly string[], established: readonly DiagnosisResult[], unranked: readonly DiagnosisResult[]): ExplainAwayResult {
  const found: Explainer[] = [
    ...established.map((d) => ({ d, how: 'definition' as const })),
    ...unranked.filter(confirmedThisEncounter).map((d) => ({ d, how: 'chart' as const, source: d.inChart?.source })),
  ];
  // A measured state (hypokalaemia) or a diagnosis whose own cause is sought (iron deficiency anaemia) is found, but
  // does not explain the complaint away: the disease behind it is among the complaint's other causes.
  // Nor does a diagnosis the chart already held before this episode (known atrial fibrillation on this visit's ECG): a
  // known disease shown again is background, not the proven cause of a new complaint.
  const explainers = found.filter((e) => {
    const c = kb.conditions.get(e.d.conditionId);
    const known = !!e.d.inChart && !e.d.inChart.thisEncounter && e.d.inChart.verificationStatus !== 'reason for visit';
    return !c?.definition?.necessary && !c?.causeSought && !known;
  });
  // A broader diagnosis whose form is found is found too, as that form.
  const subsumed: SubsumedDiagnosis[] = [];
  const foundAs = new Map<string, Explainer>();
  for (const e of found) {
    for (const broader of broaderForms(kb, e.d.conditionId)) {
      if (!foundAs.has(broader) && !found.some((x) => x.d.conditionId === broader && x.how === 'chart')) {
        foundAs.set(broader, e);
      }
    }
  }
  const keep = (d: DiagnosisResult): boolean => {
    const e = foundAs.get(d.conditionId);
    if (!e) {
      return true;
    }
    const form = kb.conditions.get(e.d.conditionId)!;
    subsumed.push({
      conditionId: d.conditionId,
      name: d.name,
      cantMiss: d.cantMiss,
      form: { conditionId: e.d.conditionId, name: e.d.name, how: e.how },
      source: viaSource(kb, form.id, d.conditionId),
    });
    return false;
  };
  const keptEstablished = established.filter(keep);
  const kept = unranked.filter(keep);
  subsumed.sort((a, b) => a.name.localeCompare(b.name));

  const causes = new Map(problemIds.map((p) => [p, causesOfProblem(kb, p)]));
  const explainedProblems: ExplainedProblem[] = [];
  // A diagnosis that names the complaints it presents as (`presentsAs`: atrial fibrillation, palpitations) explains only
  // those: atrial fibrillation is a cited cause of breathlessness too, but found on the ECG it does not prove it.
  const presents = (conditionId: string, problemId: string): boolean => {
    const named = kb.conditions.get(conditionId)?.presentsAs;
    return !named || named.includes(problemId) || (kb.problems.get(problemId)?.refines ?? []).some((b) => named.includes(b));
  };
  for (const problemId of problemIds) {
    const by = explainers.filter((e) => causes.get(problemId)!.has(e.d.conditionId) && presents(e.d.conditionId, problemId));
    if (by.length > 0) {
      explainedProblems.push({
        problemId,
        name: kb.problems.get(problemId)?.name ?? problemId,
        explainedBy: by.map((e) => ({ conditionId: e.d.conditionId, name: e.d.name, how: e.how, ...(e.source ? { source: e.source } : {}) })),
      });
    }
  }
  const explained = new Map(explainedProblems.map((p) => [p.problemId, p]));
  const explainerIds = new Set(explainers.map((e) => e.d.conditionId));
  const annotated = kept.map((d): DiagnosisResult => {
    if (explainerIds.has(d.conditionId)) {
      return d;
    }
    const its = problemIds.filter((p) => causes.get(p)!.has(d.conditionId));
    if (its.length === 0 || !its.every((p) => explained.has(p))) {
      return d;
    }
    const explainedBy = uniqueBy(
      its.flatMap((p) => explained.get(p)!.explainedBy.map((x) => ({ conditionId: x.conditionId, name: x.name }))),
      (x) => x.conditionId,
    );
    const problems = its.map((p) => explained.get(p)!.name.toLowerCase()).join(' and ');
    return {
      ...d,
      alternativeTo: { problemIds: its, explainedBy },
      display: `not estimated: ${problems} ${its.length > 1 ? 'are' : 'is'} explained by ${explainedBy.map((x) => x.name).join(' and ')}; an alternative or coexisting cause`,
    };
  });
  const open = atLeastItsForms(kb, annotated.filter((d) => !d.alternativeTo));
  const alternatives = annotated.filter((d) => d.alternativeTo);
  const ranked = [...open, ...alternatives].map((d, i) => ({ ...d, rank: i + 1 }));
  const formsOf = new Map<string, { conditionId: string; name: string; rank: number }[]>();
  for (const x of ranked) {
    for (const broader of broaderForms(kb, x.conditionId)) {
      formsOf.set(broader, [...(formsOf.get(broader) ?? []), { conditionId: x.conditionId, name: x.name, rank: x.rank }]);
    }
  }
  const differential = formsOf.size === 0 ? ranked : ranked.map((d) => (formsOf.has(d.conditionId) ? { ...d, includesForms: formsOf.get(d.conditionId)! } : d));
  return { established: keptEstablished, differential, explainedProblems, subsumed };
}

/**
 * A broader diagnosis is at least as likely as the likeliest of its forms estimated beside it (model 2.46.0, 2026-12-06,
 * session 27): the chain estimates each from its own evidence, and "malignancy 2%" listed beside "colorectal cancer 40%"
 * with the note that its probability includes theirs contradicted itself. Its probability and range are raised to that
 * form's, never lowered, and it is ranked right after the form (the specific diagnosis is the more useful statement).
 * Only the likeliest form sets the floor: the forms' sum would assume they never coexist, which no source states.
 * @param open - the open candidates, sorted by probability
 */
export function atLeastItsForms(kb: KnowledgeBase, open: readonly DiagnosisResult[]): DiagnosisResult[] {
  const raised: DiagnosisResult[] = [];
  const kept: DiagnosisResult[] = [];
  for (const d of open) {
    const forms = open.filter((x) => x.conditionId !== d.conditionId && broaderForms(kb, x.conditionId).has(d.conditionId));
    const top = forms.reduce<DiagnosisResult | undefined>((a, b) => (a === undefined || b.probability > a.probability ? b : a), undefined);
    // Its range reaches at least as high as any form's.
    const high = Math.max(d.range[1], ...forms.map((f) => f.range[1]));
    if (!top || top.probability <= d.probability) {
      kept.push(high > d.range[1] ? { ...d, range: [d.range[0], high], ...shownAs(d.probability, [d.range[0], high], d.calibration ? calibrationNote(d.calibration.chainProbability) : '') } : d);
      continue;
    }
    const range: [number, number] = [Math.max(d.range[0], top.range[0]), high];
    raised.push({
      ...d,
      probability: top.probability,
      range,
      atLeastAsForm: { conditionId: top.conditionId, name: top.name, ownProbability: d.probability },
      ...shownAs(top.probability, range, `; at least as likely as its form ${top.name}, listed here (its own evidence gave ${formatPercent(d.probability)})`),
    });
  }
  const out = [...kept];
  for (const d of raised) {
    const formId = d.atLeastAsForm!.conditionId;
    let at = out.findIndex((x) => x.conditionId === formId) + 1;
    while (at < out.length && out[at].atLeastAsForm?.conditionId === formId) {
      at++;
    }
    out.splice(at, 0, d);
  }
  return out;
}

/** The source that classifies a form under a broader diagnosis: the link that names the broader one (the last, when reached through another). */
function viaSource(kb: KnowledgeBase, formId: string, broaderId: string): SubsumedDiagnosis['source'] {
  const form = kb.conditions.get(formId)!;
  const step = form.formOf!.conditions.find((c) => c === broaderId || broaderForms(kb, c).has(broaderId))!;
  return step === broaderId ? form.formOf!.source : viaSource(kb, step, broaderId);
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}
