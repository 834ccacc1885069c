/**
 * `patient-view`: speaks only when it adds something.
 * - An `info` card with the leading diagnoses when the chart supports a differential (a presenting
 *   problem is recognised and chart findings moved the probabilities).
 * - A `warning` card for each can't-miss diagnosis above its threshold that this patient's findings
 *   made more likely, that the chart has not yet addressed (no matching condition, order or result)
 *   and that the differential card does not already name; at most two, each with the test that
 *   would best settle it as a suggestion.
 * Nothing to say → no cards.
 */
import { formatPercent } from '../../server/reasoning/probability';
import type { DiagnosisResult, DifferentialResult } from '../../server/reasoning/types';
import { buildCard } from '../cards/build-card';
import { citeRef, diagnosisMarkdown, escapeMarkdown, referencesMarkdown } from '../cards/card-markdown';
import { collectCitations } from '../../server/reasoning/build-differential';
import type { CdsCard } from '../types';
import { analyzeForHook, bestTestFor, isAddressed, orderCodeKeys } from './analyze-for-hook';
import { draftServiceRequest } from './draft-service-request';
import { CHART_PREFETCH, REQUIRED_PREFETCH, type CardMeta, type CdsServiceModule, type ServiceDeps } from './service-module';

const MAX_CANT_MISS_CARDS = 2;
const LEADING = 3;

/** The chart supports a differential when a problem was recognised and at least one chart finding counted for a leading diagnosis. */
export function supportsDifferential(result: DifferentialResult): boolean {
  if (result.problems.every((p) => p.origin === 'general')) {
    return false;
  }
  return result.differential.slice(0, LEADING).some((d) => d.steps.some((s) => s.kind === 'finding' && s.counted));
}

function short(d: DiagnosisResult): string {
  return `${d.name} ${formatPercent(d.probability)}`;
}

function differentialCard(deps: ServiceDeps, result: DifferentialResult): { card: CdsCard; meta: CardMeta } {
  const leading = result.differential.slice(0, LEADING);
  const refs: string[] = [];
  const problems = result.problems.map((p) => p.name.toLowerCase()).join(', ');
  const detail = [
    `Leading diagnoses for ${escapeMarkdown(problems)} (${result.setting}), from this chart:`,
    ...leading.map((d, i) => `${i + 1}. ${diagnosisMarkdown(result, d, refs).replace(/\n/g, '\n   ')}`),
  ].join('\n\n');
  const card = buildCard(deps.cardContext, {
    summary: `AI differential (${problems}): ${leading.map(short).join('; ')}`,
    indicator: 'info',
    detail: `${detail}${referencesMarkdown(result, refs)}`,
    topic: { code: 'differential', display: 'Differential diagnosis' },
    appContext: { kind: 'differential' },
  });
  return { card, meta: { uuid: card.uuid as string, kind: 'differential', conditionIds: leading.map((d) => d.conditionId) } };
}

/** A warning card for an unaddressed can't-miss diagnosis, with its best discriminating test as a suggestion. */
export function cantMissCard(deps: ServiceDeps, result: DifferentialResult, d: DiagnosisResult, patientId: string, encounterId?: string): { card: CdsCard; meta: CardMeta } {
  const refs: string[] = [];
  const test = bestTestFor(deps.knowledge, result, d.conditionId);
  const nb = result.nextBestTests.find((t) => t.findingId === test?.id)?.outcomes.find((o) => o.conditionId === d.conditionId);
  const testSource = test ? deps.knowledge.evidenceByCondition.get(d.conditionId)?.get(test.id)?.source : undefined;
  const testLine = test
    ? `\n\n**Test that would best settle it:** ${escapeMarkdown(test.test?.name ?? test.name)}${nb ? ` (if negative about ${formatPercent(nb.ifNegative)}, if positive about ${formatPercent(nb.ifPositive)})` : ''} ${testSource ? citeRef(refs, testSource.citation) : ''}`
    : '';
  const card = buildCard(deps.cardContext, {
    summary: `Can't-miss: ${d.name} (${formatPercent(d.probability)}) not yet addressed in the chart`,
    indicator: 'warning',
    detail: `${diagnosisMarkdown(result, d, refs)}${testLine}${referencesMarkdown(result, refs, collectCitations(deps.knowledge, new Set(refs)))}`,
    topic: { code: 'cant-miss', display: "Can't-miss diagnosis" },
    suggestions: test
      ? [{ label: `Order ${test.test?.name ?? test.name}`, actions: [{ type: 'create', description: `Draft order: ${test.test?.name ?? test.name} to evaluate for ${d.name}`, resource: draftServiceRequest(test, d, patientId, encounterId) }] }]
      : undefined,
    appContext: { kind: 'cant-miss', conditionId: d.conditionId },
  });
  return { card, meta: { uuid: card.uuid as string, kind: 'cant-miss', conditionIds: [d.conditionId] } };
}

/**
 * Can't-miss diagnoses above threshold not addressed by the chart or by the given orders, at most two.
 * Diagnoses already named on the differential card are left out: a warning card earns its place by
 * surfacing a dangerous diagnosis the clinician would not otherwise see.
 */
export function unaddressedCantMiss(deps: ServiceDeps, result: DifferentialResult, orders: ReadonlySet<string>, alreadyShown: ReadonlySet<string> = new Set()): DiagnosisResult[] {
  return result.cantMiss
    .filter((d) => !alreadyShown.has(d.conditionId) && raisedByChart(d) && !isAddressed(deps.knowledge, result, d, orders))
    .slice(0, MAX_CANT_MISS_CARDS);
}

/** True when this patient's findings made the diagnosis more likely than its pre-test probability: a base rate alone is not news. */
export function raisedByChart(d: DiagnosisResult): boolean {
  const prior = d.steps.find((s) => s.kind === 'prior')?.probability ?? d.probability;
  return d.probability > prior;
}

export const ddxPatientView: CdsServiceModule = {
  definition: {
    id: 'ddx-patient-view',
    hook: 'patient-view',
    title: 'AI differential diagnosis and can’t-miss diagnoses',
    description:
      'When the chart supports a differential: the leading diagnoses with their likelihood, reasoning and citations; and a warning for a can’t-miss diagnosis that this patient’s findings raised above its threshold and that the chart has not addressed. Silent otherwise, and for patients who opted out of AI decision support.',
    prefetch: CHART_PREFETCH,
    usageRequirements: 'Needs the patient; uses conditions, recent observations, active medications, allergies, orders, the encounter and consents when available.',
  },
  required: REQUIRED_PREFETCH,
  handle(request, chart, deps) {
    const analysis = analyzeForHook(deps.knowledge, chart.resources, request);
    if (analysis.optedOut) {
      return { cards: [], meta: [], quietReason: 'patient opted out of AI decision support' };
    }
    const { result } = analysis;
    const patientId = String(request.context.patientId);
    const encounterId = typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined;
    const out: { card: CdsCard; meta: CardMeta }[] = [];
    const shown = new Set<string>();
    if (supportsDifferential(result)) {
      const card = differentialCard(deps, result);
      card.meta.conditionIds.forEach((id) => shown.add(id));
      out.push(card);
    }
    const orders = orderCodeKeys(chart.resources);
    for (const d of unaddressedCantMiss(deps, result, orders, shown)) {
      out.push(cantMissCard(deps, result, d, patientId, encounterId));
    }
    return { cards: out.map((o) => o.card), meta: out.map((o) => o.meta), result, quietReason: out.length === 0 ? 'nothing new to say' : undefined };
  },
};
