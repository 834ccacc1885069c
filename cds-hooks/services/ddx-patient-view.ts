/**
 * `patient-view`: speaks only when it adds something.
 * - An `info` card with the leading diagnoses when the chart supports a differential (a presenting
 *   problem is recognised and chart findings moved the probabilities), unless the leading diagnosis
 *   is already recorded in the chart: then the differential is not news.
 * - A separate `warning` card for each can't-miss diagnosis above its threshold that the chart has
 *   not addressed (no matching condition, order or result), at most two, each with the test that
 *   would best settle it as a suggestion. When the data to check "addressed" was not all received,
 *   the card says what could not be checked instead of claiming it was not addressed.
 * Nothing to say → no cards.
 */
import { evidenceFor } from '../../server/knowledge/load-knowledge';
import { formatPercent } from '../../server/reasoning/probability';
import type { DiagnosisResult, DifferentialResult, FindingStep } from '../../server/reasoning/types';
import { buildCard, fitList } from '../cards/build-card';
import { citeRef, diagnosisMarkdown, escapeMarkdown, referencesMarkdown } from '../cards/card-markdown';
import { collectCitations } from '../../server/reasoning/build-differential';
import type { CdsCard } from '../types';
import { analyzeForHook, bestTestFor, isAddressed, orderedCare, orderName, unsettledTests, type OrderedCare } from './analyze-for-hook';
import { POLICY } from '../../server/reasoning/policy';
import { draftServiceRequest } from './draft-service-request';
import { CHART_PREFETCH, REQUIRED_PREFETCH, type CardMeta, type CdsServiceModule, type ServiceDeps } from './service-module';

const MAX_CANT_MISS_CARDS = 2;
const LEADING = 3;
/** The prefetch keys that "addressed" is checked against: recorded diagnoses, results and orders. */
export const ADDRESSED_FROM = { conditions: 'conditions', observations: 'results', orders: 'orders' } as const;
/** Verification statuses of a recorded Condition that do not establish it. */
const NOT_RECORDED = new Set(['refuted', 'entered-in-error']);

/** A diagnosis's name without a trailing parenthesis, for the one-line summary ("COPD (including exacerbation)" → "COPD"). */
export function shortName(d: Pick<DiagnosisResult, 'name'>): string {
  return d.name.replace(/\s*\([^)]*\)\s*$/, '') || d.name;
}

/** True when the diagnosis is recorded in the chart as a condition (not refuted). */
export function recordedInChart(d: DiagnosisResult): boolean {
  return !!d.inChart && !NOT_RECORDED.has(d.inChart.verificationStatus);
}

/**
 * The chart supports a differential when a problem was recognised and at least one chart finding
 * counted for a leading diagnosis; it adds something only when the leading diagnosis is not already
 * recorded in the chart.
 */
export function supportsDifferential(result: DifferentialResult): boolean {
  if (result.status !== 'differential') {
    return false;
  }
  const leading = result.differential.slice(0, LEADING);
  if (leading.length === 0 || recordedInChart(leading[0])) {
    return false;
  }
  return leading.some((d) => d.steps.some((s) => s.kind === 'finding' && s.counted));
}

function differentialCard(deps: ServiceDeps, result: DifferentialResult): { card: CdsCard; meta: CardMeta } {
  const leading = result.differential.slice(0, LEADING);
  const refs: string[] = [];
  const problems = result.problems.map((p) => p.name.toLowerCase()).join(', ');
  const detail = [
    `Leading diagnoses for ${escapeMarkdown(problems)} (${result.setting}), from this chart:`,
    ...leading.map((d, i) => `${i + 1}. ${diagnosisMarkdown(result, d, refs).replace(/\n/g, '\n   ')}${recordedInChart(d) ? `\n   - already recorded in the chart (${escapeMarkdown(d.inChart?.verificationStatus ?? '')}, ${escapeMarkdown(d.inChart?.source.reference ?? '')})` : ''}`),
  ].join('\n\n');
  // A complaint the chart already explains (model 2.40.0): the card says by what, and lists the other causes without a probability.
  // Each explaining diagnosis names the chart items that prove it and, for a definition, the source that defines it.
  const explainers = new Map((result.explainedProblems ?? []).flatMap((p) => p.explainedBy).filter((x) => !leading.some((d) => d.conditionId === x.conditionId)).map((x) => [x.conditionId, x]));
  const proof = (x: NonNullable<DifferentialResult['explainedProblems']>[number]['explainedBy'][number]): string => {
    const by = result.established.find((d) => d.conditionId === x.conditionId)?.established;
    if (by) {
      const items = by.findings.map((f) => `${escapeMarkdown(f.findingName)}${f.sources.length ? `, ${f.sources.map((s) => escapeMarkdown(s.reference)).join(', ')}` : ', entered by the clinician'}`).join('; ');
      return `${escapeMarkdown(x.name)} (meets its definition: ${items}) ${citeRef(refs, by.source.citation)}`;
    }
    return `${escapeMarkdown(x.name)} (confirmed at this encounter${x.source ? `, ${escapeMarkdown(x.source.reference)}` : ''})`;
  };
  const explainedLine = explainers.size > 0 ? `Explained by ${[...explainers.values()].map(proof).join(' and ')}; the others are alternative or coexisting causes, without a probability.\n\n` : '';
  const card = buildCard(deps.cardContext, {
    summary: fitList(`AI differential (${problems}): `, leading.map((d) => `${shortName(d)} ${d.alternativeTo ? '(alternative)' : formatPercent(d.probability)}`), '; '),
    indicator: 'info',
    detail: `${explainedLine}${detail}${referencesMarkdown(result, refs)}`,
    topic: { code: 'differential', display: 'Differential diagnosis' },
    appContext: { kind: 'differential' },
  });
  return { card, meta: { uuid: card.uuid as string, kind: 'differential', conditionIds: leading.map((d) => d.conditionId) } };
}

export interface CantMissContext {
  readonly patientId: string;
  readonly encounterId?: string;
  /** What "addressed" could not be checked against (e.g. "orders"), because the data was not received. */
  readonly unchecked: readonly string[];
  /** Where the orders looked at were: the chart alone (patient-view) or the chart and the draft orders (order-sign). */
  readonly scope: 'chart' | 'orders and chart';
  /** The tests and treatments ordered that "addressed" was checked against. */
  readonly ordered: OrderedCare;
}

/** A warning card for an unaddressed can't-miss diagnosis, with its best discriminating test as a suggestion. */
export function cantMissCard(deps: ServiceDeps, result: DifferentialResult, d: DiagnosisResult, ctx: CantMissContext): { card: CdsCard; meta: CardMeta } {
  const refs: string[] = [];
  const test = bestTestFor(deps.knowledge, result, d.conditionId, ctx.ordered);
  const nb = result.nextBestTests.find((t) => t.findingId === test?.id)?.outcomes.find((o) => o.conditionId === d.conditionId);
  const testSource = test ? evidenceFor(deps.knowledge, d.conditionId, result.problems.map((p) => p.problemId))?.get(test.id)?.source : undefined;
  const orderable = (test?.test?.orderCodes.length ?? 0) > 0;
  const testLine = test
    ? `\n\n**${orderable ? 'Test' : 'Bedside test'} that would best settle it:** ${escapeMarkdown(orderName(test))}${nb ? ` (if negative about ${formatPercent(nb.ifNegative)}, if positive about ${formatPercent(nb.ifPositive)})` : ''}${orderable ? '' : ' (an examination or questionnaire: nothing to order)'} ${testSource ? citeRef(refs, testSource.citation) : ''}`
    : '';
  const where = ctx.scope === 'chart' ? 'in the chart' : 'by these orders or the chart';
  const likelihood = d.established ? 'meets its definition' : d.alternativeTo ? 'not excluded' : formatPercent(d.probability);
  const summary =
    ctx.unchecked.length === 0
      ? `Can't-miss: ${shortName(d)} (${likelihood}) not yet addressed ${where}`
      : `Can't-miss: ${shortName(d)} (${likelihood}): no order or result for it in the data received`;
  const unsettled = unsettledTests(deps.knowledge, result, d.conditionId, ctx.ordered);
  const notSettling = unsettled.length
    ? ` Found, but none settles it (a result that is not decisive, LR+ under ${POLICY.settlingLikelihoodRatio.ruleIn} or LR− over ${POLICY.settlingLikelihoodRatio.ruleOut}, changes the probability without answering the question): ${unsettled
        .map((u) => (u.state === 'ordered' ? `${escapeMarkdown(orderName(u.finding))} (ordered, no result yet)` : `${escapeMarkdown(u.finding.name)} (${u.state === 'positive' ? 'present' : 'absent'})`))
        .join('; ')}.`
    : '';
  const checked =
    ctx.unchecked.length === 0
      ? `\n\nNo recorded diagnosis, decisive result or order for it was found ${where} (tests are looked for, orders whose reason names it, and its recognised first-line treatments).${notSettling}`
      : `\n\nCould not check whether it has been addressed: the ${ctx.unchecked.join(', ')} were not received.${notSettling}`;
  const card = buildCard(deps.cardContext, {
    summary,
    indicator: 'warning',
    detail: `${diagnosisMarkdown(result, d, refs)}${checked}${testLine}${referencesMarkdown(result, refs, collectCitations(deps.knowledge, new Set(refs)))}`,
    topic: { code: 'cant-miss', display: "Can't-miss diagnosis" },
    suggestions: test && orderable
      ? [{ label: `Order ${orderName(test)}`, actions: [{ type: 'create', description: `Draft order: ${orderName(test)} to evaluate for ${d.name}`, resource: draftServiceRequest(test, d, ctx.patientId, ctx.encounterId) }] }]
      : undefined,
    appContext: { kind: 'cant-miss', conditionId: d.conditionId },
  });
  return { card, meta: { uuid: card.uuid as string, kind: 'cant-miss', conditionIds: [d.conditionId] } };
}

/**
 * Can't-miss diagnoses above their threshold (the engine's can't-miss list) that neither the chart
 * nor the given orders address, most likely first, at most two.
 */
export function unaddressedCantMiss(deps: ServiceDeps, result: DifferentialResult, ordered: OrderedCare): DiagnosisResult[] {
  if (result.status !== 'differential') {
    return [];
  }
  return result.cantMiss
    .filter((d) => raisedByChartEvidence(d))
    .filter((d) => !isAddressed(deps.knowledge, result, d, ordered))
    .sort((a, b) => b.probability - a.probability || a.conditionId.localeCompare(b.conditionId))
    .slice(0, MAX_CANT_MISS_CARDS);
}

/**
 * A can't-miss warning needs chart evidence, not a prior alone: the counted findings read from the chart
 * (not age or sex, not the clinician's edits) must, taken together, raise the diagnosis (their likelihood
 * ratios multiply to more than 1), and at least one of them must point towards it.
 */
export function raisedByChartEvidence(d: DiagnosisResult): boolean {
  if (d.established?.findings.every((f) => f.sources.length > 0)) {
    return true; // the chart's own values meet the diagnosis's definition
  }
  const chartSteps = d.steps.filter((s): s is FindingStep => s.kind === 'finding' && s.counted && s.origin === 'chart' && !isDemographic(s));
  const logSum = chartSteps.reduce((a, s) => a + Math.log(s.lr), 0);
  return chartSteps.some((s) => s.lr > 1) && logSum > 0;
}

function isDemographic(s: FindingStep): boolean {
  return s.sources.length > 0 && s.sources.every((src) => src.reference.startsWith('Patient/'));
}

/** What "addressed" could not be checked against, in words, from the keys the chart is missing. */
export function uncheckedSources(missing: readonly string[]): string[] {
  return Object.entries(ADDRESSED_FROM)
    .filter(([key]) => missing.includes(key))
    .map(([, words]) => words);
}

export const ddxPatientView: CdsServiceModule = {
  definition: {
    id: 'ddx-patient-view',
    hook: 'patient-view',
    title: 'AI differential diagnosis and can’t-miss diagnoses',
    description:
      'When the chart supports a differential that is not already recorded: the leading diagnoses with their likelihood, reasoning and citations; and a warning for each can’t-miss diagnosis above its threshold that the chart has not addressed (at most two). Silent otherwise, and for patients who opted out of AI decision support.',
    prefetch: CHART_PREFETCH,
    usageRequirements: 'Needs the patient and the consents; uses conditions, recent observations, active medications, allergies, orders and the encounter when available.',
  },
  required: REQUIRED_PREFETCH,
  handle(request, chart, deps) {
    const analysis = analyzeForHook(deps.knowledge, chart.resources, request);
    if (analysis.optedOut) {
      return { cards: [], meta: [], quietReason: 'patient opted out of AI decision support' };
    }
    const { result } = analysis;
    const out: { card: CdsCard; meta: CardMeta }[] = [];
    if (supportsDifferential(result)) {
      out.push(differentialCard(deps, result));
    }
    const ctx: CantMissContext = {
      patientId: String(request.context.patientId),
      encounterId: typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined,
      unchecked: uncheckedSources(chart.missing),
      scope: 'chart',
      ordered: orderedCare(deps.knowledge, chart.resources, undefined, { encounterReference: result.now.encounterReference, asOf: result.asOf }),
    };
    for (const d of unaddressedCantMiss(deps, result, ctx.ordered)) {
      out.push(cantMissCard(deps, result, d, ctx));
    }
    return { cards: out.map((o) => o.card), meta: out.map((o) => o.meta), result, quietReason: out.length === 0 ? 'nothing new to say' : undefined };
  },
};
