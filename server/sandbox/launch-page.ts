/**
 * The sandbox EHR's launch pages, mounted at `/sandbox`:
 * - `GET /` lists the loaded patients and users and launches the app EHR-style (or standalone);
 * - `GET /launch?patient=&user=&encounter=&mode=window|iframe` binds a launch context and
 *   redirects to the app's launch URL (window) or to the EHR frame page (iframe). A CDS Hooks smart
 *   link is launched the same way with `app_url` (the link's `url`: a launch URL of a registered
 *   app) and `app_context` (the link's `appContext`, stored with the launch and returned unchanged as
 *   `appContext` in the token response, as CDS Hooks 2.0 describes);
 * - `GET /ehr-frame?launch=` shows EHR-like chrome with the app in an iframe 640 px wide
 *   (one third of 1920 px); the EHR shows the patient banner, so `need_patient_banner` is false.
 * Development and tests only.
 */
import { Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../errors';
import type { LaunchContext } from './grant-store';
import { escapeHtml, htmlErrorPages, renderPage, sendHtml } from './html';
import type { PatientSummary } from './load-fixtures';
import { patientAge, patientName, patientSex } from './patient-display';
import type { SandboxContext } from './sandbox-context';
import type { SandboxUser } from './smart-registry';

/** Longest `appContext` the sandbox carries (CDS Hooks sets no limit; the sandbox keeps URLs short). */
export const MAX_APP_CONTEXT_LENGTH = 2000;

const LaunchQuerySchema = z.object({
  /** Patient id, bare or as `Patient/<id>`. */
  patient: z.string().min(1, 'patient is required').transform((v) => v.replace(/^Patient\//, '')),
  /** Practitioner id, bare or as `Practitioner/<id>`. */
  user: z.string().min(1, 'user is required').transform((v) => v.replace(/^Practitioner\//, '')),
  /** Encounter id; absent = the patient's in-progress encounter; `none` = no encounter. */
  encounter: z.string().optional(),
  mode: z.enum(['window', 'iframe']).default('window'),
  /** Overrides the mode's default need_patient_banner. */
  need_patient_banner: z.enum(['true', 'false']).optional(),
  /** The app's launch URL (a CDS Hooks smart link's `url`); default: this app's launch.html. */
  app_url: z.string().max(2000).optional(),
  /** A CDS Hooks smart link's `appContext`: opaque to the EHR, passed to the app in the token response. */
  app_context: z.string().min(1).max(MAX_APP_CONTEXT_LENGTH).optional(),
});

/** The app's EHR launch URL for a launch id (or the standalone launch URL without one). */
function appLaunchUrl(ctx: SandboxContext, launchId?: string, launchUrl = `${ctx.publicBaseUrl}/launch.html`): string {
  const url = new URL(launchUrl);
  url.searchParams.set('iss', ctx.fhirBase);
  if (launchId) {
    url.searchParams.set('launch', launchId);
  }
  return url.toString();
}

function userSelect(patientId: string, users: readonly SandboxUser[]): string {
  const options = users.map(
    (u) =>
      `<option value="${escapeHtml(u.practitionerId)}">${escapeHtml(u.displayName)} (${escapeHtml(u.role)}${u.clinicianFirst ? ', clinician-first' : ''})</option>`,
  );
  const id = `user-${escapeHtml(patientId)}`;
  return `<label for="${id}">User</label> <select id="${id}" name="user" data-testid="${id}">${options.join('')}</select>`;
}

function encounterSelect(p: PatientSummary): string {
  const id = `encounter-${escapeHtml(p.id)}`;
  const defaultId = p.inProgressEncounterIds[0];
  const options = p.encounterIds.map(
    (e) => `<option value="${escapeHtml(e)}"${e === defaultId ? ' selected' : ''}>${escapeHtml(e)}${p.inProgressEncounterIds.includes(e) ? ' (in progress)' : ''}</option>`,
  );
  options.push(`<option value="none"${defaultId ? '' : ' selected'}>No encounter</option>`);
  return `<label for="${id}">Encounter</label> <select id="${id}" name="encounter" data-testid="${id}">${options.join('')}</select>`;
}

function patientRow(ctx: SandboxContext, p: PatientSummary, users: readonly SandboxUser[]): string {
  const pid = escapeHtml(p.id);
  return `<tr data-testid="patient-row-${pid}">
<td>${escapeHtml(patientName(p.patient))}<br><span class="note">${pid}</span></td>
<td>${escapeHtml(patientAge(p.patient, ctx.options.now()))}</td>
<td>${escapeHtml(patientSex(p.patient))}</td>
<td>${p.story ? escapeHtml(p.story) : '<span class="note">No story summary</span>'}</td>
<td><form method="get" action="${escapeHtml(ctx.sandboxBase)}/launch">
<input type="hidden" name="patient" value="${pid}">
<div>${userSelect(p.id, users)}</div>
<div>${encounterSelect(p)}</div>
<button type="submit" name="mode" value="window" class="primary" data-testid="launch-${pid}">Launch app</button>
<button type="submit" name="mode" value="iframe" data-testid="launch-iframe-${pid}">Launch in EHR frame</button>
<button type="submit" formaction="${escapeHtml(ctx.sandboxBase)}/hooks" data-testid="hooks-${pid}">Open chart with CDS Hooks</button>
</form></td>
</tr>`;
}

function renderLaunchList(ctx: SandboxContext): string {
  const users = [...ctx.registry.users.values()];
  const rows = [...ctx.patients.values()].map((p) => patientRow(ctx, p, users));
  const table = rows.length
    ? `<table><caption class="note">Synthetic patients loaded from fixtures</caption>
<thead><tr><th scope="col">Patient</th><th scope="col">Age</th><th scope="col">Sex</th><th scope="col">Clinical story</th><th scope="col">Launch</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`
    : '<p class="error" role="status">No patients are loaded. Add Bundles to fixtures/patients/.</p>';
  const body = `<p>Pick a patient and a user, then launch the SMART app as the EHR would.
Or <a class="button" href="${escapeHtml(appLaunchUrl(ctx))}" data-testid="standalone-launch">launch standalone</a> (the app asks for a patient).</p>
<p>Quality team: <a class="button" href="${escapeHtml(`${appLaunchUrl(ctx)}&review=1`)}" data-testid="review-launch">open the quality dashboard</a> (standalone, no patient; sign in as the quality reviewer).</p>
<p class="note">FHIR base: <code data-testid="fhir-base">${escapeHtml(ctx.fhirBase)}</code></p>
${table}`;
  return renderPage('Launch the DDx app', body);
}

export function resolveEncounter(p: PatientSummary, requested: string | undefined): string | undefined {
  if (requested === undefined) {
    return p.inProgressEncounterIds[0];
  }
  if (requested === 'none' || requested === '') {
    return undefined;
  }
  if (!p.encounterIds.includes(requested)) {
    throw new HttpError(400, 'invalid_request', `Encounter ${requested} does not belong to patient ${p.id}`);
  }
  return requested;
}

/**
 * Checks a launch URL the way an EHR checks a smart link: only apps it knows are launched, so the
 * URL must be http(s) on the origin of a registered client (no open redirect).
 * @returns the URL, normalised
 * @throws HttpError 400 otherwise
 */
export function checkAppUrl(ctx: SandboxContext, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(400, 'invalid_request', 'app_url must be an absolute URL');
  }
  const origins = new Set([...ctx.registry.clients.values()].flatMap((c) => c.redirectUris.map((u) => new URL(u).origin)));
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !origins.has(url.origin) || url.username || url.password) {
    throw new HttpError(400, 'invalid_request', 'app_url is not the launch URL of an app registered with the sandbox');
  }
  url.hash = '';
  return url.toString();
}

function renderEhrFrame(ctx: SandboxContext, launchId: string, launch: LaunchContext): string {
  const p = ctx.patients.get(launch.patientId);
  const user = ctx.registry.users.get(launch.userId);
  const banner = p
    ? `${escapeHtml(patientName(p.patient))} · ${escapeHtml(patientAge(p.patient, ctx.options.now()))} · ${escapeHtml(patientSex(p.patient))} · ${escapeHtml(p.id)}`
    : escapeHtml(launch.patientId);
  const body = `<div role="region" aria-label="Patient banner" data-testid="ehr-banner" style="background:#fff;border:1px solid #d0d7de;padding:.5rem 1rem;margin-bottom:1rem">
<strong>${banner}</strong>${launch.encounterId ? ` <span class="note">Encounter ${escapeHtml(launch.encounterId)}</span>` : ''}
<span class="note" style="float:right">Signed in: ${escapeHtml(user?.displayName ?? launch.userId)}</span></div>
<div style="display:flex;gap:1rem;align-items:flex-start">
<section aria-label="Chart" style="flex:1;background:#fff;border:1px solid #d0d7de;padding:1rem;min-height:40rem">
<h3>Chart</h3><p>${p?.story ? escapeHtml(p.story) : 'Synthetic chart.'}</p><p><a href="${escapeHtml(ctx.sandboxBase)}/">Back to patient list</a></p></section>
<iframe title="DDx differential diagnosis app" data-testid="app-frame" src="${escapeHtml(appLaunchUrl(ctx, launchId, launch.launchUrl))}"
 style="width:640px;height:80vh;min-height:40rem;border:1px solid #d0d7de;background:#fff"></iframe>
</div>`;
  return renderPage('EHR chart', body);
}

/**
 * @param ctx - the sandbox context
 * @returns the launch-page router (mount at `/sandbox`)
 */
export function createLaunchPages(ctx: SandboxContext): Router {
  const router = Router();

  router.get('/', (_req, res) => {
    sendHtml(res, renderLaunchList(ctx));
  });

  router.get('/launch', (req, res) => {
    const q = LaunchQuerySchema.parse(req.query);
    const patient = ctx.patients.get(q.patient);
    if (!patient) {
      throw new HttpError(404, 'unknown_patient', `No patient ${q.patient} is loaded in the sandbox`);
    }
    if (!ctx.registry.users.has(q.user)) {
      throw new HttpError(404, 'unknown_user', `No sandbox user ${q.user}; use one of ${[...ctx.registry.users.keys()].join(', ')}`);
    }
    const encounterId = resolveEncounter(patient, q.encounter);
    const needPatientBanner = q.need_patient_banner ? q.need_patient_banner === 'true' : q.mode === 'window';
    const launchUrl = q.app_url ? checkAppUrl(ctx, q.app_url) : undefined;
    const launchId = ctx.store.createLaunch({ patientId: patient.id, encounterId, userId: q.user, needPatientBanner, launchUrl, appContext: q.app_context });
    ctx.logger.info({ mode: q.mode, appContext: q.app_context !== undefined }, 'sandbox launch created');
    const target = q.mode === 'iframe' ? `${ctx.sandboxBase}/ehr-frame?launch=${encodeURIComponent(launchId)}` : appLaunchUrl(ctx, launchId, launchUrl);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, target);
  });

  router.get('/ehr-frame', (req, res) => {
    const { launch } = z.object({ launch: z.string().min(1) }).parse(req.query);
    const context = ctx.store.getLaunch(launch);
    if (!context) {
      throw new HttpError(404, 'unknown_launch', 'This launch is unknown or expired; launch again from the sandbox page');
    }
    sendHtml(res, renderEhrFrame(ctx, launch, context), ctx.appOrigin);
  });

  router.use(htmlErrorPages());
  return router;
}
