/**
 * Physiological plausibility limits: values outside them are data-entry or unit errors (a heart rate
 * of 900), and are reported and ignored rather than reasoned with. These are sanity limits, not
 * clinical thresholds; they are deliberately wide — a limit that rejects a real value is worse than
 * none. Lab limits are per analyte (analytes.ts), so every LOINC code of an analyte is checked.
 */
import { analyteOfLoinc } from './analytes';
import { convertUnit } from './ucum';

interface Limit {
  unit: string;
  min: number;
  max: number;
  name: string;
}

/** Vital signs, by LOINC code. */
const VITAL_LIMITS: Record<string, Limit> = {
  '8867-4': { unit: '/min', min: 10, max: 350, name: 'heart rate' },
  '9279-1': { unit: '/min', min: 2, max: 90, name: 'respiratory rate' },
  '8310-5': { unit: 'Cel', min: 24, max: 46, name: 'body temperature' },
  '59408-5': { unit: '%', min: 20, max: 100, name: 'oxygen saturation' },
  '2708-6': { unit: '%', min: 20, max: 100, name: 'oxygen saturation' },
  '8480-6': { unit: 'mm[Hg]', min: 30, max: 320, name: 'systolic blood pressure' },
  '8462-4': { unit: 'mm[Hg]', min: 10, max: 220, name: 'diastolic blood pressure' },
  // Adults (the model's scope): used to compute the body mass index when none is recorded (session 24).
  '29463-7': { unit: 'kg', min: 20, max: 400, name: 'body weight' },
  '8302-2': { unit: 'cm', min: 100, max: 250, name: 'body height' },
  '39156-5': { unit: 'kg/m2', min: 8, max: 120, name: 'body mass index' },
};

/** Lab analytes, by analyte id (analytes.ts). Wide limits: survivable extremes and beyond. */
const ANALYTE_LIMITS: Record<string, Limit> = {
  glucose: { unit: 'mmol/L', min: 0.5, max: 150, name: 'glucose' },
  'glucose-fasting': { unit: 'mmol/L', min: 0.5, max: 150, name: 'fasting glucose' },
  'ph-blood': { unit: '[pH]', min: 6.5, max: 8.0, name: 'blood pH' },
  bicarbonate: { unit: 'mmol/L', min: 1, max: 70, name: 'bicarbonate' },
  'anion-gap': { unit: 'mmol/L', min: -20, max: 80, name: 'anion gap' },
  'anion-gap-with-potassium': { unit: 'mmol/L', min: -20, max: 80, name: 'anion gap' },
  sodium: { unit: 'mmol/L', min: 80, max: 200, name: 'sodium' },
  potassium: { unit: 'mmol/L', min: 0.5, max: 15, name: 'potassium' },
  chloride: { unit: 'mmol/L', min: 50, max: 160, name: 'chloride' },
  'beta-hydroxybutyrate': { unit: 'mmol/L', min: 0, max: 30, name: 'β-hydroxybutyrate' },
  haemoglobin: { unit: 'g/dL', min: 1, max: 25, name: 'haemoglobin' },
  wbc: { unit: '10*9/L', min: 0, max: 1000, name: 'white cell count' },
  platelets: { unit: '10*9/L', min: 0, max: 5000, name: 'platelet count' },
  creatinine: { unit: 'umol/L', min: 5, max: 5000, name: 'creatinine' },
  urea: { unit: 'mmol/L', min: 0, max: 200, name: 'urea' },
  lactate: { unit: 'mmol/L', min: 0, max: 40, name: 'lactate' },
  calcium: { unit: 'mmol/L', min: 0.5, max: 6, name: 'calcium' },
  'calcium-ionized': { unit: 'mmol/L', min: 0.2, max: 4, name: 'ionised calcium' },
  magnesium: { unit: 'mmol/L', min: 0.1, max: 10, name: 'magnesium' },
  albumin: { unit: 'g/L', min: 5, max: 80, name: 'albumin' },
  inr: { unit: '{INR}', min: 0.5, max: 30, name: 'INR' },
  hba1c: { unit: '%', min: 2, max: 25, name: 'HbA1c' },
  'base-excess': { unit: 'mmol/L', min: -50, max: 50, name: 'base excess' },
  'bone-density-t-score': { unit: '{T-score}', min: -10, max: 10, name: 'bone density T-score' },
};

/**
 * LOINC codes whose values are legitimately negative besides the analytes marked canBeNegative
 * (other z-scores and T-scores are recognised by the `display` argument).
 */
const NEGATIVE_ALLOWED_LOINCS = new Set<string>(['38263-0']);

/**
 * @param loinc - LOINC code of the measurement
 * @param value - the value
 * @param unit - its unit
 * @param display - optional code display; a "z-score"/"T-score"/"base excess"/"deficit" display allows negatives
 * @returns ok, or the reason the value is implausible
 */
export function isPlausible(loinc: string, value: number, unit: string | undefined, display?: string): { ok: true } | { ok: false; reason: string } {
  if (!Number.isFinite(value)) {
    return { ok: false, reason: `value ${value} is not a number` };
  }
  const analyte = analyteOfLoinc(loinc);
  const limit = VITAL_LIMITS[loinc] ?? (analyte ? ANALYTE_LIMITS[analyte.id] : undefined);
  const negativeAllowed =
    analyte?.canBeNegative === true ||
    NEGATIVE_ALLOWED_LOINCS.has(loinc) ||
    (limit !== undefined && limit.min < 0) ||
    (display !== undefined && /z-?score|t-?score|base excess|deficit|\bdelta\b|change/i.test(display));
  if (value < 0 && !negativeAllowed) {
    return { ok: false, reason: `negative value ${value} is impossible` };
  }
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
