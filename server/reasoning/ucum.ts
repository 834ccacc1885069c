/**
 * Unit conversion for the values charts report, by NLM's UCUM library (@lhncbc/ucum-lhc). Units are
 * first normalised from the non-UCUM spellings EHRs send (mg/dl, K/uL, x10^9/L, mEq/L, mmHg, bpm,
 * IU/L …) to UCUM; mass ↔ molar conversion uses the molar mass of the analyte the LOINC code reports
 * (analytes.ts), and mmol ↔ mEq its ionic charge.
 *
 * Guards the library does not provide:
 *  - annotations are ignored by UCUM, but {FEU} vs {DDU} D-dimer units differ about two-fold, so
 *    conflicting D-dimer annotations are refused;
 *  - HbA1c IFCC mmol/mol ↔ NGSP % is the master equation, not the dimensionless factor UCUM applies;
 *  - [IU] is an arbitrary unit UCUM will not rescale (u[IU]/mL → m[IU]/L); the same arbitrary unit
 *    on both sides is rescaled by its prefixes; enzyme IU/L is the catalytic U/L.
 */
import { createRequire } from 'node:module';
import { analyteOfLoinc, molecularWeightOfLoinc } from './analytes';

interface UcumConvertResult {
  status: 'succeeded' | 'failed' | 'error';
  toVal: number | null;
  msg: string[];
}
interface UcumUtils {
  convertUnitTo(from: string, value: number, to: string, options?: { molecularWeight?: number; charge?: number }): UcumConvertResult;
  validateUnitString(unit: string, suggest?: boolean): { status: 'valid' | 'invalid' | 'error' };
}

const require = createRequire(import.meta.url);
const ucumPkg = require('@lhncbc/ucum-lhc') as { UcumLhcUtils: { getInstance(): UcumUtils } };
const utils = ucumPkg.UcumLhcUtils.getInstance();

/** Exact non-UCUM spellings (after trimming) → UCUM. */
const SPELLINGS: Record<string, string> = {
  // eGFR as laboratories print it: per 1.73 m² of body surface (UCUM writes the annotation in braces)
  'mL/min/1.73m2': 'mL/min/{1.73_m2}',
  'mL/min/1.73 m2': 'mL/min/{1.73_m2}',
  'mL/min/1.73m^2': 'mL/min/{1.73_m2}',
  'mL/min/1.73 m^2': 'mL/min/{1.73_m2}',
  'mL/min/1.73m²': 'mL/min/{1.73_m2}',
  'mL/min/1.73 m²': 'mL/min/{1.73_m2}',
  'ml/min/1.73m2': 'mL/min/{1.73_m2}',
  'ml/min/1.73 m2': 'mL/min/{1.73_m2}',
  '°C': 'Cel',
  '℃': 'Cel',
  C: 'Cel',
  degC: 'Cel',
  'deg C': 'Cel',
  '°F': '[degF]',
  '℉': '[degF]',
  F: '[degF]',
  degF: '[degF]',
  'deg F': '[degF]',
  'beats/minute': '/min',
  'beats/min': '/min',
  'breaths/min': '/min',
  'breaths/minute': '/min',
  bpm: '/min',
  'per min': '/min',
  '{beats}/min': '/min',
  '{breaths}/min': '/min',
  '{counts/min}': '/min',
  // Osmolality is usually reported as mOsm/kg; UCUM spells the osmole in lower case.
  'mOsm/kg': 'mosm/kg',
  'mOsm/kg H2O': 'mosm/kg',
  'mOsm/kg{H2O}': 'mosm/kg',
  'mosm/kg{H2O}': 'mosm/kg',
  'mOsm/L': 'mosm/L',
  mmHg: 'mm[Hg]',
  'mm Hg': 'mm[Hg]',
  mmhg: 'mm[Hg]',
  pH: '[pH]',
  PH: '[pH]',
  '{pH}': '[pH]',
  ratio: '{ratio}',
  INR: '{INR}',
  '{inr}': '{INR}',
  'T-score': '{T-score}',
  'K/uL': '10*3/uL',
  'K/µL': '10*3/uL',
  'K/mm3': '10*3/uL',
  'k/ul': '10*3/uL',
  'thou/uL': '10*3/uL',
  'x10^3/uL': '10*3/uL',
  '10^3/uL': '10*3/uL',
  'x10E3/uL': '10*3/uL',
  '10E3/uL': '10*3/uL',
  'x10^9/L': '10*9/L',
  '10^9/L': '10*9/L',
  'x10E9/L': '10*9/L',
  '10E9/L': '10*9/L',
  'x10*9/L': '10*9/L',
  'G/L': '10*9/L',
  'x10^12/L': '10*12/L',
  '10^12/L': '10*12/L',
  'M/uL': '10*6/uL',
  'x10^6/uL': '10*6/uL',
  '10^6/uL': '10*6/uL',
  'cells/uL': '/uL',
  'cells/mm3': '/uL',
  '/mm3': '/uL',
  'IU/L': '[IU]/L',
  'IU/mL': '[IU]/mL',
  'mIU/L': 'm[IU]/L',
  'mIU/mL': 'm[IU]/mL',
  'uIU/mL': 'u[IU]/mL',
  'µIU/mL': 'u[IU]/mL',
  'microIU/mL': 'u[IU]/mL',
  'mU/L': 'mU/L',
  'U/l': 'U/L',
  'lbs': '[lb_av]',
  lb: '[lb_av]',
  in: '[in_i]',
  sec: 's',
  seconds: 's',
};

/**
 * Normalises common non-UCUM spellings to UCUM (charts are not always clean): case of the litre
 * (mg/dl → mg/dL), µ/mc → u, mEq → meq, K/uL and x10^9/L cell counts, IU, mmHg, bpm, °C/°F.
 * A unit it does not recognise is returned trimmed and otherwise unchanged.
 */
export function normalizeUnit(unit: string): string {
  let out = normalized.get(unit);
  if (out === undefined) {
    out = normalizeUnitUncached(unit);
    // Bounded: units come from charts, so an unbounded cache would grow with whatever callers send.
    if (normalized.size >= 2000) {
      normalized.clear();
    }
    normalized.set(unit, out);
  }
  return out;
}

const normalized = new Map<string, string>();

function normalizeUnitUncached(unit: string): string {
  const raw = unit.trim();
  if (SPELLINGS[raw] !== undefined) {
    return SPELLINGS[raw];
  }
  let u = raw.replace(/µ|μ/g, 'u').replace(/\bmc(g|mol)/g, 'u$1');
  u = u.replace(/mEq/g, 'meq').replace(/MEQ/g, 'meq');
  // the litre and decilitre are case-insensitive in practice: mg/dl, mmol/l, g/DL
  u = u.replace(/\/(d|m|u|n)?l$/i, (_m, p: string | undefined) => `/${p ? p.toLowerCase() : ''}L`);
  u = u.replace(/^(M|m)G\//, 'mg/').replace(/^G\//, 'g/').replace(/^MMOL\//i, 'mmol/').replace(/^UMOL\//i, 'umol/');
  if (SPELLINGS[u] !== undefined) {
    return SPELLINGS[u];
  }
  return u;
}

const ARBITRARY_IU = /\[IU\]/;
const ANNOTATION = /\{([^}]*)\}/g;
const D_DIMER_BASES = new Set(['FEU', 'DDU']);

function annotations(unit: string): Set<string> {
  return new Set([...unit.matchAll(ANNOTATION)].map((m) => m[1].trim().toUpperCase()));
}

/** True when the two units name different D-dimer bases ({FEU} vs {DDU}). */
function conflictingBasis(a: string, b: string): boolean {
  const x = [...annotations(a)].filter((s) => D_DIMER_BASES.has(s));
  const y = [...annotations(b)].filter((s) => D_DIMER_BASES.has(s));
  return x.length > 0 && y.length > 0 && x[0] !== y[0];
}

const HBA1C_IFCC = /^mmol\/mol$/;
const HBA1C_NGSP = /^(%|%\{HbA1c\}|%\{NGSP\})$/;

/** IFCC (mmol/mol) ↔ NGSP (%) master equation: NGSP = 0.09148 × IFCC + 2.152. */
function convertHbA1c(value: number, from: string, to: string): number | undefined {
  if (HBA1C_IFCC.test(from) && HBA1C_NGSP.test(to)) {
    return 0.09148 * value + 2.152;
  }
  if (HBA1C_NGSP.test(from) && HBA1C_IFCC.test(to)) {
    return (value - 2.152) / 0.09148;
  }
  return undefined;
}

const cache = new Map<string, number | null>();

function libraryConvert(value: number, from: string, to: string, options: { molecularWeight?: number; charge?: number }): number | undefined {
  const key = `${value}|${from}|${to}|${options.molecularWeight ?? ''}|${options.charge ?? ''}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    return hit ?? undefined;
  }
  let out: number | undefined;
  try {
    const r = utils.convertUnitTo(from, value, to, options);
    out = r.status === 'succeeded' && typeof r.toVal === 'number' && Number.isFinite(r.toVal) ? r.toVal : undefined;
  } catch {
    out = undefined;
  }
  if (cache.size > 5000) {
    cache.clear();
  }
  cache.set(key, out ?? null);
  return out;
}

/** Rescales the same arbitrary unit ([IU]) by its prefixes, which UCUM itself refuses to do. */
function withArbitraryUnitsRescalable(from: string, to: string, enzyme: boolean): [string, string] {
  const f = ARBITRARY_IU.test(from);
  const t = ARBITRARY_IU.test(to);
  // both in IU, or an enzyme activity in IU/L against U/L (the enzyme unit is 1 umol/min = 1 U)
  if ((f && t) || (enzyme && (f || t))) {
    return [from.replace(/\[IU\]/g, 'U'), to.replace(/\[IU\]/g, 'U')];
  }
  return [from, to];
}

/**
 * Converts a value between units (UCUM or common non-UCUM spellings).
 * @param value - the value in `from`
 * @param from - unit of the value
 * @param to - unit wanted
 * @param loinc - LOINC code the value was reported under: its analyte's molar mass and charge are
 *   used for mass ↔ molar and mmol ↔ meq conversion
 * @param toLoinc - LOINC code the wanted unit belongs to, when it differs from `loinc` and counts a
 *   different mass (a urea mmol/L value compared with a BUN rule in mg/dL: pass '22664-7', '3094-0')
 * @returns the converted value, or undefined when the units are not convertible
 */
export function convertUnit(value: number, from: string, to: string, loinc?: string, toLoinc?: string): number | undefined {
  if (!Number.isFinite(value)) {
    return undefined;
  }
  const f = normalizeUnit(from);
  const t = normalizeUnit(to);
  if (conflictingBasis(f, t)) {
    return undefined;
  }
  const mwFrom = loinc ? molecularWeightOfLoinc(loinc) : undefined;
  const mwTo = toLoinc ? molecularWeightOfLoinc(toLoinc) : mwFrom;
  if (f === t && mwFrom === mwTo) {
    return value;
  }
  const analyte = loinc ? analyteOfLoinc(loinc) : undefined;
  const toAnalyte = toLoinc ? analyteOfLoinc(toLoinc) : analyte;
  if (analyte?.id === 'hba1c' || toAnalyte?.id === 'hba1c') {
    const a1c = convertHbA1c(value, f, t);
    if (a1c !== undefined) {
      return a1c;
    }
  }
  const enzyme = (analyte?.unit ?? toAnalyte?.unit) === 'U/L';
  const [uf, ut] = withArbitraryUnitsRescalable(f, t, enzyme);
  // Monovalent by default, as the hand-kept table always assumed (Na, K, Cl, HCO3, anion gap).
  const charge = analyte?.charge ?? toAnalyte?.charge ?? 1;
  if (mwFrom !== undefined && mwTo !== undefined && mwFrom !== mwTo) {
    // Different masses counted on each side (urea nitrogen vs urea): go through mol/L.
    const mol = libraryConvert(value, uf, 'mol/L', { molecularWeight: mwFrom, charge });
    return mol === undefined ? undefined : libraryConvert(mol, 'mol/L', ut, { molecularWeight: mwTo, charge });
  }
  return libraryConvert(value, uf, ut, { molecularWeight: mwFrom ?? mwTo, charge });
}

/** True when UCUM (after normalisation) recognises the unit. */
export function isKnownUnit(unit: string): boolean {
  try {
    return utils.validateUnitString(normalizeUnit(unit)).status === 'valid';
  } catch {
    return false;
  }
}
