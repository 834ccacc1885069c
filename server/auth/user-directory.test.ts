import { describe, expect, test } from 'vitest';
import { loadConfig } from '../config';
import { createUserDirectory } from './user-directory';

const base = { SANDBOX: 'false', FHIR_SERVER_ALLOWLIST: 'https://ehr-a.example.org/fhir,https://ehr-b.example.org/fhir', PSEUDONYM_SECRET: 'a-secret-of-sixteen+' };

describe('user directory outside the sandbox', () => {
  test('everyone is a clinician unless QUALITY_REVIEWERS names them', () => {
    const directory = createUserDirectory(loadConfig({ ...base }));
    expect(directory.get('Practitioner/1', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
  });

  test('a reviewer may be named on any server, or on one server only', () => {
    const directory = createUserDirectory(loadConfig({ ...base, QUALITY_REVIEWERS: 'Practitioner/qa-1, https://ehr-b.example.org/fhir/|Practitioner/qa-2' }));
    expect(directory.get('https://ehr-a.example.org/fhir/Practitioner/qa-1', 'https://ehr-a.example.org/fhir').role).toBe('quality-reviewer');
    expect(directory.get('Practitioner/qa-1', 'https://ehr-b.example.org/fhir').role).toBe('quality-reviewer');
    expect(directory.get('Practitioner/qa-2', 'https://ehr-b.example.org/fhir').role).toBe('quality-reviewer');
    // The same id on another EHR is another person.
    expect(directory.get('Practitioner/qa-2', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
    expect(directory.get('Practitioner/qa-2').role).toBe('clinician');
    expect(directory.get('Practitioner/qa-10', 'https://ehr-b.example.org/fhir').role).toBe('clinician');
  });
});
