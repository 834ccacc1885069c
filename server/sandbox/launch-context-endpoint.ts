/**
 * `POST {fhirBase}/_services/smart/Launch`: launch-context creation as the CDS Hooks reference client
 * (sandbox.cds-hooks.org) and other EHR-side tools call it for a card's `smart` link (issue 17, item 4).
 * Not a standard: the client posts `{launchUrl, parameters: {patient, appContext?}}` with its access
 * token and gets `{launch_id}`; it then opens `launchUrl?launch=<launch_id>&iss=<fhirBase>`. The launch
 * carries the patient, the token's user and the link's `appContext`, which the token endpoint returns
 * unchanged, exactly like a launch from the sandbox's own pages.
 */
import { Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../errors';
import { accessOf } from './bearer-auth';
import { checkAppUrl, MAX_APP_CONTEXT_LENGTH, resolveEncounter } from './launch-page';
import type { SandboxContext } from './sandbox-context';

const LaunchRequestSchema = z.object({
  launchUrl: z.string().min(1).max(2000),
  parameters: z.object({
    patient: z.string().min(1).max(64),
    encounter: z.string().min(1).max(64).optional(),
    /** A string as CDS Hooks 2.0 defines it; an object is accepted and passed on as its JSON text. */
    appContext: z.union([z.string().min(1), z.record(z.string(), z.unknown())]).optional(),
  }),
});

/**
 * @param ctx - the sandbox context
 * @returns the router, mounted on the FHIR server after its bearer-token check
 */
export function createLaunchContextEndpoint(ctx: SandboxContext): Router {
  const router = Router();
  router.post('/_services/smart/Launch', (req, res) => {
    const access = accessOf(res);
    const body = LaunchRequestSchema.parse(req.body);
    const userId = access.userId;
    if (!userId || !ctx.registry.users.has(userId)) {
      throw new HttpError(403, 'forbidden', 'Only a token issued to a sandbox user may create a launch context (it becomes the launch user)', 'fhir');
    }
    if (access.patientId && access.patientId !== body.parameters.patient) {
      throw new HttpError(403, 'forbidden', `This token is for patient ${access.patientId}; it cannot create a launch for another patient`, 'fhir');
    }
    const patient = ctx.patients.get(body.parameters.patient);
    if (!patient) {
      throw new HttpError(404, 'unknown_patient', `No patient ${body.parameters.patient} is loaded in the sandbox`, 'fhir');
    }
    const appContext = typeof body.parameters.appContext === 'string' ? body.parameters.appContext : body.parameters.appContext ? JSON.stringify(body.parameters.appContext) : undefined;
    if (appContext !== undefined && appContext.length > MAX_APP_CONTEXT_LENGTH) {
      throw new HttpError(400, 'invalid_request', `appContext is longer than ${MAX_APP_CONTEXT_LENGTH} characters`, 'fhir');
    }
    const launchUrl = checkAppUrl(ctx, body.launchUrl);
    const encounterId = resolveEncounter(patient, body.parameters.encounter);
    const launchId = ctx.store.createLaunch({ patientId: patient.id, encounterId, userId, needPatientBanner: true, launchUrl, appContext });
    ctx.logger.info({ appContext: appContext !== undefined }, 'sandbox launch context created by a client');
    res.setHeader('Cache-Control', 'no-store');
    res.json({ launch_id: launchId });
  });
  return router;
}
