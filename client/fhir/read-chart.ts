/**
 * Reads what the differential needs from the FHIR server, one resource type at a time, with page
 * limits and per-type error capture: every type reports ok, partial (more existed than was read,
 * or malformed entries were skipped) or failed, so the app can say what it could not load instead
 * of silently dropping it.
 */
import type { Bundle, Resource } from '@medplum/fhirtypes';

/** Fetches one URL (relative to the FHIR base, or an absolute `next` link) and returns the JSON. */
export type FhirGet = (url: string, signal?: AbortSignal) => Promise<unknown>;

/** The outcome of reading one resource type. */
export interface ResourceRead {
  readonly label: string;
  readonly resourceType: string;
  readonly status: 'loading' | 'ok' | 'partial' | 'failed';
  readonly count: number;
  /** What was not read, in words, for partial and failed reads. */
  readonly detail?: string;
}

/** Everything read, with how each read went. */
export interface ChartRead {
  readonly resources: Resource[];
  readonly reads: ResourceRead[];
}

/** One planned read. */
export interface ReadPlan {
  readonly label: string;
  readonly resourceType: string;
  readonly url: string;
  readonly maxPages: number;
}

/**
 * The reads for a patient, most recent first where dates matter.
 * @param patientId - patient in context
 * @param encounterId - encounter in context, when the EHR sent one
 * @returns the plan
 */
export function planChartReads(patientId: string, encounterId?: string): ReadPlan[] {
  const p = encodeURIComponent(patientId);
  // `subject=Patient/<id>` (R4 standard) rather than `patient=<id>`: same result, and the sandbox
  // evaluates `patient` through resolve(), which is about 10x slower there.
  const s = `subject=Patient/${p}`;
  return [
    { label: 'Patient', resourceType: 'Patient', url: `Patient/${p}`, maxPages: 1 },
    encounterId
      ? { label: 'Encounter', resourceType: 'Encounter', url: `Encounter/${encodeURIComponent(encounterId)}`, maxPages: 1 }
      : { label: 'Encounters', resourceType: 'Encounter', url: `Encounter?${s}&_sort=-date&_count=5`, maxPages: 1 },
    { label: 'Conditions', resourceType: 'Condition', url: `Condition?${s}&_count=200`, maxPages: 3 },
    { label: 'Observations (vitals, labs)', resourceType: 'Observation', url: `Observation?${s}&_sort=-date&_count=250`, maxPages: 2 },
    { label: 'Medication requests', resourceType: 'MedicationRequest', url: `MedicationRequest?${s}&_count=200`, maxPages: 2 },
    { label: 'Medication statements', resourceType: 'MedicationStatement', url: `MedicationStatement?${s}&_count=100`, maxPages: 1 },
    { label: 'Allergies', resourceType: 'AllergyIntolerance', url: `AllergyIntolerance?patient=${p}&_count=100`, maxPages: 1 },
  ];
}

function messageOf(error: unknown): string {
  const e = error as { status?: number; statusCode?: number; message?: string; name?: string };
  const status = e?.status ?? e?.statusCode;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return 'the FHIR server did not answer in time';
  }
  return status ? `the FHIR server answered ${status}` : (e?.message ?? 'unknown error');
}

/**
 * Runs one planned read.
 * @param get - the fetch function
 * @param plan - what to read
 * @param signal - abort signal
 * @returns the resources and how the read went
 */
export async function runRead(get: FhirGet, plan: ReadPlan, signal?: AbortSignal): Promise<{ resources: Resource[]; read: ResourceRead }> {
  const resources: Resource[] = [];
  let skipped = 0;
  let url: string | undefined = plan.url;
  let pages = 0;
  try {
    while (url && pages < plan.maxPages) {
      const body = (await get(url, signal)) as Resource | undefined;
      pages += 1;
      if (body?.resourceType === plan.resourceType) {
        resources.push(body);
        url = undefined;
        break;
      }
      if (body?.resourceType !== 'Bundle') {
        throw new Error('the FHIR server returned something that is not a Bundle');
      }
      const bundle = body as Bundle;
      for (const entry of bundle.entry ?? []) {
        if (entry.search?.mode === 'outcome' || entry.resource?.resourceType === 'OperationOutcome') {
          continue;
        }
        if (entry.resource?.resourceType === plan.resourceType && typeof entry.resource.id === 'string') {
          resources.push(entry.resource);
        } else {
          skipped += 1;
        }
      }
      url = bundle.link?.find((l) => l.relation === 'next')?.url;
    }
  } catch (error) {
    const detail = `${resources.length ? `read ${resources.length}, then ` : ''}${messageOf(error)}`;
    return { resources, read: { label: plan.label, resourceType: plan.resourceType, status: 'failed', count: resources.length, detail } };
  }
  const notes = [url ? `only the ${resources.length} most recent were read; older ones were not used` : '', skipped ? `${skipped} malformed entries skipped` : ''].filter(Boolean);
  return {
    resources,
    read: { label: plan.label, resourceType: plan.resourceType, status: notes.length ? 'partial' : 'ok', count: resources.length, ...(notes.length ? { detail: notes.join('; ') } : {}) },
  };
}

/**
 * Reads the chart, all types in parallel, reporting progress as each type settles.
 * @param get - the fetch function (fhirclient's `request` in the app)
 * @param plans - from {@link planChartReads}
 * @param onProgress - called with the reads so far
 * @param signal - abort signal
 * @returns resources and reads
 */
export async function readChart(get: FhirGet, plans: readonly ReadPlan[], onProgress?: (reads: ResourceRead[]) => void, signal?: AbortSignal): Promise<ChartRead> {
  const reads: ResourceRead[] = plans.map((p) => ({ label: p.label, resourceType: p.resourceType, status: 'loading', count: 0 }));
  onProgress?.([...reads]);
  const results = await Promise.all(
    plans.map(async (plan, i) => {
      const result = await runRead(get, plan, signal);
      reads[i] = result.read;
      onProgress?.([...reads]);
      return result.resources;
    }),
  );
  const seen = new Set<string>();
  const resources = results.flat().filter((r) => {
    const key = `${r.resourceType}/${r.id}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { resources, reads };
}
