import { describe, expect, test } from 'vitest';
import { allowlistEntryProblem, compileAllowlist } from './fhir-allowlist';

describe('FHIR server allowlist', () => {
  test('exact entries match with or without a trailing slash, and nothing else', () => {
    const list = compileAllowlist(['https://ehr.example.org/fhir/r4/']);
    expect(list.allows('https://ehr.example.org/fhir/r4')).toBe(true);
    expect(list.allows('https://ehr.example.org/fhir/r4/')).toBe(true);
    expect(list.allows('https://ehr.example.org/fhir/r4/extra')).toBe(false);
    expect(list.allows('https://ehr.example.org/fhir')).toBe(false);
    expect(list.allows('http://ehr.example.org/fhir/r4')).toBe(false);
  });

  test('a * stands for exactly one whole path segment (per-configuration launcher issuers)', () => {
    const list = compileAllowlist(['https://launch.smarthealthit.org/v/r4/sim/*/fhir']);
    expect(list.allows('https://launch.smarthealthit.org/v/r4/sim/eyJoIjoiMSJ9/fhir')).toBe(true);
    expect(list.allows('https://launch.smarthealthit.org/v/r4/sim/a/b/fhir')).toBe(false);
    expect(list.allows('https://launch.smarthealthit.org/v/r4/sim//fhir')).toBe(false);
    expect(list.allows('https://launch.smarthealthit.org/v/r4/sim/x/fhir/Patient')).toBe(false);
    expect(list.allows('https://launch.smarthealthit.org.evil.example/v/r4/sim/x/fhir')).toBe(false);
    // Regular-expression characters in the entry are literal.
    expect(compileAllowlist(['https://ehr.example.org/fhir.r4/*']).allows('https://ehrXexample.org/fhirXr4/t1')).toBe(false);
  });

  test('refuses entries that could trust another host or are not URLs', () => {
    expect(allowlistEntryProblem('https://*.example.org/fhir')).toMatch(/host/);
    expect(allowlistEntryProblem('https://ehr.example.org/fhir-*')).toMatch(/whole segment/);
    expect(allowlistEntryProblem('ftp://ehr.example.org/fhir')).toMatch(/http/);
    expect(allowlistEntryProblem('not a url')).toMatch(/not a URL/);
    expect(allowlistEntryProblem('https://ehr.example.org/fhir?tenant=*')).toBeDefined();
    expect(allowlistEntryProblem('https://launch.smarthealthit.org/v/r4/sim/*/fhir')).toBeUndefined();
    expect(allowlistEntryProblem('https://ehr.example.org/fhir')).toBeUndefined();
  });
});
