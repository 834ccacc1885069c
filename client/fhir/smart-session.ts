/**
 * A typed, narrow view of a ready fhirclient `Client`, so that components never touch fhirclient.
 * All FHIR reads go through `client.request()` so that fhirclient refreshes an expired access token
 * itself; the access token is opaque and is never decoded or exposed here.
 */
import type Client from 'fhirclient/lib/Client';
import type { Condition, Patient, Provenance } from '@medplum/fhirtypes';
import { parseAppContext, type CardLaunchContext } from './app-context';
import { readCurrentPatient } from './current-patient';
import { planChartReads, readChart, type ChartRead, type ResourceRead } from './read-chart';
import { buildCondition, buildProvenance, buildRetraction, buildRetractionProvenance, type WriteBackInput } from './write-back';

/** The context the EHR granted with the token (SMART App Launch 2.2 token response). */
export interface LaunchContext {
  /** `patient` from the token response; undefined when the EHR set no patient. */
  readonly patientId: string | undefined;
  /** `encounter` from the token response; often absent (launched outside an encounter). */
  readonly encounterId: string | undefined;
  /** `fhirUser` claim of the id_token, e.g. `Practitioner/123`. */
  readonly fhirUser: string | undefined;
  /** `need_patient_banner`: true only when the EHR does not already show the patient around the app. */
  readonly needPatientBanner: boolean;
  /** FHIR base URL of the EHR. */
  readonly fhirBaseUrl: string;
  /**
   * The CDS card the clinician followed a smart link from: `appContext` of the token response (CDS
   * Hooks 2.0), parsed as untrusted input; undefined for an ordinary launch or an unrecognised value.
   */
  readonly fromCard: CardLaunchContext | undefined;
}

/** What the app can do with a completed launch. */
export interface SmartSession {
  readonly context: LaunchContext;
  /** Reads the Patient in context (throws when there is none). */
  readPatient(signal?: AbortSignal): Promise<Patient>;
  /**
   * Re-reads the patient id of the launch currently stored for this browser tab. It differs from
   * `context.patientId` when another launch in the same browser storage replaced this one
   * (client-js #199: embedded EHR views kept showing the first patient).
   */
  readStoredPatientId(): string | undefined;
  /** Scopes the EHR granted (token response `scope`). */
  readonly grantedScopes: readonly string[];
  /** Reads the chart the differential needs, reporting progress per resource type. */
  readChart(onProgress?: (reads: ResourceRead[]) => void, signal?: AbortSignal): Promise<ChartRead>;
  /** `Bearer …` for calls to this app's API (refreshed first when needed). Never log it. */
  authorizationHeader(): Promise<string>;
  /** Creates the Condition and its Provenance; only on an explicit clinician action. */
  writeDiagnosis(input: Omit<WriteBackInput, 'patientId' | 'encounterId' | 'fhirUser' | 'now'>): Promise<{ condition: Condition; provenance: Provenance }>;
  /** Marks a Condition this app wrote as entered in error, with a Provenance (only on a clinician's request). */
  retractDiagnosis(conditionRef: string): Promise<void>;
}

/** Per-request timeout of chart reads (ms). */
const READ_TIMEOUT_MS = 15_000;

/** fhirclient's well-known sessionStorage slot naming the current launch's state key (lib/settings.js). */
const SMART_KEY = 'SMART_KEY';

/**
 * Wraps a ready fhirclient Client.
 * @param client - from `FHIR.oauth2.ready()`
 * @returns the session
 */
export function createSmartSession(client: Client): SmartSession {
  const token = client.state.tokenResponse;
  const context: LaunchContext = Object.freeze({
    patientId: client.getPatientId() ?? undefined,
    encounterId: client.getEncounterId() ?? undefined,
    fhirUser: client.getFhirUser() ?? undefined,
    needPatientBanner: token?.need_patient_banner === true,
    fhirBaseUrl: client.state.serverUrl,
    fromCard: parseAppContext(token?.appContext),
  });
  return {
    context,
    readPatient: (signal) => readCurrentPatient(client, signal),
    readStoredPatientId: () => readStoredPatientId(),
    grantedScopes: Object.freeze(String(token?.scope ?? '').split(/\s+/).filter(Boolean)),
    readChart: (onProgress, signal) => {
      if (!context.patientId) {
        return Promise.reject(new Error('No patient in launch context; launch the app from a patient chart'));
      }
      const get = (url: string, outer?: AbortSignal): Promise<unknown> =>
        client.request({ url, signal: outer ? AbortSignal.any([outer, AbortSignal.timeout(READ_TIMEOUT_MS)]) : AbortSignal.timeout(READ_TIMEOUT_MS) });
      return readChart(get, planChartReads(context.patientId, context.encounterId), onProgress, signal);
    },
    authorizationHeader: async () => {
      await client.refreshIfNeeded();
      const header = client.getAuthorizationHeader();
      if (!header) {
        throw new Error('No access token: relaunch the app from the EHR');
      }
      return header;
    },
    writeDiagnosis: async (input) => {
      if (!context.patientId || !context.fhirUser) {
        throw new Error('Writing to the chart needs a patient and a signed-in user');
      }
      const full: WriteBackInput = { ...input, patientId: context.patientId, encounterId: context.encounterId, fhirUser: context.fhirUser, now: new Date().toISOString() };
      // fhirclient's own Resource type is a skeleton; the typed builders are the source of truth.
      type FhirclientResource = Parameters<Client['create']>[0];
      const condition = await client.create<Condition>(buildCondition(full) as unknown as FhirclientResource);
      const provenance = await client.create<Provenance>(buildProvenance(full, condition.id as string) as unknown as FhirclientResource);
      return { condition, provenance };
    },
    retractDiagnosis: async (conditionRef) => {
      if (!context.patientId || !context.fhirUser) {
        throw new Error('Retracting needs a patient and a signed-in user');
      }
      type FhirclientResource = Parameters<Client['update']>[0];
      const current = await client.request<Condition>(conditionRef);
      if (current.subject?.reference !== `Patient/${context.patientId}`) {
        throw new Error('That record is not this patient’s: nothing was changed');
      }
      const now = new Date().toISOString();
      await client.update(buildRetraction(current, now) as unknown as FhirclientResource);
      await client.create(buildRetractionProvenance({ conditionRef, patientId: context.patientId, fhirUser: context.fhirUser, now }) as unknown as FhirclientResource);
    },
  };
}

function readStoredPatientId(): string | undefined {
  try {
    const rawKey = window.sessionStorage.getItem(SMART_KEY);
    const key: unknown = rawKey ? JSON.parse(rawKey) : undefined;
    if (typeof key !== 'string') {
      return undefined;
    }
    const rawState = window.sessionStorage.getItem(key);
    const state: unknown = rawState ? JSON.parse(rawState) : undefined;
    const patient = (state as { tokenResponse?: { patient?: unknown } } | undefined)?.tokenResponse?.patient;
    return typeof patient === 'string' ? patient : undefined;
  } catch {
    return undefined;
  }
}
