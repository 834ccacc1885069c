/**
 * The sandbox EHR page that fires CDS Hooks the way an EHR does: opening the chart fires
 * `patient-view`; picking orders from a small catalogue fires `order-select` with the draft orders;
 * "Sign orders" fires `order-sign`. Cards are rendered (Markdown without raw HTML), suggestions can be
 * accepted, cards dismissed (with a reason and/or comment the user gave, or explicitly without one),
 * and feedback is sent. A smart link launches its own URL with a fresh EHR launch that carries the
 * link's `appContext` (see launch-page.ts). Every draft order carries the catalogue name as `code.text`
 * (order-catalogue.ts). DEVELOPMENT AND TESTS ONLY.
 */
import express, { Router } from 'express';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HttpError } from '../errors';
import { escapeHtml, htmlErrorPages, renderPage } from './html';
import { fireHook, sendFeedback, type HookClientDeps } from './hooks-client';
import { patientAge, patientName, patientSex } from './patient-display';
import { draftOrderFor, type CatalogueItem } from './order-catalogue';
import type { SandboxContext } from './sandbox-context';

const SCRIPT = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'assets', 'hooks-page.js'), 'utf8');

const FireSchema = z.object({
  serviceId: z.string().min(1),
  patientId: z.string().min(1),
  userId: z.string().min(1),
  encounterId: z.string().optional(),
  orderIds: z.array(z.string()).max(50).default([]),
  selectedIds: z.array(z.string()).max(50).default([]),
  /** Orders added by accepting a card suggestion (full resources, as the card proposed them). */
  extraOrders: z.array(z.record(z.string(), z.unknown())).max(20).default([]),
});

const FeedbackSchema = z.object({ serviceId: z.string().min(1), feedback: z.array(z.unknown()).min(1).max(50) });

const SYSTEM_LABELS: Readonly<Record<string, string>> = { 'http://snomed.info/sct': 'SNOMED CT', 'http://loinc.org': 'LOINC', 'http://www.nlm.nih.gov/research/umls/rxnorm': 'RxNorm' };

/** The entry's codes, e.g. "SNOMED CT 77477000" (several tests share a generic code; the name tells them apart). */
function codesNote(c: CatalogueItem): string {
  return c.codings.map((x) => `${SYSTEM_LABELS[x.system] ?? x.system} ${x.code}`).join(', ');
}

function renderHooksPage(ctx: SandboxContext, patientId: string, userId: string, encounterId: string | undefined, catalogue: readonly CatalogueItem[]): string {
  const p = ctx.patients.get(patientId);
  if (!p) {
    throw new HttpError(404, 'unknown_patient', `No patient ${patientId} is loaded in the sandbox`);
  }
  const groups = new Map<string, CatalogueItem[]>();
  catalogue.forEach((c) => groups.set(c.group, [...(groups.get(c.group) ?? []), c]));
  const items = [...groups.entries()]
    .map(
      ([group, entries]) => `<fieldset style="margin:0 0 .5rem;padding:.25rem .5rem"><legend>${escapeHtml(group)}</legend><ul style="list-style:none;padding:0;margin:0">${entries
        .map(
          (c) =>
            `<li><label><input type="checkbox" name="order" value="${escapeHtml(c.id)}" data-name="${escapeHtml(c.name)}" data-testid="order-${escapeHtml(c.id)}"> ${escapeHtml(c.name)}</label> <span class="note">${escapeHtml(codesNote(c))}</span></li>`,
        )
        .join('')}</ul></fieldset>`,
    )
    .join('');
  const config = JSON.stringify({ patientId, userId, encounterId: encounterId ?? null, base: ctx.sandboxBase }).replace(/</g, '\\u003c');
  const body = `<div role="region" aria-label="Patient banner" data-testid="ehr-banner" style="background:#fff;border:1px solid #d0d7de;padding:.5rem 1rem;margin-bottom:1rem">
<strong>${escapeHtml(patientName(p.patient))} · ${escapeHtml(patientAge(p.patient, ctx.options.now()))} · ${escapeHtml(patientSex(p.patient))}</strong>
<span class="note"> ${escapeHtml(p.story ?? '')}</span></div>
<div style="display:flex;gap:1rem;align-items:flex-start;flex-wrap:wrap">
<section aria-labelledby="orders-h" style="flex:1;min-width:18rem;background:#fff;border:1px solid #d0d7de;padding:1rem">
<h2 id="orders-h">Orders</h2>
<p class="note">Selecting an order fires <code>order-select</code>; signing fires <code>order-sign</code>.</p>
<div style="max-height:24rem;overflow:auto" data-testid="order-catalogue">${items}</div>
<h3>Draft orders</h3><ul data-testid="draft-orders"></ul>
<button type="button" class="primary" data-testid="sign-orders">Sign orders</button>
</section>
<section aria-labelledby="cards-h" style="flex:0 0 26rem;max-width:100%;background:#fff;border:1px solid #d0d7de;padding:1rem">
<h2 id="cards-h">CDS cards</h2>
<p class="note" data-testid="hook-status" role="status" aria-live="polite">Opening chart…</p>
<div data-testid="cards"></div>
<h3>Feedback sent</h3><ul data-testid="feedback-log" class="note"></ul>
</section></div>
<script id="hooks-config" type="application/json">${config}</script>
<script src="${escapeHtml(ctx.sandboxBase)}/assets/hooks-page.js"></script>`;
  return renderPage('EHR chart with CDS Hooks', body);
}

/**
 * @param ctx - the sandbox context
 * @param client - what is needed to call the CDS service as the EHR
 * @param catalogue - the orderable tests and treatments
 * @returns the hooks-page router (mount at `/sandbox`)
 */
export function createHooksPage(ctx: SandboxContext, client: HookClientDeps, catalogue: readonly CatalogueItem[]): Router {
  const router = Router();
  const byId = new Map(catalogue.map((c) => [c.id, c]));
  router.get('/assets/hooks-page.js', (_req, res) => {
    res.type('application/javascript').send(SCRIPT);
  });
  router.get('/hooks', (req, res) => {
    const q = z.object({ patient: z.string().min(1), user: z.string().min(1).default('sandbox-clinician-1'), encounter: z.string().optional() }).parse(req.query);
    const patientId = q.patient.replace(/^Patient\//, '');
    const userId = q.user.replace(/^Practitioner\//, '');
    if (!ctx.registry.users.has(userId)) {
      throw new HttpError(404, 'unknown_user', `No sandbox user ${userId}`);
    }
    const encounterId = q.encounter === 'none' ? undefined : (q.encounter ?? ctx.patients.get(patientId)?.inProgressEncounterIds[0]);
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; frame-src 'none'; frame-ancestors 'self'");
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(renderHooksPage(ctx, patientId, userId, encounterId, catalogue));
  });
  router.post('/hooks/fire', express.json({ limit: '256kb' }), async (req, res) => {
    const q = FireSchema.parse(req.body);
    if (!ctx.patients.has(q.patientId)) {
      throw new HttpError(404, 'unknown_patient', `No patient ${q.patientId}`);
    }
    const orders = [...q.orderIds.map((id) => byId.get(id)).filter((c): c is CatalogueItem => !!c).map((c) => draftOrderFor(c, q.patientId, q.encounterId)), ...q.extraOrders];
    const selections = q.selectedIds.map((id) => byId.get(id)).filter((c): c is CatalogueItem => !!c).map((c) => `${c.resourceType}/draft-${c.id}`);
    const result = await fireHook(client, { serviceId: q.serviceId, patientId: q.patientId, userId: q.userId, encounterId: q.encounterId, draftOrders: orders as never, selections });
    res.json(result);
  });
  router.post('/hooks/feedback', express.json({ limit: '64kb' }), async (req, res) => {
    const q = FeedbackSchema.parse(req.body);
    res.json(await sendFeedback(client, q.serviceId, q.feedback));
  });
  router.use(htmlErrorPages());
  return router;
}
