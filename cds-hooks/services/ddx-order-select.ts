/**
 * `order-select`: when a diagnostic test is selected, what a positive and a negative result would
 * do to the current differential; when another test would separate the leading candidates clearly
 * better, a suggestion to order it instead (a `create` action with a draft ServiceRequest).
 * A selection that is not a test in the knowledge base → no card.
 */
import type { Bundle, ServiceRequest } from '@medplum/fhirtypes';
import type { Finding } from '../../server/knowledge/schema';
import { leadingCandidates, evaluateTest } from '../../server/reasoning/next-best-test';
import { formatPercent } from '../../server/reasoning/probability';
import { cantMissThreshold } from '../../server/reasoning/infer';
import type { DifferentialResult, TestSuggestion } from '../../server/reasoning/types';
import { buildCard } from '../cards/build-card';
import { citeRef, escapeMarkdown, referencesMarkdown } from '../cards/card-markdown';
import { collectCitations } from '../../server/reasoning/build-differential';
import type { CdsCard } from '../types';
import { analyzeForHook, contextOf, orderedCare, testsForOrder } from './analyze-for-hook';
import { draftServiceRequest } from './draft-service-request';
import { shortName } from './ddx-patient-view';
import { CHART_PREFETCH, REQUIRED_PREFETCH, type CardMeta, type CdsServiceModule, type ServiceDeps } from './service-module';

/**
 * How much better another test must separate the leading candidates before it is suggested instead:
 * by half as much again (relative) and by at least 0.05 bits (absolute), so that small differences
 * in a model quantity never second-guess the clinician's choice. Model policy, not knowledge.
 */
const BETTER_BY_FACTOR = 1.5;
const BETTER_BY_BITS = 0.05;

/** The ServiceRequests named in `context.selections`, found in `context.draftOrders`. */
export function selectedServiceRequests(context: Readonly<Record<string, unknown>>): ServiceRequest[] {
  const selections = Array.isArray(context.selections) ? (context.selections as unknown[]).filter((s): s is string => typeof s === 'string') : [];
  const entries = ((context.draftOrders as Bundle | undefined)?.entry ?? []).map((e) => e?.resource).filter(Boolean);
  return entries.filter((r): r is ServiceRequest => r?.resourceType === 'ServiceRequest' && selections.includes(`ServiceRequest/${r.id}`));
}

/**
 * Whether the selected test can settle its main candidate by itself: a negative result would take a
 * can't-miss diagnosis below its threshold (a rule-out test, such as a D-dimer at low pre-test
 * probability). Such a choice is not second-guessed by an information measure that knows nothing of
 * cost, radiation or contrast.
 */
function canRuleOut(deps: ServiceDeps, result: DifferentialResult, test: TestSuggestion): boolean {
  // The main candidate is the one the test bears on that is most likely now; a can't-miss diagnosis that
  // merely sits near its threshold elsewhere in the list does not make any test a rule-out test.
  const main = [...test.outcomes].sort((a, b) => b.now - a.now)[0];
  const condition = main ? deps.knowledge.conditions.get(main.conditionId) : undefined;
  return !!condition && result.cantMiss.some((c) => c.conditionId === main.conditionId) && main.ifNegative < cantMissThreshold(condition);
}

function outcomeLines(t: TestSuggestion, refs: string[]): string {
  return t.outcomes
    .map((o, i) => `- ${escapeMarkdown(o.name)}: now ${formatPercent(o.now)}; if positive ${formatPercent(o.ifPositive)}; if negative ${formatPercent(o.ifNegative)} ${t.sources[i] ? citeRef(refs, t.sources[i].citation) : ''}`)
    .join('\n');
}

function testEffectCard(deps: ServiceDeps, result: DifferentialResult, selected: TestSuggestion, better: TestSuggestion | undefined, better_f: Finding | undefined, patientId: string, encounterId?: string): { card: CdsCard; meta: CardMeta } {
  const main = [...selected.outcomes].sort((a, b) => b.now - a.now)[0];
  const summary = main
    ? `${selected.testName}: ${shortName(main)} ${formatPercent(main.now)} → ${formatPercent(main.ifPositive)} if positive, ${formatPercent(main.ifNegative)} if negative`
    : `${selected.testName}: effect on the current differential`;
  const leadD = better ? result.differential.find((d) => better.outcomes.some((o) => o.conditionId === d.conditionId)) : undefined;
  const refs: string[] = [];
  const detail = [
    `**What ${escapeMarkdown(selected.testName)} would do to the current differential:**`,
    outcomeLines(selected, refs),
    ...(better
      ? [
          `**${escapeMarkdown(better.testName)} would separate the leading candidates clearly better** (by the model's expected-information measure, which does not weigh cost, radiation or contrast):`,
          outcomeLines(better, refs),
        ]
      : []),
  ].join('\n\n') + referencesMarkdown(result, refs, collectCitations(deps.knowledge, new Set(refs)));
  const card = buildCard(deps.cardContext, {
    summary,
    indicator: 'info',
    detail,
    topic: { code: better ? 'better-test' : 'test-effect', display: better ? 'A more discriminating test' : 'Expected effect of a test' },
    suggestions:
      better && better_f && leadD
        ? [{ label: `Order ${better.testName} instead`, actions: [{ type: 'create', description: `Draft order: ${better.testName}`, resource: draftServiceRequest(better_f, leadD, patientId, encounterId) }] }]
        : undefined,
    appContext: { kind: 'test-effect', test: selected.findingId },
  });
  const conditionIds = [...new Set([...selected.outcomes, ...(better?.outcomes ?? [])].map((o) => o.conditionId))];
  return { card, meta: { uuid: card.uuid as string, kind: better ? 'better-test' : 'test-effect', conditionIds } };
}

export const ddxOrderSelect: CdsServiceModule = {
  definition: {
    id: 'ddx-order-select',
    hook: 'order-select',
    title: 'What this test would change',
    description:
      'For a diagnostic test being ordered: what a positive and a negative result would do to the current differential, and a more discriminating test when one would separate the leading candidates clearly better.',
    prefetch: CHART_PREFETCH,
  },
  required: REQUIRED_PREFETCH,
  handle(request, chart, deps) {
    const orders = selectedServiceRequests(request.context);
    if (orders.length === 0) {
      return { cards: [], meta: [], quietReason: 'no selected ServiceRequest' };
    }
    const analysis = analyzeForHook(deps.knowledge, chart.resources, request);
    if (analysis.optedOut) {
      return { cards: [], meta: [], quietReason: 'patient opted out of AI decision support' };
    }
    const { result } = analysis;
    const leading = leadingCandidates(result.differential, result.cantMiss);
    const patientId = String(request.context.patientId);
    const encounterId = typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined;
    const known = new Set(result.findingsUsed.map((f) => f.findingId));
    // Tests already ordered (in the chart or anywhere in these draft orders) are never suggested "instead".
    const ordered = orderedCare(deps.knowledge, chart.resources, request.context.draftOrders).tests;
    const out: { card: CdsCard; meta: CardMeta }[] = [];
    let knownTests = 0;
    for (const order of orders) {
      // One order can be read as several findings (a chest radiograph: pneumothorax, effusion, cardiomegaly…):
      // its effect is that of the most informative reading, not of whichever is listed first.
      const readings = testsForOrder(deps.knowledge, order);
      knownTests += readings.length;
      const test = readings
        .map((f) => evaluateTest(deps.knowledge, leading, f, undefined, contextOf(result)))
        .filter((t): t is NonNullable<typeof t> => t !== undefined)
        .sort((a, b) => b.expectedInformationGain - a.expectedInformationGain || a.findingId.localeCompare(b.findingId))[0];
      if (!test) {
        continue;
      }
      // Only an orderable test is suggested "instead" of an order (a bedside manoeuvre has nothing to order).
      const alternative = result.nextBestTests.find((t) => t.orderCodes.length > 0 && !!deps.knowledge.findings.get(t.findingId)?.test && t.findingId !== test.findingId && !known.has(t.findingId) && !ordered.has(t.findingId));
      const clearlyBetter =
        !!alternative &&
        alternative.expectedInformationGain >= test.expectedInformationGain * BETTER_BY_FACTOR &&
        alternative.expectedInformationGain >= test.expectedInformationGain + BETTER_BY_BITS;
      const better = clearlyBetter && !canRuleOut(deps, result, test) ? alternative : undefined;
      out.push(testEffectCard(deps, result, test, better, better ? deps.knowledge.findings.get(better.findingId) : undefined, patientId, encounterId));
    }
    const quietReason = out.length
      ? undefined
      : knownTests > 0
        ? 'the selected tests have no evidence that applies to these leading diagnoses for this patient (problem, setting or age)'
        : 'selected orders are not tests in the knowledge base';
    return { cards: out.map((o) => o.card), meta: out.map((o) => o.meta), result, quietReason };
  },
};
