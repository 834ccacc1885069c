/**
 * `order-sign`: before signing, a `warning` card for each can't-miss diagnosis above its threshold
 * that neither the chart nor the draft orders address, with a suggestion to add the test that would
 * best settle it. Quiet otherwise.
 */
import { analyzeForHook, orderCodeKeys } from './analyze-for-hook';
import { cantMissCard, unaddressedCantMiss } from './ddx-patient-view';
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
    const orders = orderCodeKeys(chart.resources, request.context.draftOrders);
    const patientId = String(request.context.patientId);
    const encounterId = typeof request.context.encounterId === 'string' ? request.context.encounterId : undefined;
    const out = unaddressedCantMiss(deps, result, orders).map((d) => cantMissCard(deps, result, d, patientId, encounterId));
    return { cards: out.map((o) => o.card), meta: out.map((o) => o.meta), result, quietReason: out.length ? undefined : 'can’t-miss diagnoses addressed' };
  },
};
