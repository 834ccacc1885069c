/**
 * Roles and preferences of users, by `fhirUser`. In sandbox mode they come from
 * fixtures/smart/users.json; elsewhere every user is a clinician with clinician-first off, except the
 * quality reviewers named in QUALITY_REVIEWERS (a `fhirUser` allowlist, optionally per FHIR server).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../config';

const UsersSchema = z.object({
  users: z.array(z.object({ practitionerId: z.string(), role: z.enum(['clinician', 'quality-reviewer']), clinicianFirst: z.boolean() })),
});

export interface DirectoryUser {
  readonly role: 'clinician' | 'quality-reviewer';
  readonly clinicianFirst: boolean;
}

export interface UserDirectory {
  /**
   * @param fhirUser - the verified `fhirUser` (relative or absolute reference)
   * @param fhirServer - the FHIR server the user signed in to (for per-server reviewer entries)
   */
  get(fhirUser: string, fhirServer?: string): DirectoryUser;
}

/** `Practitioner/123` from a relative or absolute reference. */
function bareReference(fhirUser: string): string {
  return fhirUser.replace(/^.*\/((?:Practitioner|PractitionerRole|Person|RelatedPerson|Patient)\/[^/]+)$/, '$1');
}

/**
 * @param config - sandbox flag and fixtures folder
 * @returns the directory
 */
export function createUserDirectory(config: Config): UserDirectory {
  const users = new Map<string, DirectoryUser>();
  if (config.sandbox) {
    const parsed = UsersSchema.parse(JSON.parse(readFileSync(join(config.fixturesDir, 'smart', 'users.json'), 'utf8')));
    parsed.users.forEach((u) => users.set(`Practitioner/${u.practitionerId}`, { role: u.role, clinicianFirst: u.clinicianFirst }));
  }
  const reviewers = config.qualityReviewers.map((entry) => {
    const bar = entry.lastIndexOf('|');
    return bar > 0 ? { server: entry.slice(0, bar).replace(/\/+$/, ''), user: bareReference(entry.slice(bar + 1)) } : { server: undefined, user: bareReference(entry) };
  });
  return {
    get(fhirUser, fhirServer) {
      const bare = bareReference(fhirUser);
      const known = users.get(bare);
      const server = fhirServer?.replace(/\/+$/, '');
      const reviewer = reviewers.some((r) => r.user === bare && (r.server === undefined || r.server === server));
      return reviewer ? { role: 'quality-reviewer', clinicianFirst: known?.clinicianFirst ?? false } : (known ?? { role: 'clinician', clinicianFirst: false });
    },
  };
}
