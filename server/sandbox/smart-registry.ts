/**
 * The sandbox's SMART registry, loaded from `<fixturesDir>/smart/`: registered OAuth clients
 * (clients.json), EHR users (users.json) and their Practitioner resources (practitioners.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHumanName } from '@medplum/core';
import type { MemoryRepository } from '@medplum/fhir-router';
import type { Practitioner } from '@medplum/fhirtypes';
import { z } from 'zod';
import { FixtureError, readFixtureBundle, storeFixtureBundle } from './load-fixtures';

const ClientsFileSchema = z.object({
  clients: z.array(
    z.object({
      clientId: z.string().min(1),
      name: z.string().min(1),
      type: z.literal('public'),
      redirectPaths: z.array(z.string().startsWith('/')).min(1),
      usesConfiguredClientId: z.boolean().default(false),
    }),
  ),
});

const UsersFileSchema = z.object({
  users: z.array(
    z.object({
      practitionerId: z.string().min(1),
      role: z.enum(['clinician', 'quality-reviewer']),
      clinicianFirst: z.boolean(),
    }),
  ),
});

/** A registered OAuth client with absolute redirect URIs. */
export interface RegisteredClient {
  readonly clientId: string;
  readonly name: string;
  readonly type: 'public';
  /** Absolute redirect URIs; `redirect_uri` must equal one of them exactly. */
  readonly redirectUris: readonly string[];
}

/** A sandbox EHR user. */
export interface SandboxUser {
  readonly practitionerId: string;
  readonly role: 'clinician' | 'quality-reviewer';
  /** Preference: see one's own assessment before the AI differential. */
  readonly clinicianFirst: boolean;
  readonly displayName: string;
  readonly practitioner: Practitioner;
}

/** Clients and users known to the sandbox. */
export interface SmartRegistry {
  readonly clients: ReadonlyMap<string, RegisteredClient>;
  readonly users: ReadonlyMap<string, SandboxUser>;
}

function readJsonFile<T>(file: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new FixtureError(file, `cannot be read as JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FixtureError(file, `is invalid at ${issue.path.join('.') || 'root'}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Loads clients, users and practitioners, storing the Practitioners in the repository.
 * @param fixturesDir - fixtures root (the files live in `smart/`)
 * @param publicBaseUrl - base for the clients' relative redirect paths
 * @param smartClientId - configured client id of the SMART app
 * @param repo - the sandbox repository
 * @param seen - shared duplicate detector (`Type/id` → file)
 * @returns the registry
 * @throws FixtureError when a file is missing or invalid, or a user has no Practitioner
 */
export async function loadSmartRegistry(
  fixturesDir: string,
  publicBaseUrl: string,
  smartClientId: string,
  repo: MemoryRepository,
  seen: Map<string, string>,
): Promise<SmartRegistry> {
  const clientsFile = join(fixturesDir, 'smart', 'clients.json');
  const clients = new Map<string, RegisteredClient>();
  for (const c of readJsonFile(clientsFile, ClientsFileSchema).clients) {
    const clientId = c.usesConfiguredClientId ? smartClientId : c.clientId;
    const redirectUris = c.redirectPaths.map((p) => `${publicBaseUrl.replace(/\/$/, '')}${p}`);
    clients.set(clientId, { clientId, name: c.name, type: c.type, redirectUris });
  }

  const practitionersFile = join(fixturesDir, 'smart', 'practitioners.json');
  const bundle = readFixtureBundle(practitionersFile);
  await storeFixtureBundle(practitionersFile, bundle, repo, seen);
  const practitioners = new Map(
    (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Practitioner').map((e) => [e.resource?.id, e.resource as Practitioner]),
  );

  const usersFile = join(fixturesDir, 'smart', 'users.json');
  const users = new Map<string, SandboxUser>();
  for (const u of readJsonFile(usersFile, UsersFileSchema).users) {
    const practitioner = practitioners.get(u.practitionerId);
    if (!practitioner) {
      throw new FixtureError(usersFile, `user ${u.practitionerId} has no Practitioner in ${practitionersFile}`);
    }
    const displayName = formatHumanName(practitioner.name?.[0], { prefix: true }) || u.practitionerId;
    users.set(u.practitionerId, { ...u, displayName, practitioner });
  }
  return { clients, users };
}
