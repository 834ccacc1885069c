/**
 * Roles and preferences of users, by `fhirUser`. In sandbox mode they come from
 * fixtures/smart/users.json; elsewhere every user is a clinician with clinician-first off until a
 * site directory exists (the quality role must then be granted by configuration).
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
  get(fhirUser: string): DirectoryUser;
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
  return {
    get(fhirUser) {
      const bare = fhirUser.replace(/^.*\/(Practitioner\/[^/]+)$/, '$1');
      return users.get(bare) ?? { role: 'clinician', clinicianFirst: false };
    },
  };
}
