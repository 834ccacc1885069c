/**
 * Age- and sex-specific pre-test probabilities (issue 10, item 4). A presenting problem may give one condition several
 * priors in a setting, each measured in a stated stratum (`populationAgeYears`, `populationSex`): colorectal cancer in
 * rectal bleeding is not the same figure for a woman of 30 and a man of 80. The engine uses the figure whose stratum
 * holds the patient, the most specific one when several do; when none does (age or sex unknown, or a patient outside
 * every band the source reports), the nearest stratum is used and the chain shows it as a proxy, except that a figure for
 * postmenopausal women (or women of reproductive age) is used only for a woman of that status. The same choice is
 * made by `kb:check` when it adds up a setting's priors for each kind of patient, so that no patient's priors add up
 * to more than 1.
 */
import type { z } from 'zod';
import type { FindingSchema, PriorSchema } from './schema';

export type Prior = z.infer<typeof PriorSchema>;

/**
 * What a prior's stratum is compared with. Sex is the recorded administrative sex ('other' and 'unknown' match no
 * stratum). `postmenopausal` is the caller's reading of a woman's age against the model's reproductive-age window
 * (undefined for a man or an unknown age): a source reports postmenopausal women, not an age band.
 */
export interface PriorPatient {
  readonly ageYears?: number;
  readonly sex?: string;
  readonly postmenopausal?: boolean;
  /** Findings known present (chart, clinician or implied), for figures measured in patients with one (`populationWith`). */
  readonly present?: ReadonlySet<string>;
  /** Findings known absent: a figure measured in patients with one of them is never this patient's (`usedWhenUnknown`). */
  readonly absent?: ReadonlySet<string>;
  /**
   * Whether one finding implies another (a region of travel implies travel to the tropics), 2026-12-06 (session 33): of two
   * figures measured in patients with a finding, the one whose finding implies the other's is the narrower population and
   * is preferred. Without it, two such figures are never told apart.
   */
  readonly implies?: (narrower: string, broader: string) => boolean;
}

/** Whether the patient belongs to the population the figure was measured in (an unstated age or sex holds everyone). */
export function inStratum(p: Prior, patient: PriorPatient): boolean {
  return sexFits(p, patient) && ageFits(p, patient) && menopauseFits(p, patient) && withFits(p, patient) && !withExcluded(p, patient);
}

/** A figure measured in patients without a finding this patient has (`populationWithout`, session 33). */
export function withExcluded(p: Prior, patient: PriorPatient): boolean {
  return p.populationWithout !== undefined && patient.present?.has(p.populationWithout) === true;
}

function withFits(p: Prior, patient: PriorPatient): boolean {
  return p.populationWith === undefined || patient.present?.has(p.populationWith) === true;
}

function menopauseFits(p: Prior, patient: PriorPatient): boolean {
  return p.populationMenopausal === undefined || p.populationMenopausal === patient.postmenopausal;
}

function sexFits(p: Prior, patient: PriorPatient): boolean {
  return p.populationSex === undefined || p.populationSex === patient.sex;
}

function ageFits(p: Prior, patient: PriorPatient): boolean {
  const r = p.populationAgeYears;
  if (!r) {
    return true;
  }
  return patient.ageYears !== undefined && (r.min === undefined || patient.ageYears >= r.min) && (r.max === undefined || patient.ageYears <= r.max);
}

/**
 * How narrowly a figure's population is stated: sex and age (2), one of them (1), neither (0); a figure measured in
 * patients with a finding (febrile travellers) before any other for a patient who has it (3 more).
 */
function specificity(p: Prior): number {
  return (p.populationSex ? 1 : 0) + (p.populationAgeYears ? 1 : 0) + (p.populationMenopausal !== undefined ? 1 : 0) + (p.populationWith ? 3 : 0) + (p.populationWithout ? 1 : 0);
}

/** Of two figures measured in patients with a finding, whether `a`'s finding is the narrower (implies `b`'s). */
function narrowerWith(a: Prior, b: Prior, implies: PriorPatient['implies']): boolean {
  return !!implies && !!a.populationWith && !!b.populationWith && a.populationWith !== b.populationWith && implies(a.populationWith, b.populationWith);
}

/** Years between an age and a band (0 inside it); an unknown age is far from every band. */
export function ageDistance(p: Prior, ageYears: number | undefined): number {
  const r = p.populationAgeYears;
  if (!r) {
    return 0;
  }
  if (ageYears === undefined) {
    return 1000;
  }
  return r.min !== undefined && ageYears < r.min ? r.min - ageYears : r.max !== undefined && ageYears > r.max ? ageYears - r.max : 0;
}

/**
 * A figure measured in other patients (session 22): an age band more than `maxAgeProxyYears` from the patient's age, or
 * the other recorded sex. The engine sets such a figure aside (the condition takes another setting's figure or a policy
 * prior), and `kb:check` leaves it out when it adds up a setting's priors for that patient (session 30: a cited figure
 * for women aged 18-50 had been refused because the sum counted a figure for patients of 50 or over that no woman of 18
 * is given).
 */
export function outsidePopulation(p: Prior, patient: PriorPatient, maxAgeProxyYears: number): boolean {
  return (!!p.populationAgeYears && patient.ageYears !== undefined && ageDistance(p, patient.ageYears) > maxAgeProxyYears) || otherSex(p, patient) || withoutFinding(p, patient) || withExcluded(p, patient);
}

/**
 * A figure measured in patients with a finding this patient is not known to have: never hers when she is recorded
 * without it, nor while it is unknown unless the figure is `usedWhenUnknown` (then it is a proxy).
 */
export function withoutFinding(p: Prior, patient: PriorPatient): boolean {
  if (!p.populationWith || patient.present?.has(p.populationWith)) {
    return false;
  }
  return !p.usedWhenUnknown || patient.absent?.has(p.populationWith) === true;
}

/** A figure measured only in the other recorded sex (a women's dysuria cohort, for a man; session 22). */
export function otherSex(p: Prior, patient: PriorPatient): boolean {
  return !!p.populationSex && (patient.sex === 'male' || patient.sex === 'female') && patient.sex !== p.populationSex;
}

/**
 * The figure used for one condition, from that condition's entries in one problem and setting. `inPopulation` is false
 * when the patient is outside the stratum of the figure chosen (the nearest one); the chain then calls it a proxy.
 */
export function choosePrior(entries: readonly Prior[], patient: PriorPatient): { prior: Prior; inPopulation: boolean } | undefined {
  if (entries.length === 0) {
    return undefined;
  }
  const fitting = entries.filter((p) => inStratum(p, patient));
  if (fitting.length > 0) {
    const better = (p: Prior, best: Prior): boolean => specificity(p) > specificity(best) || (specificity(p) === specificity(best) && narrowerWith(p, best, patient.implies));
    return { prior: fitting.reduce((best, p) => (better(p, best) ? p : best)), inPopulation: true };
  }
  // A figure for postmenopausal women is no estimate for a woman of reproductive age (or the reverse), nor for a patient
  // whose status is unknown: without a figure for her status the condition has no prior here (a policy prior applies
  // where the problem lists it as unquantified).
  // Nor is a figure measured in patients with a finding (febrile travellers) an estimate for a patient without it.
  const usable = entries.filter((p) => p.populationMenopausal === undefined && !withoutFinding(p, patient));
  if (usable.length === 0) {
    return undefined;
  }
  // Nearest: the recorded sex first, then the closest age band, then the entry stated most broadly. A figure measured in
  // patients without a finding this patient has (acute pelvic pain, for a pain of six months) comes last: returned outside
  // its population, it is set aside like another sex's figure (outsidePopulation), so the condition takes the policy prior.
  const score = (p: Prior): number => (withExcluded(p, patient) ? 20_000 : 0) + (sexFits(p, patient) ? 0 : 10_000) + (menopauseFits(p, patient) ? 0 : 5_000) + ageDistance(p, patient.ageYears) * 10 + specificity(p);
  return { prior: usable.reduce((best, p) => (score(p) < score(best) ? p : best)), inPopulation: false };
}

/** A setting's priors chosen for one patient, one figure per condition, in the order the conditions first appear. */
export function priorsForPatient(priors: readonly Prior[], patient: PriorPatient): { prior: Prior; inPopulation: boolean }[] {
  const byCondition = new Map<string, Prior[]>();
  for (const p of priors) {
    byCondition.set(p.condition, [...(byCondition.get(p.condition) ?? []), p]);
  }
  return [...byCondition.values()].map((entries) => choosePrior(entries, patient)).filter((c): c is { prior: Prior; inPopulation: boolean } => c !== undefined);
}

/** A finding's name inside a sentence ("Recent travel to …" → "recent travel to …"). */
export function lowerFirst(name: string): string {
  return `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
}

/** A stratum in words for the chain ("men aged 45 to 54", "women", "patients aged 40 or over"). */
export function describeStratum(
  p: Pick<Prior, 'populationAgeYears' | 'populationSex' | 'populationMenopausal' | 'populationWith' | 'populationWithout'>,
  nameOf: (findingId: string) => string = (id) => id.replace(/-/g, ' '),
): string | undefined {
  if (!p.populationSex && !p.populationAgeYears && p.populationMenopausal === undefined && !p.populationWith && !p.populationWithout) {
    return undefined;
  }
  if (p.populationWithout) {
    const rest = describeStratum({ ...p, populationWithout: undefined }, nameOf);
    return `${rest ?? 'patients'} without ${lowerFirst(nameOf(p.populationWithout))}`;
  }
  if (p.populationWith) {
    const rest = describeStratum({ ...p, populationWith: undefined }, nameOf);
    return `${rest ?? 'patients'} with ${lowerFirst(nameOf(p.populationWith))}`;
  }
  const who =
    p.populationMenopausal === true ? 'postmenopausal women' : p.populationMenopausal === false ? 'women of reproductive age' : p.populationSex === 'female' ? 'women' : p.populationSex === 'male' ? 'men' : 'patients';
  const r = p.populationAgeYears;
  const age = !r ? '' : r.min !== undefined && r.max !== undefined ? ` aged ${r.min} to ${r.max}` : r.min !== undefined ? ` aged ${r.min} or over` : ` aged up to ${r.max}`;
  return `${who}${age}`;
}

/**
 * Why several entries for one condition in one setting cannot be told apart (kb:check), or undefined. Entries of the same
 * specificity must not overlap (two age bands sharing a year, two figures for the same sex); an overall figure beside
 * stratified ones is allowed and used for patients no stratum holds.
 */
export function strataConflict(entries: readonly Prior[], implies?: PriorPatient['implies']): string | undefined {
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i];
      const b = entries[j];
      // Two figures measured in patients with findings one of which implies the other: the narrower is chosen (session 33).
      if (specificity(a) !== specificity(b) || !overlaps(a, b) || narrowerWith(a, b, implies) || narrowerWith(b, a, implies)) {
        continue;
      }
      return `the strata ${describeStratum(a) ?? 'all patients'} and ${describeStratum(b) ?? 'all patients'} overlap`;
    }
  }
  return undefined;
}

function overlaps(a: Prior, b: Prior): boolean {
  if (a.populationSex && b.populationSex && a.populationSex !== b.populationSex) {
    return false;
  }
  if (a.populationMenopausal !== undefined && b.populationMenopausal !== undefined && a.populationMenopausal !== b.populationMenopausal) {
    return false;
  }
  // Measured in patients with a finding and in patients without it: two populations that never meet (session 33).
  if ((a.populationWithout !== undefined && a.populationWithout === b.populationWith) || (b.populationWithout !== undefined && b.populationWithout === a.populationWith)) {
    return false;
  }
  // Measured without two different findings: both hold a patient who has neither. One figure without a finding and one
  // without that limit both hold a patient without it, so the other strata decide.
  if (a.populationWithout !== undefined && b.populationWithout !== undefined && a.populationWithout !== b.populationWithout) {
    return true;
  }
  if (a.populationWith !== b.populationWith) {
    // Different findings, or one with and one without at the same specificity: the most specific figure is chosen.
    return a.populationWith === undefined || b.populationWith === undefined ? false : true;
  }
  const ra = a.populationAgeYears;
  const rb = b.populationAgeYears;
  if (ra && rb) {
    const loA = ra.min ?? 0;
    const hiA = ra.max ?? Infinity;
    const loB = rb.min ?? 0;
    const hiB = rb.max ?? Infinity;
    return loA <= hiB && loB <= hiA;
  }
  // One stratified by age and the other not, at the same specificity: one is by sex only, the other by age only.
  return true;
}

/** The kinds of patient whose priors `kb:check` adds up: each sex and none, at every band edge and a few usual ages. */
export function checkPatients(priors: readonly Prior[]): PriorPatient[] {
  const ages = new Set<number | undefined>([undefined, 18, 35, 50, 70, 90]);
  for (const p of priors) {
    const r = p.populationAgeYears;
    if (r?.min !== undefined) {
      ages.add(r.min);
    }
    if (r?.max !== undefined) {
      ages.add(r.max);
    }
  }
  const people: PriorPatient[] = [undefined, 'female', 'male'].flatMap((sex) => [...ages].map((ageYears) => ({ ageYears, sex })));
  const all = [...people, ...[...ages].flatMap((ageYears) => [true, false].map((postmenopausal) => ({ ageYears, sex: 'female', postmenopausal })))];
  // Each kind of patient again with every finding a figure was measured in (a febrile traveller).
  // (And with every finding a figure excludes: a pelvic pain of more than six months, session 33.)
  const withFindings = new Set(priors.flatMap((p) => [...(p.populationWith ? [p.populationWith] : []), ...(p.populationWithout ? [p.populationWithout] : [])]));
  return withFindings.size === 0 ? all : [...all, ...all.map((person) => ({ ...person, present: withFindings }))];
}

/**
 * A finding and every finding it implies (`derivedFrom.presentOnly` groups of one: travel to South Asia is travel to the
 * tropics, which is travel abroad), read from the knowledge base's findings.
 */
export function impliedSet(findings: ReadonlyMap<string, Pick<z.infer<typeof FindingSchema>, 'id' | 'derivedFrom'>>, findingId: string): ReadonlySet<string> {
  const out = new Set([findingId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of findings.values()) {
      if (!out.has(f.id) && f.derivedFrom?.presentOnly && f.derivedFrom.criteria.some((g) => g.length === 1 && out.has(g[0]))) {
        out.add(f.id);
        grew = true;
      }
    }
  }
  return out;
}
