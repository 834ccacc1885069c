/**
 * Physiological plausibility limits: values outside them are data-entry or unit errors (a heart rate
 * of 900), and are reported and ignored rather than reasoned with. These are sanity limits, not
 * clinical thresholds; they are deliberately wide.
 */
import { convertUnit } from './ucum';

interface Limit {
  unit: string;
  min: number;
  max: number;
  name: string;
}

const LIMITS: Record<string, Limit> = {
  '8867-4': { unit: '/min', min: 10, max: 350, name: 'heart rate' },
  '9279-1': { unit: '/min', min: 2, max: 90, name: 'respiratory rate' },
  '8310-5': { unit: 'Cel', min: 24, max: 46, name: 'body temperature' },
  '59408-5': { unit: '%', min: 20, max: 100, name: 'oxygen saturation' },
  '2708-6': { unit: '%', min: 20, max: 100, name: 'oxygen saturation' },
  '8480-6': { unit: 'mm[Hg]', min: 30, max: 320, name: 'systolic blood pressure' },
  '8462-4': { unit: 'mm[Hg]', min: 10, max: 220, name: 'diastolic blood pressure' },
  '2823-3': { unit: 'mmol/L', min: 0.5, max: 15, name: 'potassium' },
  '2951-2': { unit: 'mmol/L', min: 80, max: 200, name: 'sodium' },
  '2345-7': { unit: 'mmol/L', min: 0.3, max: 150, name: 'glucose' },
  '718-7': { unit: 'g/dL', min: 1, max: 25, name: 'haemoglobin' },
};

/**
 * @param loinc - LOINC code of the measurement
 * @param value - the value
 * @param unit - its UCUM unit
 * @returns ok, or the reason the value is implausible
 */
export function isPlausible(loinc: string, value: number, unit: string | undefined): { ok: true } | { ok: false; reason: string } {
  if (value < 0) {
    return { ok: false, reason: `negative value ${value} is impossible` };
  }
  const limit = LIMITS[loinc];
  if (!limit || !unit) {
    return { ok: true };
  }
  const v = convertUnit(value, unit, limit.unit, loinc);
  if (v === undefined) {
    return { ok: true };
  }
  if (v < limit.min || v > limit.max) {
    return { ok: false, reason: `${limit.name} of ${value} ${unit} is outside physiological limits (${limit.min}–${limit.max} ${limit.unit}); ignored as a probable entry or unit error` };
  }
  return { ok: true };
}
