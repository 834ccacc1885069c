import { describe, expect, test } from 'vitest';
import { loadConfig } from '../config';
import { createUserDirectory } from './user-directory';

const base = { SANDBOX: 'false', FHIR_SERVER_ALLOWLIST: 'https://ehr-a.example.org/fhir,https://ehr-b.example.org/fhir', PSEUDONYM_SECRET: 'a-secret-of-sixteen+' };

describe('user directory outside the sandbox', () => {
  test('everyone is a clinician unless QUALITY_REVIEWERS names them', () => {
    const directory = createUserDirectory(loadConfig({ ...base }));
    expect(directory.get('Practitioner/1', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
  });

  test('the sandbox users grant nothing outside the sandbox (the same ids on a real EHR are ordinary clinicians)', () => {
    const directory = createUserDirectory(loadConfig({ ...base }));
    expect(directory.get('Practitioner/sandbox-quality-1', 'https://ehr-a.example.org/fhir')).toEqual({ role: 'clinician', clinicianFirst: false });
    expect(directory.get('Practitioner/sandbox-clinician-1', 'https://ehr-a.example.org/fhir')).toEqual({ role: 'clinician', clinicianFirst: false });
  });

  test('a named reviewer outside the sandbox has clinician-first off; trailing slashes on the caller\'s server do not matter', () => {
    const directory = createUserDirectory(loadConfig({ ...base, QUALITY_REVIEWERS: 'https://ehr-b.example.org/fhir|Practitioner/qa-2' }));
    expect(directory.get('Practitioner/qa-2', 'https://ehr-b.example.org/fhir')).toEqual({ role: 'quality-reviewer', clinicianFirst: false });
    expect(directory.get('Practitioner/qa-2', 'https://ehr-b.example.org/fhir//')).toEqual({ role: 'quality-reviewer', clinicianFirst: false });
  });

  test('only a whole URL ending in a type and id is shortened: with anything after the id, or a line break, the value is compared whole', () => {
    const directory = createUserDirectory(
      loadConfig({ ...base, QUALITY_REVIEWERS: 'https://ehr-a.example.org/fhir/Practitioner/qa-1/_history/1, x\nhttps://ehr-a.example.org/fhir/Practitioner/qa-3' }),
    );
    expect(directory.get('https://ehr-a.example.org/fhir/Practitioner/qa-1/_history/1', 'https://ehr-a.example.org/fhir').role).toBe('quality-reviewer');
    // The same tail under another server, or relative, is not that reviewer.
    expect(directory.get('https://other.example.org/fhir/Practitioner/qa-1/_history/1', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
    expect(directory.get('Practitioner/qa-1/_history/1', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
    expect(directory.get('x\nhttps://ehr-a.example.org/fhir/Practitioner/qa-3', 'https://ehr-a.example.org/fhir').role).toBe('quality-reviewer');
    expect(directory.get('x\nhttps://other.example.org/fhir/Practitioner/qa-3', 'https://ehr-a.example.org/fhir').role).toBe('clinician');
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

describe('user directory in the sandbox', () => {
  test('roles and clinician-first preferences come from the sandbox users, by relative or absolute reference', () => {
    const directory = createUserDirectory(loadConfig({ SANDBOX: 'true' }));
    expect(directory.get('Practitioner/sandbox-clinician-1')).toEqual({ role: 'clinician', clinicianFirst: true });
    expect(directory.get('http://localhost:3000/sandbox/fhir/Practitioner/sandbox-clinician-2')).toEqual({ role: 'clinician', clinicianFirst: false });
    expect(directory.get('Practitioner/sandbox-quality-1')).toEqual({ role: 'quality-reviewer', clinicianFirst: false });
    expect(directory.get('Practitioner/someone-else')).toEqual({ role: 'clinician', clinicianFirst: false });
    // Only a resource reference at the end of the URL is stripped to its type and id.
    expect(directory.get('Practitioner/sandbox-clinician-1/extra').clinicianFirst).toBe(false);
  });

  test('a named reviewer keeps their clinician-first preference; a trailing slash on the server does not matter', () => {
    const directory = createUserDirectory(loadConfig({ SANDBOX: 'true', QUALITY_REVIEWERS: 'https://ehr-b.example.org/fhir//|Practitioner/sandbox-clinician-1' }));
    expect(directory.get('Practitioner/sandbox-clinician-1', 'https://ehr-b.example.org/fhir/')).toEqual({ role: 'quality-reviewer', clinicianFirst: true });
    expect(directory.get('Practitioner/sandbox-clinician-1', 'https://ehr-a.example.org/fhir')).toEqual({ role: 'clinician', clinicianFirst: true });
  });
});

