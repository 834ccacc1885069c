/**
 * Loads fixture Bundles into the sandbox repository, all or nothing: any file that is not JSON,
 * not a Bundle, or holds a resource that fails validation stops start-up with an error naming
 * the file and the entry. References to an entry's `fullUrl` (e.g. `urn:uuid:…`) are rewritten
 * to `Type/id` so that searches by reference work. A `Type/id` defined twice (in one file or
 * across files, patients or practitioners) is an error too.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { readClinicalStory } from '../../fixtures/read-fixtures';
import { join } from 'node:path';
import { normalizeErrorString, validateResource } from '@medplum/core';
import type { Bundle, Encounter, Patient, Resource } from '@medplum/fhirtypes';
import type { MemoryRepository } from '@medplum/fhir-router';
import { z } from 'zod';


/** Raised when a fixture cannot be loaded; the message names the file and the entry. */
export class FixtureError extends Error {
  /**
   * @param file - the fixture file path
   * @param detail - what is wrong, with the entry index and reference when known
   */
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`Sandbox fixture ${file}: ${detail}`);
    this.name = 'FixtureError';
  }
}

/** A patient as listed on the launch page. */
export interface PatientSummary {
  readonly id: string;
  readonly patient: Patient;
  /** The Bundle's clinical story summary, when present. */
  readonly story?: string;
  /** Ids of the patient's in-progress encounters (the first is the launch default). */
  readonly inProgressEncounterIds: readonly string[];
  /** Ids of all the patient's encounters. */
  readonly encounterIds: readonly string[];
}

const BundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  entry: z
    .array(
      z.object({
        fullUrl: z.string().optional(),
        resource: z.looseObject({ resourceType: z.string().min(1), id: z.string().optional() }),
      }),
    )
    .default([]),
});

/**
 * Reads and validates one fixture Bundle without loading it.
 * @param file - path of the JSON file
 * @returns the bundle with ids assigned and references resolved
 * @throws FixtureError naming the file and entry
 */
export function readFixtureBundle(file: string): Bundle {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new FixtureError(file, `is not valid JSON (${(err as Error).message})`);
  }
  const parsed = BundleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FixtureError(file, `is not a Bundle of resources (at ${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  const bundle = json as Bundle;
  const references = new Map<string, string>();
  (bundle.entry ?? []).forEach((entry, index) => {
    const resource = entry.resource as Resource;
    if (!resource.id) {
      const uuid = /^urn:uuid:([A-Za-z0-9-.]{1,64})$/.exec(entry.fullUrl ?? '')?.[1];
      if (!uuid) {
        throw new FixtureError(file, `entry ${index} (${resource.resourceType}) has no id and no urn:uuid fullUrl`);
      }
      resource.id = uuid;
    }
    if (entry.fullUrl) {
      references.set(entry.fullUrl, `${resource.resourceType}/${resource.id}`);
    }
  });
  rewriteReferences(bundle, references);
  return bundle;
}

/** Replaces `reference` values that point at a Bundle entry's fullUrl with `Type/id`. */
function rewriteReferences(node: unknown, references: ReadonlyMap<string, string>): void {
  if (Array.isArray(node)) {
    node.forEach((child) => rewriteReferences(child, references));
  } else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'reference' && typeof value === 'string' && references.has(value)) {
        record[key] = references.get(value);
      } else {
        rewriteReferences(value, references);
      }
    }
  }
}

/**
 * Validates every entry of a bundle and stores it in the repository under its own id.
 * @param file - file name for error messages
 * @param bundle - a bundle from readFixtureBundle
 * @param repo - the sandbox repository
 * @param seen - `Type/id` → file, to detect conflicting duplicates across files
 * @throws FixtureError naming the file and entry
 */
export async function storeFixtureBundle(file: string, bundle: Bundle, repo: MemoryRepository, seen: Map<string, string>): Promise<void> {
  const entries = bundle.entry ?? [];
  for (let index = 0; index < entries.length; index++) {
    const resource = entries[index].resource as Resource;
    const ref = `${resource.resourceType}/${resource.id}`;
    try {
      const errors = validateResource(resource).filter((i) => i.severity === 'error' || i.severity === 'fatal');
      if (errors.length > 0) {
        throw new Error(errors.map((i) => `${i.expression?.join(',') ?? ''} ${i.details?.text ?? ''}`.trim()).join('; '));
      }
    } catch (err) {
      throw new FixtureError(file, `entry ${index} (${ref}) is not a valid FHIR R4 resource: ${normalizeErrorString(err)}`);
    }
    const previous = seen.get(ref);
    if (previous && previous !== file) {
      throw new FixtureError(file, `entry ${index} (${ref}) is already defined in ${previous}`);
    }
    if (previous === file) {
      throw new FixtureError(file, `entry ${index} (${ref}) appears twice in the file`);
    }
    seen.set(ref, file);
    await repo.updateResource(resource);
  }
}

/** The clinical story summary from `Bundle.meta.extension`, when the Bundle tells one. */
function storySummary(bundle: Bundle): string | undefined {
  try {
    return readClinicalStory(bundle).summary || undefined;
  } catch {
    return undefined;
  }
}

/** Builds the launch-page summaries of the patients in one bundle. */
function summarizeBundle(bundle: Bundle): PatientSummary[] {
  const resources = (bundle.entry ?? []).map((e) => e.resource as Resource);
  const encounters = resources.filter((r): r is Encounter => r.resourceType === 'Encounter');
  return resources
    .filter((r): r is Patient => r.resourceType === 'Patient')
    .map((patient) => {
      const own = encounters.filter((e) => e.subject?.reference === `Patient/${patient.id}`);
      return {
        id: patient.id as string,
        patient,
        story: storySummary(bundle),
        inProgressEncounterIds: own.filter((e) => e.status === 'in-progress').map((e) => e.id as string),
        encounterIds: own.map((e) => e.id as string),
      };
    });
}

/**
 * Loads every `*.json` Bundle in `<fixturesDir>/patients` (sorted by name) into the repository.
 * @param fixturesDir - the fixtures root
 * @param repo - the sandbox repository
 * @param seen - shared duplicate detector (`Type/id` → file)
 * @returns the patients found, in file order
 * @throws FixtureError on the first bad file or entry
 */
export async function loadPatientFixtures(fixturesDir: string, repo: MemoryRepository, seen: Map<string, string>): Promise<PatientSummary[]> {
  const dir = join(fixturesDir, 'patients');
  if (!existsSync(dir)) {
    return [];
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const bundles = files.map((f) => ({ file: join(dir, f), bundle: readFixtureBundle(join(dir, f)) }));
  const summaries: PatientSummary[] = [];
  for (const { file, bundle } of bundles) {
    await storeFixtureBundle(file, bundle, repo, seen);
    summaries.push(...summarizeBundle(bundle));
  }
  return summaries;
}
