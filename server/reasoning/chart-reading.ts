/**
 * Small, total helpers for reading FHIR resources from an untrusted chart: they never throw on
 * malformed input, they return undefined instead.
 */
import type { CodeableConcept, Coding, Observation, Quantity } from '@medplum/fhirtypes';

export type AnyResource = { resourceType: string; id?: string } & Record<string, unknown>;

/**
 * Flattens a Bundle or an array of resources into valid-looking resources; the rest is reported.
 * `fullUrls` maps each entry's `fullUrl` (e.g. `urn:uuid:…`, or an absolute URL) to `Type/id`, so that
 * references inside the Bundle resolve whatever form they take.
 */
export function flattenResources(input: unknown): { resources: AnyResource[]; malformed: string[]; fullUrls: Map<string, string> } {
  const resources: AnyResource[] = [];
  const malformed: string[] = [];
  const fullUrls = new Map<string, string>();
  const visit = (item: unknown, where: string, fullUrl?: unknown): void => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      malformed.push(`${where}: not a FHIR resource`);
      return;
    }
    const r = item as AnyResource;
    if (typeof r.resourceType !== 'string') {
      malformed.push(`${where}: missing resourceType`);
      return;
    }
    if (r.resourceType === 'Bundle') {
      const entries = Array.isArray(r.entry) ? (r.entry as unknown[]) : [];
      entries.forEach((e, i) => visit((e as { resource?: unknown } | null)?.resource, `${where}.entry[${i}]`, (e as { fullUrl?: unknown } | null)?.fullUrl));
      return;
    }
    if (typeof fullUrl === 'string' && typeof r.id === 'string' && r.id) {
      fullUrls.set(fullUrl, `${r.resourceType}/${r.id}`);
    }
    resources.push(r);
  };
  if (Array.isArray(input)) {
    input.forEach((item, i) => visit(item, `[${i}]`));
  } else {
    visit(input, 'input');
  }
  return { resources, malformed, fullUrls };
}

/**
 * A reference in the form `Type/id`, whatever form it was written in: relative (`Patient/1`), absolute
 * (`https://ehr/fhir/Patient/1`), versioned (`Patient/1/_history/3`), or a Bundle-internal `urn:uuid:` /
 * full URL resolved through the Bundle's `fullUrl`s. Undefined when it cannot be resolved.
 */
export function normaliseReference(reference: unknown, fullUrls?: ReadonlyMap<string, string>): string | undefined {
  if (typeof reference !== 'string' || reference.length === 0 || reference.length > 2048) {
    return undefined;
  }
  const viaBundle = fullUrls?.get(reference);
  if (viaBundle) {
    return viaBundle;
  }
  const m = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/** `ResourceType/id`, or a placeholder naming the position when the id is missing. */
export function referenceOf(r: AnyResource, position: number): string {
  return typeof r.id === 'string' && r.id ? `${r.resourceType}/${r.id}` : `${r.resourceType}/#${position}`;
}

export function codingsOf(cc: unknown): Coding[] {
  if (!cc || typeof cc !== 'object') {
    return [];
  }
  const codings = (cc as CodeableConcept).coding;
  return Array.isArray(codings) ? codings.filter((c): c is Coding => !!c && typeof c === 'object' && typeof c.code === 'string') : [];
}

export function textOf(cc: unknown): string | undefined {
  if (!cc || typeof cc !== 'object') {
    return undefined;
  }
  const c = cc as CodeableConcept;
  return c.text ?? codingsOf(c).find((x) => x.display)?.display;
}

export function firstCode(cc: unknown, system?: string): string | undefined {
  return codingsOf(cc).find((c) => !system || c.system === system)?.code;
}

/** A date string if parseable, else undefined. */
export function validDate(value: unknown): string | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

export function observationDate(o: Observation): string | undefined {
  return validDate(o.effectiveDateTime) ?? validDate(o.effectivePeriod?.start) ?? validDate(o.effectiveInstant) ?? validDate(o.issued);
}

export function isQuantity(q: unknown): q is Quantity & { value: number } {
  return !!q && typeof q === 'object' && typeof (q as Quantity).value === 'number' && Number.isFinite((q as Quantity).value);
}

/** The unit of a Quantity, preferring the UCUM code. */
export function unitOf(q: Quantity): string | undefined {
  return q.code ?? q.unit;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
