import { describe, expect, test } from 'vitest';
import { checkPatientContext } from './check-patient-context';

describe('checkPatientContext', () => {
  test('passes when the shown, launch and stored patient are the same', () => {
    expect(checkPatientContext({ shownPatientId: 'p1', contextPatientId: 'p1', storedPatientId: 'p1' })).toEqual({ ok: true });
  });

  test('fails when the launch has no patient', () => {
    expect(checkPatientContext({ shownPatientId: 'p1', contextPatientId: undefined, storedPatientId: 'p1' })).toEqual({
      ok: false,
      reason: 'no-patient-in-context',
    });
  });

  test('fails when the patient about to be shown is not the launch patient', () => {
    expect(checkPatientContext({ shownPatientId: 'p2', contextPatientId: 'p1', storedPatientId: 'p1' })).toEqual({
      ok: false,
      reason: 'shown-differs-from-context',
    });
  });

  test('fails when another launch replaced this tab’s stored launch, or it was cleared', () => {
    expect(checkPatientContext({ shownPatientId: 'p1', contextPatientId: 'p1', storedPatientId: 'p2' })).toEqual({ ok: false, reason: 'launch-replaced' });
    expect(checkPatientContext({ shownPatientId: 'p1', contextPatientId: 'p1', storedPatientId: undefined })).toEqual({
      ok: false,
      reason: 'launch-replaced',
    });
  });
});
