/**
 * Converts the UCUM units that charts use for vitals and common labs. Handles same-dimension
 * conversions (mg/dL ↔ g/L, ng/L ↔ ng/mL, °F ↔ Cel, kPa ↔ mm[Hg]) and mass ↔ molar conversions
 * for analytes whose molar mass is known (glucose mg/dL ↔ mmol/L, creatinine µmol/L ↔ mg/dL).
 * Molar masses are physical constants (IUPAC atomic weights), not clinical knowledge.
 */

/** Canonical unit per dimension: mass concentration g/L, molar concentration mol/L, and so on. */
type Dimension = 'mass-conc' | 'molar-conc' | 'count-conc' | 'temperature' | 'pressure' | 'rate' | 'ratio' | 'mass' | 'length' | 'time' | 'enzyme';

interface UnitDef {
  dimension: Dimension;
  /** multiply a value in this unit by `factor` to get the canonical unit */
  factor: number;
}

const MASS_PREFIX: Record<string, number> = { g: 1, mg: 1e-3, ug: 1e-6, 'µg': 1e-6, mcg: 1e-6, ng: 1e-9, pg: 1e-12, kg: 1e3 };
const VOLUME: Record<string, number> = { L: 1, dL: 0.1, mL: 1e-3, uL: 1e-6, 'µL': 1e-6 };
const MOLAR_PREFIX: Record<string, number> = { mol: 1, mmol: 1e-3, umol: 1e-6, 'µmol': 1e-6, nmol: 1e-9, pmol: 1e-12 };

const SIMPLE: Record<string, UnitDef> = {
  Cel: { dimension: 'temperature', factor: 1 },
  '[degF]': { dimension: 'temperature', factor: 1 },
  'mm[Hg]': { dimension: 'pressure', factor: 1 },
  mmHg: { dimension: 'pressure', factor: 1 },
  kPa: { dimension: 'pressure', factor: 7.50062 },
  '/min': { dimension: 'rate', factor: 1 },
  '{beats}/min': { dimension: 'rate', factor: 1 },
  '{breaths}/min': { dimension: 'rate', factor: 1 },
  'beats/min': { dimension: 'rate', factor: 1 },
  bpm: { dimension: 'rate', factor: 1 },
  '%': { dimension: 'ratio', factor: 1 },
  '{ratio}': { dimension: 'ratio', factor: 1 },
  '1': { dimension: 'ratio', factor: 1 },
  kg: { dimension: 'mass', factor: 1 },
  g: { dimension: 'mass', factor: 1e-3 },
  '[lb_av]': { dimension: 'mass', factor: 0.45359237 },
  cm: { dimension: 'length', factor: 1 },
  m: { dimension: 'length', factor: 100 },
  '[in_i]': { dimension: 'length', factor: 2.54 },
  'mm/h': { dimension: 'rate', factor: 1 },
  'mm/h{Westergren}': { dimension: 'rate', factor: 1 },
  'U/L': { dimension: 'enzyme', factor: 1 },
  '[IU]/L': { dimension: 'enzyme', factor: 1 },
  'u[IU]/mL': { dimension: 'enzyme', factor: 1 },
  'm[IU]/L': { dimension: 'enzyme', factor: 1 },
  '10*3/uL': { dimension: 'count-conc', factor: 1e9 },
  '10*9/L': { dimension: 'count-conc', factor: 1e9 },
  '10*6/uL': { dimension: 'count-conc', factor: 1e12 },
  '10*12/L': { dimension: 'count-conc', factor: 1e12 },
  '/uL': { dimension: 'count-conc', factor: 1e6 },
  'meq/L': { dimension: 'molar-conc', factor: 1e-3 },
  'mEq/L': { dimension: 'molar-conc', factor: 1e-3 },
};

/** Molar masses (g/mol) of analytes by LOINC code, for mass ↔ molar conversion. */
const MOLAR_MASS_BY_LOINC: Record<string, number> = {
  '2345-7': 180.156, // glucose, serum/plasma
  '2339-0': 180.156, // glucose, blood
  '41653-7': 180.156, // glucose, capillary blood by glucometer
  '2160-0': 113.12, // creatinine, serum/plasma
  '38483-4': 113.12, // creatinine, blood
  '3094-0': 28.014, // urea nitrogen (BUN as N2)
  '6299-2': 28.014, // urea nitrogen, blood
  '17861-6': 40.078, // calcium
  '2093-3': 386.65, // cholesterol
  '1975-2': 584.66, // bilirubin total
  '2524-7': 90.08, // lactate
  '32693-4': 90.08, // lactate, blood
  '2947-0': 22.99, // sodium, blood
  '2951-2': 22.99, // sodium
  '2823-3': 39.098, // potassium
  '6298-4': 39.098, // potassium, blood
};

function parseUnit(unit: string): UnitDef | undefined {
  const u = unit.trim();
  if (SIMPLE[u]) {
    return SIMPLE[u];
  }
  const [num, den] = u.split('/');
  if (!num || !den) {
    return undefined;
  }
  const vol = VOLUME[den];
  if (vol === undefined) {
    return undefined;
  }
  if (MASS_PREFIX[num] !== undefined) {
    return { dimension: 'mass-conc', factor: MASS_PREFIX[num] / vol };
  }
  if (MOLAR_PREFIX[num] !== undefined) {
    return { dimension: 'molar-conc', factor: MOLAR_PREFIX[num] / vol };
  }
  return undefined;
}

function toCanonicalTemperature(value: number, unit: string): number {
  return unit === '[degF]' ? ((value - 32) * 5) / 9 : value;
}

function fromCanonicalTemperature(value: number, unit: string): number {
  return unit === '[degF]' ? (value * 9) / 5 + 32 : value;
}

/** Normalises common non-UCUM spellings to UCUM (charts are not always clean). */
export function normalizeUnit(unit: string): string {
  const map: Record<string, string> = {
    'mg/dl': 'mg/dL',
    'g/dl': 'g/dL',
    'mmol/l': 'mmol/L',
    'umol/l': 'umol/L',
    'µmol/l': 'umol/L',
    'µmol/L': 'umol/L',
    'ng/l': 'ng/L',
    'ng/ml': 'ng/mL',
    'mg/l': 'mg/L',
    'ug/l': 'ug/L',
    'ug/ml': 'ug/mL',
    '°C': 'Cel',
    C: 'Cel',
    degC: 'Cel',
    '°F': '[degF]',
    F: '[degF]',
    degF: '[degF]',
    '/min ': '/min',
    'beats/minute': '/min',
    'breaths/min': '/min',
    'mm Hg': 'mm[Hg]',
    'mmol/mol': 'mmol/mol',
  };
  return map[unit] ?? map[unit.toLowerCase()] ?? unit;
}

/**
 * Converts a value between UCUM units.
 * @param value - the value in `from`
 * @param from - UCUM unit of the value
 * @param to - UCUM unit wanted
 * @param loinc - LOINC code of the analyte (needed for mass ↔ molar conversion)
 * @returns the converted value, or undefined when the units are not convertible
 */
export function convertUnit(value: number, from: string, to: string, loinc?: string): number | undefined {
  const f = normalizeUnit(from);
  const t = normalizeUnit(to);
  if (f === t) {
    return value;
  }
  const a = parseUnit(f);
  const b = parseUnit(t);
  if (!a || !b) {
    return undefined;
  }
  if (a.dimension === 'temperature' && b.dimension === 'temperature') {
    return fromCanonicalTemperature(toCanonicalTemperature(value, f), t);
  }
  if (a.dimension === b.dimension) {
    return (value * a.factor) / b.factor;
  }
  const molarMass = loinc ? MOLAR_MASS_BY_LOINC[loinc] : undefined;
  if (molarMass === undefined) {
    return undefined;
  }
  if (a.dimension === 'mass-conc' && b.dimension === 'molar-conc') {
    return (value * a.factor) / molarMass / b.factor;
  }
  if (a.dimension === 'molar-conc' && b.dimension === 'mass-conc') {
    return (value * a.factor * molarMass) / b.factor;
  }
  return undefined;
}
