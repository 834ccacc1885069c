import { describe, expect, test } from 'vitest';
import { parseLaunchRequest } from './launch-params';

const ISS = 'http://127.0.0.1:8080/sandbox/fhir';

describe('parseLaunchRequest', () => {
  test('is an EHR launch when `iss` and `launch` are present', () => {
    expect(parseLaunchRequest(`?iss=${encodeURIComponent(ISS)}&launch=abc`)).toEqual({ ok: true, kind: 'ehr', iss: ISS });
  });

  test('is a standalone launch when only `iss` is present', () => {
    expect(parseLaunchRequest(`?iss=${encodeURIComponent(ISS)}`)).toEqual({ ok: true, kind: 'standalone', iss: ISS });
  });

  test('is a quality-review launch with `review=1` and no `launch`', () => {
    expect(parseLaunchRequest(`?iss=${encodeURIComponent(ISS)}&review=1`)).toEqual({ ok: true, kind: 'review', iss: ISS });
    expect(parseLaunchRequest(`?iss=${encodeURIComponent(ISS)}&launch=abc&review=1`)).toMatchObject({ kind: 'ehr' });
  });

  test('treats an empty `launch` as standalone', () => {
    expect(parseLaunchRequest(`?iss=${encodeURIComponent(ISS)}&launch=`)).toMatchObject({ ok: true, kind: 'standalone' });
  });

  test.each([[''], ['?launch=abc'], ['?iss='], ['?iss=%20']])('reports a missing `iss` for %j', (search) => {
    expect(parseLaunchRequest(search)).toEqual({ ok: false, reason: 'missing-iss' });
  });

  test.each([['?iss=javascript:alert(1)'], ['?iss=not-a-url'], ['?iss=ftp://example.org/fhir']])('rejects a non-http `iss` in %j', (search) => {
    expect(parseLaunchRequest(search)).toEqual({ ok: false, reason: 'invalid-iss' });
  });
});
