/**
 * `order-sign`: before signing, a `warning` card for each can't-miss diagnosis above its threshold
 * that neither the chart nor the draft orders address, with a suggestion to add the test that would
 * best settle it (at most two). Quiet otherwise.
 */
import { analyzeForHook, orderedCare } from './analyze-for-hook';
import { cantMissCard, uncheckedSources, unaddressedCantMiss } from './ddx-patient-view';
import { CHART_PREFETCH, REQUIRED_PREFETCH, type CdsServiceModule } from './service-module';

export const ddxOrderSign: CdsServiceModule = {
  definition: {
    id: 'ddx-order-sign',
    hook: 'order-sign',
    title: 'Can’t-miss diagnoses not addressed by these orders',
    description: 'Before signing: warns when a can’t-miss diagnosis above its threshold has no test addressing it in the chart or the draft orders, and suggests the most discriminating test.',
    prefetch: CHART_PREFETCH,
  },
  required: REQUIRED_PREFETCH,
  handle(request, chart, deps) {
    const analysis = analyzeForHook(deps.knowledge, chart.resources, request);
    if (analysis.optedOut) {
      return { cards: [], meta: [], quietReason: 'patient opted out of AI decision support' };
    }
    const { result } = analysis;
    const ordered = orderedCare(deps.knowledge, chart.resources, request.context.draftOrders, { encounterReference: result.now.encounterReference, asOf: result.asOf });
    const ctx = {
      patientId: String(request.context.patientId),
      encounterId: typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined,
      // The draft orders are always there; what the chart holds may not all have been received.
      unchecked: uncheckedSources(chart.missing),
      scope: 'orders and chart' as const,
      ordered,
    };
    const out = unaddressedCantMiss(deps, result, ordered).map((d) => cantMissCard(deps, result, d, ctx));
    return { cards: out.map((o) => o.card), meta: out.map((o) => o.meta), result, quietReason: out.length ? undefined : 'can’t-miss diagnoses addressed' };
  },
};
