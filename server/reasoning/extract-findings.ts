/**
 * Findings from a FHIR R4 chart: a pure function from resources (a Bundle, or the resources the app
 * read) to the findings the knowledge base knows, each keeping the reference, value and date of the
 * resource it came from. Never throws on clinical data: what it cannot use is reported in `ignored`
 * with the reason, and codes the knowledge base does not know are counted in `unknownCodes`.
 */
import type {
  AllergyIntolerance,
  CodeableConcept,
  Condition,
  Dosage,
  Encounter,
  MedicationRequest,
  MedicationStatement,
  Observation,
  ObservationComponent,
  Patient,
  Procedure,
  Quantity,
} from '@medplum/fhirtypes';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { DurationRule } from './knowledge-index';
import { SETTINGS, type CareSetting, type Finding } from '../knowledge/schema';
import {
  codingsOf,
  flattenResources,
  formatNumber,
  isQuantity,
  normaliseReference,
  observationDate,
  referenceOf,
  textOf,
  unitOf,
  validDate,
  type AnyResource,
} from './chart-reading';
import { indexKnowledge, lookupCode, statusFindingsOf, type KnowledgeIndex } from './knowledge-index';
import { convertUnit } from './ucum';
import type { ChartDiagnosis, ChartExtract, ChartSource, ExtractedProblem, IgnoredItem, KnownFinding, NowBasis, UnknownCode } from './types';
import { POLICY } from './policy';
import { analyteOfLoinc, deriveAnionGap, expandLoincs, readOrdinal, readPlusGrade } from './analytes';
import { matchComplaintText } from './complaint-text';
import { isPlausible } from './plausibility';
import { ageInYears } from '../fairness/subgroup-of';

export interface ExtractOptions {
  /**
   * The reference time ("now", ISO date-time): the CDS hook's time, the app's request time, or the CLI's
   * --as-of. Default: the start of the encounter in context when one is named, else the request time.
   */
  asOf?: string;
  /** The encounter in context (from the SMART launch or the hook context). */
  encounterId?: string;
}

/** How far back a result still describes the current presentation (policy, shown on the model label). */
export const RECENCY_HOURS = POLICY.recencyHours;
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

const NEGATIVE_VALUE_CODES = new Set(['373067005', '260385009', '2667000', '272519000', '260415000', 'LA6577-6', 'N', 'NEG', 'negative']);
const CURRENT_MED_STATUSES: Readonly<Record<string, ReadonlySet<string>>> = {
  MedicationRequest: new Set(['active', 'on-hold']),
  MedicationStatement: new Set(['active', 'intended']),
};
const VITAL_LOINCS = new Set(['8867-4', '9279-1', '8310-5', '59408-5', '2708-6', '85354-9', '8480-6', '8462-4', '29463-7', '8302-2', '39156-5']);
/** Results that describe months, not days (HbA1c, ferritin, TSH, B12, folate, lipids, bone density). */
const CHRONIC_LAB_LOINCS = new Set(['4548-4', '17856-6', '4549-2', '2276-4', '3016-3', '11580-8', '2132-9', '2284-8', '2093-3', '2085-9', '18262-6', '2571-8', '13457-7', '38263-0', '46278-8']);
const OPEN_ENCOUNTER_STATUSES = new Set(['in-progress', 'arrived', 'triaged', 'onleave']);
/** Encounter types that are administration, not a clinical visit (never "current"). */
const ADMINISTRATIVE_ENCOUNTER_TYPES = new Set(['308646001']); // SNOMED CT Death certification (as Synthea codes it)
const ADMINISTRATIVE_TEXT = /death certif|record review|administrative|paperwork|billing/i;
/** Routes and dose forms that are not systemic (a hydrocortisone cream is not systemic corticosteroid use). */
// Transdermal delivery is systemic (a fentanyl, oestradiol or nicotine transdermal system acts on the whole body); a
// "medicated patch" or plaster (lidocaine, diclofenac) acts where it is applied.
const NON_SYSTEMIC_ROUTES = new Set(['6064005', '54485002', '10547007', '46713006', '447694001', '18679011000001101', '37161004', '16857009']);
const NON_SYSTEMIC_TEXT = /\b(topical|cream|ointment|lotion|gel|paste|shampoo|ophthalmic|eye drop|otic|ear drop|nasal spray|nasal|inhal\w*|inhaler|mdi|dry powder|nebuli[sz]\w*|rectal foam|vaginal|medicated patch|medicated plaster|mouthwash|lozenge)\b/i;
/** Vaginal forms that are systemic all the same: the combined contraceptive rings release their hormones into the blood. */
const SYSTEMIC_VAGINAL_TEXT = /\b(nuvaring|annovera|etonogestrel|segesterone)\b/i;

/** Findings from these categories describe a lasting state; they are read from any date. */
const LASTING_CATEGORIES = new Set(['history', 'risk-factor', 'medication', 'demographic']);

interface Vote {
  present: boolean;
  date?: string;
  source: ChartSource;
}

interface Measurement {
  loinc: string;
  quantity: Quantity & { value: number };
  referenceRange?: Observation['referenceRange'];
  interpretation?: string[];
  date?: string;
  reference: string;
  display: string;
  isVital: boolean;
  duringEncounter: boolean;
}

class Collector {
  readonly votes = new Map<string, Vote[]>();
  readonly ignored: IgnoredItem[] = [];
  readonly routine = new Map<string, number>();
  readonly unknown = new Map<string, UnknownCode & { count: number }>();
  /** Presenting problems from the encounter's reason for visit (the chief complaint). */
  readonly problems = new Map<string, ExtractedProblem>();
  /** Problems implied by current symptoms or diagnoses recorded at this encounter; used only when the encounter gives no reason. */
  readonly symptomProblems = new Map<string, ExtractedProblem>();
  readonly diagnoses: ChartDiagnosis[] = [];
  readonly latest = new Map<string, Measurement>();
  /** Older results of each analyte (superseded by the latest), kept for rules on the change between results. */
  readonly earlier = new Map<string, Measurement[]>();
  /** Resources that contributed something (a finding, problem or diagnosis). */
  readonly used = new Set<string>();
  pregnancy?: ChartSource;

  vote(findingId: string, vote: Vote): void {
    this.used.add(vote.source.reference);
    const list = this.votes.get(findingId);
    if (list) {
      list.push(vote);
    } else {
      this.votes.set(findingId, [vote]);
    }
  }

  /**
   * Complaints recorded at this encounter that name a presenting problem (reference → display). They are used when
   * their problem is reasoned on; when the encounter's reason for visit sets other problems, they are listed as not used.
   */
  readonly problemOnly = new Map<string, { display: string | undefined; problemIds: Set<string> }>();

  namesProblem(reference: string, display: string | undefined, problemId: string): void {
    const entry = this.problemOnly.get(reference) ?? { display, problemIds: new Set<string>() };
    entry.problemIds.add(problemId);
    this.problemOnly.set(reference, entry);
  }

  /** Reasons for visit that are diagnoses the chart held before this episode (a visit for a known condition). */
  readonly followUpOf: { conditionId: string; display: string; since: string; reference: string }[] = [];

  /** Resources already listed as carrying a code the knowledge base does not know. */
  readonly unknownReferences = new Set<string>();

  ignore(reference: string, reason: string, extra: Omit<IgnoredItem, 'reference' | 'reason'> = {}): void {
    if (extra.kind === 'unknown-code') this.unknownReferences.add(reference);
    this.ignored.push({ reference, reason, kind: extra.kind ?? 'other', ...extra });
  }

  /** A Condition read as the current pregnancy: used, and no longer tallied as an unknown code. */
  readAsPregnancy(reference: string, first: { system?: string; code?: string } | undefined): void {
    this.used.add(reference);
    if (this.unknownReferences.delete(reference)) {
      const key = `${first?.system ?? '(no system)'}|${first?.code ?? '(no code)'}|Condition`;
      const entry = this.unknown.get(key);
      if (entry && entry.count > 1) {
        entry.count--;
      } else {
        this.unknown.delete(key);
      }
    }
  }

  /** Resources of a kind the engine does not read (billing, immunisations…) are counted by type. */
  skip(reason: string): void {
    this.routine.set(reason, (this.routine.get(reason) ?? 0) + 1);
  }

  unknownCode(system: string | undefined, code: string | undefined, display: string | undefined, resourceType: string): void {
    const key = `${system ?? '(no system)'}|${code ?? '(no code)'}|${resourceType}`;
    const existing = this.unknown.get(key);
    if (existing) {
      existing.count++;
    } else {
      this.unknown.set(key, { system: system ?? '(no system)', code: code ?? '(no code)', display, resourceType, count: 1 });
    }
  }
}

/** Hours from `a` to `b` (ISO date-times). */
export function hoursBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 3_600_000;
}

function settingOf(encounter: Encounter | undefined): CareSetting | undefined {
  const code = encounter?.class?.code;
  if (code === 'EMER' || code === 'IMP' || code === 'ACUTE' || code === 'OBSENC') {
    return 'emergency';
  }
  if (code === 'AMB' || code === 'VR' || code === 'HH') {
    return 'primary-care';
  }
  return undefined;
}

function isAdministrative(e: Encounter): boolean {
  const types = (e.type ?? []).flatMap((t) => codingsOf(t));
  return types.some((c) => ADMINISTRATIVE_ENCOUNTER_TYPES.has(c.code ?? '')) || (e.type ?? []).some((t) => ADMINISTRATIVE_TEXT.test(textOf(t) ?? ''));
}

function describeEncounter(e: Encounter): string {
  const type = textOf(e.type?.[0]) ?? 'encounter';
  return `${type} (${e.status ?? 'no status'}${e.period?.start ? `, ${e.period.start.slice(0, 10)}` : ''})`;
}

interface CurrentEncounter {
  encounter?: Encounter;
  now: NowBasis;
}

/**
 * "Now": the encounter in context when it is current (open, or finished within the policy window
 * before the reference time); otherwise the patient's open encounter; otherwise no encounter, and the
 * reference time is the request time. Administrative encounters (death certification, record
 * review) are never current; a finished encounter from years ago never is.
 */
function pickCurrentEncounter(encounters: Encounter[], encounterId: string | undefined, givenAsOf: string | undefined, requestTime: string): CurrentEncounter {
  const notes: string[] = [];
  if (encounterId) {
    const wanted = encounterId.replace(/^.*Encounter\//, '');
    const found = encounters.find((e) => e.id === wanted);
    if (!found) {
      notes.push(`the encounter in context (Encounter/${wanted}) was not in the chart received`);
    } else if (isAdministrative(found)) {
      notes.push(`the encounter in context is administrative (${describeEncounter(found)}), not a clinical visit`);
    } else {
      const start = validDate(found.period?.start);
      const open = OPEN_ENCOUNTER_STATUSES.has(found.status ?? '');
      const recent = !givenAsOf || (start !== undefined && hoursBetween(start, givenAsOf) <= POLICY.finishedEncounterCurrentHours);
      if (open || recent) {
        return { encounter: found, now: { asOf: givenAsOf ?? start ?? requestTime, basis: givenAsOf ? 'given' : 'encounter-in-context', encounterReference: `Encounter/${found.id}` } };
      }
      notes.push(`the encounter in context (${describeEncounter(found)}) is finished and not recent, so it does not describe the patient now`);
    }
  }
  const reference = givenAsOf ?? requestTime;
  const openEncounters = encounters
    .filter((e) => OPEN_ENCOUNTER_STATUSES.has(e.status ?? '') && !isAdministrative(e))
    .filter((e) => !e.period?.start || !isFuture(e.period.start, reference))
    .sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''));
  const current = openEncounters[0];
  if (current) {
    // Without a given time, an open encounter's "now" is its start (deterministic; results recorded
    // during it are current whatever their time).
    return {
      encounter: current,
      now: {
        asOf: givenAsOf ?? validDate(current.period?.start) ?? requestTime,
        basis: givenAsOf ? 'given' : 'open-encounter',
        encounterReference: `Encounter/${current.id}`,
        note: notes.join('; ') || undefined,
      },
    };
  }
  if (encounters.length > 0) {
    notes.push('no encounter in progress: the latest recorded visits are finished');
  }
  return { now: { asOf: reference, basis: givenAsOf ? 'given' : 'request-time', note: notes.join('; ') || undefined } };
}

const asOfMsCache = new Map<string, number>();
function isFuture(date: string | undefined, asOf: string): boolean {
  if (!date) {
    return false;
  }
  let asOfMs = asOfMsCache.get(asOf);
  if (asOfMs === undefined) {
    asOfMs = Date.parse(asOf);
    if (asOfMsCache.size > 100) {
      asOfMsCache.clear();
    }
    asOfMsCache.set(asOf, asOfMs);
  }
  // ISO dates that sort before asOf are not in the future; parse only the rest.
  return date.slice(0, 10) >= asOf.slice(0, 10) && Date.parse(date) - asOfMs > FUTURE_TOLERANCE_MS;
}

interface Context {
  kb: KnowledgeBase;
  index: KnowledgeIndex;
  c: Collector;
  asOf: string;
  /** Start of the current episode: the current encounter's start, else the reference time. Windows count back from it. */
  episodeStart: string;
  /** YYYY-MM-DD before which no observation can describe the current presentation (the longest window). */
  oldestRelevantDate: string;
  encounter?: Encounter;
  fullUrls: ReadonlyMap<string, string>;
}

function isCurrentEncounter(ctx: Context, ref: string | undefined): boolean {
  return !!ctx.encounter?.id && normaliseReference(ref, ctx.fullUrls) === `Encounter/${ctx.encounter.id}`;
}

/** Hours from a date to the start of the current episode (negative: during the episode). */
function hoursBeforeEpisode(ctx: Context, date: string): number {
  return hoursBetween(date, ctx.episodeStart);
}

/**
 * The problem a diagnosis coded as the reason for visit presents as: the first (principal) of its
 * `presentsAs` (a migraine visit is a headache visit, not a focal-weakness one), else every problem that
 * lists it.
 */
function problemsOfCondition(kb: KnowledgeBase, conditionId: string): string[] {
  const condition = kb.conditions.get(conditionId);
  if (condition?.presentsAs) {
    return condition.presentsAs.filter((p) => kb.problems.has(p)).slice(0, 1);
  }
  const out: string[] = [];
  for (const problem of kb.problems.values()) {
    const listed =
      SETTINGS.some((s) => (problem.priors[s] ?? []).some((p) => p.condition === conditionId)) || problem.unquantified.some((u) => u.condition === conditionId);
    if (listed) {
      out.push(problem.id);
    }
  }
  return out;
}

const INACTIVE_CLINICAL = new Set(['inactive', 'resolved', 'remission']);

function readCondition(ctx: Context, r: Condition, reference: string): void {
  const verification = r.verificationStatus?.coding?.[0]?.code ?? 'confirmed';
  const display = `Condition: ${textOf(r.code) ?? 'uncoded'}`;
  if (verification === 'entered-in-error') {
    ctx.c.ignore(reference, 'entered in error', { kind: 'malformed', display });
    return;
  }
  const clinical = r.clinicalStatus?.coding?.[0]?.code ?? (r.abatementDateTime || r.abatementPeriod || r.abatementString ? 'resolved' : 'active');
  const date = validDate(r.onsetDateTime) ?? validDate(r.recordedDate);
  if (isFuture(date, ctx.asOf)) {
    ctx.c.ignore(reference, `dated in the future (${date})`, { kind: 'implausible', display, date });
    return;
  }
  const categories = (r.category ?? []).flatMap((cat) => codingsOf(cat).map((x) => x.code));
  const encounterDiagnosis = categories.includes('encounter-diagnosis');
  const atThisEncounter = isCurrentEncounter(ctx, r.encounter?.reference);
  const recent = !!date && hoursBeforeEpisode(ctx, date) <= RECENCY_HOURS.symptom && !isFuture(date, ctx.asOf);
  const current = atThisEncounter || (!r.encounter && recent) || (!!r.encounter && !encounterDiagnosis && recent);
  const refuted = verification === 'refuted';
  const active = !INACTIVE_CLINICAL.has(clinical);
  let known = false;
  let usedHere = false;
  const reasons = new Set<string>();
  // A Condition any of whose codes names a symptom or a presenting problem (vaginal discharge, coded beside ICD-10-CM
  // N89.8) records the complaint, not a diagnosis made at this visit: it never explains the complaint away (model 2.40.0).
  const symptomRecord = codingsOf(r.code).some((coding) => {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    return !!t && (t.problems.length > 0 || t.findings.length > 0);
  });
  for (const coding of codingsOf(r.code)) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    if (!t) {
      continue;
    }
    known = true;
    const source: ChartSource = {
      reference,
      value: refuted ? 'refuted' : `${clinical}, ${verification}`,
      date,
      code: `${coding.system}|${coding.code}`,
    };
    for (const findingId of t.findings) {
      const finding = ctx.kb.findings.get(findingId);
      const lasting = LASTING_CATEGORIES.has(finding?.category ?? '');
      if (!lasting && !refuted && (!active || !current)) {
        reasons.add(active ? 'a symptom or sign recorded at an earlier encounter (not the current presentation)' : `a symptom or sign that is ${clinical} (history, not current)`);
        continue;
      }
      if (!lasting && refuted && !current) {
        reasons.add('ruled out at an earlier encounter (not the current presentation)');
        continue;
      }
      ctx.c.vote(findingId, { present: !refuted, date, source });
      usedHere = true;
    }
    for (const problemId of t.problems) {
      if (!refuted && active && current) {
        ctx.c.symptomProblems.set(problemId, { problemId, source, via: 'encounter-condition' });
        ctx.c.namesProblem(reference, display, problemId);
        usedHere = true;
      }
    }
    for (const conditionId of t.conditions) {
      if (!active && !refuted) {
        reasons.add(`a diagnosis that is ${clinical}: history, not current and not "already addressed"`);
        continue;
      }
      if (!atThisEncounter && !recent && ctx.kb.conditions.get(conditionId)?.acuteEpisode) {
        // An acute episode recorded before this one and never closed on the problem list (model 2.35.0).
        reasons.add(`an acute episode recorded before this one${date ? ` (${date.slice(0, 10)})` : ''}, still marked ${refuted ? 'refuted' : clinical}: a past episode, not this one and not "already addressed"`);
        continue;
      }
      if (!ctx.c.diagnoses.some((d) => d.conditionId === conditionId && d.source.reference === reference)) {
        ctx.c.diagnoses.push({ conditionId, verificationStatus: verification, source, ...(atThisEncounter && !symptomRecord ? { thisEncounter: true } : {}) });
        ctx.c.used.add(reference);
        usedHere = true;
      }
      if (!refuted && atThisEncounter) {
        for (const problemId of problemsOfCondition(ctx.kb, conditionId)) {
          if (!ctx.c.symptomProblems.has(problemId)) {
            ctx.c.symptomProblems.set(problemId, { problemId, source: { ...source, value: `diagnosis recorded at this encounter: ${textOf(r.code) ?? coding.code}` }, via: 'encounter-condition' });
          }
        }
      }
    }
  }
  // A diagnosis recorded as past (resolved, or begun before this episode) is its history: a resolved DVT is a
  // previous DVT, and a current episode of the same disease is not (`past` rules). One active now, whenever recorded,
  // is an active disease; a resolved one is not (`active` rules). Present only.
  for (const coding of codingsOf(r.code)) {
    const targets = statusFindingsOf(ctx.index, coding.system, coding.code);
    if (targets.length === 0) {
      continue;
    }
    known = true;
    if (refuted) {
      continue;
    }
    const isPast = !active || !current;
    for (const { findingId, when } of targets) {
      if (when === 'past' ? !isPast : !active) {
        reasons.add(when === 'past' ? 'the current episode, not its history' : `a diagnosis that is ${clinical}, not active`);
        continue;
      }
      const value = when === 'past' ? `${clinical}, ${verification}: recorded as past` : `${clinical}, ${verification}: active`;
      ctx.c.vote(findingId, { present: true, date, source: { reference, value, date, code: `${coding.system}|${coding.code}` } });
      usedHere = true;
    }
  }
  // How long before the episode a symptom began (chronic diarrhoea: more than four weeks), from its recorded onset.
  for (const coding of codingsOf(r.code)) {
    const key = `${coding.system}|${coding.code}`;
    const rules = ctx.index.durationByCode.get(key) ?? [];
    const problemRules = ctx.index.durationProblemsByCode.get(key) ?? [];
    if (rules.length + problemRules.length === 0) {
      continue;
    }
    known = true;
    const onset = validDate(r.onsetDateTime);
    if (!current || (!refuted && !active)) {
      continue;
    }
    if (!onset && !refuted) {
      if (rules.length > 0) {
        reasons.add('its onset is not recorded, so how long it has lasted is unknown');
      }
      continue;
    }
    const days = onset ? hoursBeforeEpisode(ctx, onset) / 24 : undefined;
    const inRange = (rule: DurationRule): boolean =>
      days !== undefined && (rule.moreThanDays === undefined || days > rule.moreThanDays) && (rule.atMostDays === undefined || days <= rule.atMostDays);
    const value = refuted ? 'refuted' : `began ${Math.round(days ?? 0)} days before this episode`;
    const source = { reference, value, date: onset ?? date, code: key };
    for (const { findingId, rule } of rules) {
      ctx.c.vote(findingId, { present: !refuted && inRange(rule), date: onset ?? date, source });
      usedHere = true;
    }
    for (const { problemId, rule } of problemRules) {
      if (!refuted && inRange(rule)) {
        ctx.c.symptomProblems.set(problemId, { problemId, source, via: 'encounter-condition' });
        ctx.c.namesProblem(reference, display, problemId);
        usedHere = true;
      }
    }
  }
  if (!known) {
    const first = codingsOf(r.code)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(r.code), 'Condition');
    ctx.c.ignore(reference, 'code not in the knowledge base', { kind: 'unknown-code', display, date, activeProblem: active && !refuted });
  } else if (!usedHere) {
    ctx.c.ignore(reference, [...reasons].join('; ') || 'nothing in the knowledge base to use it for', { kind: active ? 'not-current' : 'history', display, date, activeProblem: active && !refuted });
  }
}

/** SNOMED CT readings of a whole report as normal: "Normal", "No abnormality detected", "Standard chest X-ray normal", "Electrocardiogram normal". */
const NORMAL_RESULT_CODES = new Set(['17621005', '281900007', '168733007', '164854000']);

/** A coded result that reads as a normal report (so the test's abnormal findings are absent). */
function isNormalResult(value: CodeableConcept | undefined): boolean {
  return codingsOf(value).some((c) => c.system === 'http://snomed.info/sct' && NORMAL_RESULT_CODES.has(c.code ?? '')) || /^(normal|no abnormality detected|unremarkable|within normal limits)$/i.test((value?.text ?? '').trim());
}

function isNegativeValue(o: Observation): boolean {
  // A measured amount of zero (0 mg/dL of urine ketones under the presence code 2514-8) is none found (model 2.60.0).
  if (o.valueBoolean === false || o.valueQuantity?.value === 0 || o.valueInteger === 0) {
    return true;
  }
  const codes = codingsOf(o.valueCodeableConcept).map((c) => c.code ?? '');
  const interp = (o.interpretation ?? []).flatMap((i) => codingsOf(i).map((c) => c.code ?? ''));
  return codes.some((c) => NEGATIVE_VALUE_CODES.has(c)) || interp.some((c) => NEGATIVE_VALUE_CODES.has(c)) || /^(no|absent|negative|not detected)$/i.test(o.valueString ?? '');
}

function describeObservationValue(o: Observation): string {
  if (isQuantity(o.valueQuantity)) {
    return `${formatNumber(o.valueQuantity.value)} ${o.valueQuantity.unit ?? o.valueQuantity.code ?? ''}`.trim();
  }
  if (o.valueCodeableConcept) {
    return textOf(o.valueCodeableConcept) ?? 'coded result';
  }
  if (typeof o.valueBoolean === 'boolean') {
    return o.valueBoolean ? 'yes' : 'no';
  }
  return o.valueString ?? 'recorded';
}

function addMeasurement(ctx: Context, m: Measurement): void {
  const key = measurementKey(m.loinc);
  const prev = ctx.c.latest.get(key);
  const older = prev && (m.date ?? '') > (prev.date ?? '') ? prev : !prev ? undefined : m;
  if (!prev || older === prev) {
    ctx.c.latest.set(key, m);
  }
  if (older) {
    ctx.c.ignore(older.reference, 'an older result of the same test (only the latest is used)', { kind: 'superseded', display: older.display, date: older.date });
    ctx.c.earlier.set(key, [...(ctx.c.earlier.get(key) ?? []), older]);
  }
}

/**
 * Rules on the change between two results (troponin dynamics): the latest against the earliest result of
 * the same analyte taken within the rule's window before it (in the latest's unit). Without such an earlier
 * result the rule says nothing. The earlier result it used is no longer listed as superseded.
 */
function evaluateChanges(ctx: Context, m: Measurement, unit: string | undefined, shown: string, code: string): void {
  const rules = changeRulesOf(ctx, m.loinc);
  if (rules.length === 0 || !m.date || !unit) {
    return;
  }
  const earlier = ctx.c.earlier.get(measurementKey(m.loinc)) ?? [];
  for (const { findingId, rule } of rules) {
    const inWindow = earlier
      .filter((e) => e.date !== undefined && hoursBetween(e.date, m.date!) > 0 && hoursBetween(e.date, m.date!) <= rule.withinHours)
      .sort((a, b) => Date.parse(a.date!) - Date.parse(b.date!));
    // The earliest earlier result that is plausible and convertible to the latest's unit.
    const base = inWindow.find((e) => {
      const u = unitOf(e.quantity);
      return u !== undefined && isPlausible(e.loinc, e.quantity.value, u, e.display).ok && convertUnit(e.quantity.value, u, unit, e.loinc) !== undefined;
    });
    if (!base) {
      continue;
    }
    const baseValue = convertUnit(base.quantity.value, unitOf(base.quantity)!, unit, base.loinc)!;
    if (!(baseValue > 0)) {
      continue;
    }
    const rise = (m.quantity.value - baseValue) / baseValue;
    const hours = Math.round(hoursBetween(base.date!, m.date) * 10) / 10;
    const value = `${formatNumber(baseValue)} → ${shown} (${rise >= 0 ? '+' : ''}${Math.round(rise * 100)}% in ${formatHours(hours)})`;
    ctx.c.vote(findingId, { present: rise > rule.relativeRise, date: m.date, source: { reference: `${base.reference}, ${m.reference}`, value, date: m.date, code } });
    ctx.c.used.add(base.reference);
    const i = ctx.c.ignored.findIndex((x) => x.reference === base.reference && x.kind === 'superseded');
    if (i >= 0) {
      ctx.c.ignored.splice(i, 1);
    }
  }
}

/** Results of one analyte under different LOINC codes compete for "latest". */
function measurementKey(loinc: string): string {
  return analyteOfLoinc(loinc)?.id ?? loinc;
}

/** The recency window (hours before the episode) for an observation. */
function windowHours(isVital: boolean, loincs: readonly string[], categories: readonly string[]): number {
  if (isVital) {
    return RECENCY_HOURS.vital;
  }
  if (categories.includes('social-history') || categories.includes('survey') || loincs.some((l) => CHRONIC_LAB_LOINCS.has(l) || CHRONIC_ANALYTES.has(analyteOfLoinc(l)?.id ?? ''))) {
    return RECENCY_HOURS.chronicLab;
  }
  if (categories.includes('exam') || loincs.length === 0) {
    return RECENCY_HOURS.symptom;
  }
  return RECENCY_HOURS.acuteLab;
}

function isAbnormal(o: Observation): boolean {
  const interp = (o.interpretation ?? []).flatMap((i) => codingsOf(i).map((c) => c.code ?? ''));
  if (interp.some((c) => ['H', 'HH', 'L', 'LL', 'A', 'AA', 'HU', 'LU', 'POS'].includes(c))) {
    return true;
  }
  const v = o.valueQuantity;
  if (!isQuantity(v)) {
    return false;
  }
  return (o.referenceRange ?? []).some((rr) => (isQuantity(rr.high) && v.value > rr.high.value) || (isQuantity(rr.low) && v.value < rr.low.value));
}

function readObservation(ctx: Context, o: Observation, reference: string): void {
  const display = `${textOf(o.code) ?? 'Observation'} ${describeObservationValue(o)}`.trim();
  if (o.status === 'entered-in-error' || o.status === 'cancelled') {
    ctx.c.ignore(reference, `status ${o.status}`, { kind: 'malformed', display });
    return;
  }
  const duringEncounter = isCurrentEncounter(ctx, o.encounter?.reference);
  // Cheap check on the raw ISO string before any parsing: most of a long chart is old results.
  const raw = o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.effectiveInstant ?? o.issued;
  if (!duringEncounter && typeof raw === 'string' && raw.length >= 10 && raw.slice(0, 10) < ctx.oldestRelevantDate) {
    ctx.c.ignore(reference, `recorded ${raw.slice(0, 10)}, long before the current episode`, { kind: 'too-old', display, date: raw });
    return;
  }
  const date = observationDate(o);
  if (isFuture(date, ctx.asOf)) {
    ctx.c.ignore(reference, `dated in the future (${date})`, { kind: 'implausible', display, date });
    return;
  }
  const categories = (o.category ?? []).flatMap((cat) => codingsOf(cat).map((c) => c.code ?? ''));
  const codeCodings = codingsOf(o.code);
  const loincs = codeCodings.filter((c) => c.system === 'http://loinc.org').map((c) => c.code as string);
  const isVital = categories.includes('vital-signs') || loincs.some((l) => VITAL_LOINCS.has(l));
  if (!duringEncounter && date) {
    const limit = windowHours(isVital, loincs, categories);
    if (hoursBeforeEpisode(ctx, date) > limit) {
      ctx.c.ignore(reference, `recorded ${date.slice(0, 10)}, more than ${formatHours(limit)} before the current episode`, { kind: 'too-old', display, date, abnormal: isAbnormal(o) });
      return;
    }
  }
  let known = false;
  let negative: boolean | undefined;
  const matchedByValue = new Set<string>();
  for (const coding of codeCodings) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    for (const findingId of t?.findings ?? []) {
      known = true;
      negative ??= isNegativeValue(o);
      ctx.c.vote(findingId, { present: !negative, date, source: { reference, value: describeObservationValue(o), date, code: `${coding.system}|${coding.code}` } });
    }
    if (t?.problems.length && !isNegativeValue(o) && duringEncounter) {
      for (const problemId of t.problems) {
        ctx.c.symptomProblems.set(problemId, { problemId, source: { reference, value: describeObservationValue(o), date, code: `${coding.system}|${coding.code}` }, via: 'encounter-condition' });
        ctx.c.namesProblem(reference, display, problemId);
      }
      known = true;
    }
  }
  // The findings of the test this observation reports (by its LOINC code), and whether it is an imaging report.
  const ofThisTest = new Set(loincs.flatMap((loinc) => testFindingsOf(ctx, loinc)));
  const isImaging = categories.includes('imaging');
  for (const coding of codingsOf(o.valueCodeableConcept)) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    // A `result` rule reads the coded value only on its own test's report (or, for an imaging finding, on any
    // imaging report): "Pneumothorax" on a chest radiograph, never a Condition.
    const results = (coding.system && coding.code ? (ctx.index.resultByCode.get(`${coding.system}|${coding.code}`) ?? []) : []).filter(
      (id) => ofThisTest.has(id) || (isImaging && ctx.kb.findings.get(id)?.category === 'imaging'),
    );
    for (const findingId of new Set([...(t?.findings ?? []), ...results])) {
      known = true;
      matchedByValue.add(findingId);
      ctx.c.vote(findingId, { present: true, date, source: { reference, value: describeObservationValue(o), date, code: `${coding.system}|${coding.code}` } });
    }
  }
  if (o.valueCodeableConcept || typeof o.valueString === 'string') {
    const ordinal = readOrdinal(o);
    // A coded result that names none of the test's findings and is not a negative or normal reading (a chest
    // radiograph reported as "Lung consolidation" when no finding reads that code) says nothing about the other
    // findings of the test: none of them is assumed absent, and the result is listed as not used.
    const unreadCoded = ordinal === undefined && !!o.valueCodeableConcept && matchedByValue.size === 0 && !isNormalResult(o.valueCodeableConcept);
    // A result read as one finding of a group says nothing against another finding of the same group: an ECG
    // reported as "Sinus bradycardia" is not evidence that sinus node dysfunction is absent.
    const matchedGroups = new Set([...matchedByValue].map((id) => ctx.kb.findings.get(id)?.group).filter((g): g is string => !!g));
    for (const loinc of loincs) {
      for (const findingId of testFindingsOf(ctx, loinc)) {
        known = true;
        const group = ctx.kb.findings.get(findingId)?.group;
        if (matchedByValue.has(findingId) || unreadCoded || (group !== undefined && matchedGroups.has(group))) {
          continue;
        }
        // A coded result that names another finding of the test, or reads as normal or negative, means absent;
        // a free-text result must read as negative or positive.
        if (ordinal === undefined && !o.valueCodeableConcept) {
          ctx.c.ignore(reference, `result "${describeObservationValue(o)}" could not be read as positive or negative`, { kind: 'unit', display, date });
          continue;
        }
        ctx.c.vote(findingId, { present: ordinal === 'positive', date, source: { reference, value: describeObservationValue(o), date, code: `http://loinc.org|${loinc}` } });
      }
    }
    if (unreadCoded && ofThisTest.size > 0) {
      const first = codingsOf(o.valueCodeableConcept)[0];
      ctx.c.unknownCode(first?.system, first?.code, textOf(o.valueCodeableConcept) ?? first?.display, 'Observation');
      ctx.c.ignore(reference, `result "${describeObservationValue(o)}" is not one the knowledge base reads, so no finding of this test is taken as absent`, {
        kind: 'unknown-code',
        display,
        date,
        abnormal: true,
      });
    }
  }
  // Graded results ("2+", "++"): a finding read at or above a grade is present, below it absent; no grade, no vote.
  for (const loinc of loincs) {
    const graded = ordinalRulesOf(ctx, loinc);
    if (graded.length === 0) {
      continue;
    }
    known = true;
    const grade = readPlusGrade(o);
    if (grade === undefined) {
      ctx.c.ignore(reference, `result "${describeObservationValue(o)}" has no grade in plus signs (strip scales in other units differ between makers)`, { kind: 'unit', display, date });
      continue;
    }
    for (const { findingId, rule } of graded) {
      ctx.c.vote(findingId, { present: grade >= rule.atLeast, date, source: { reference, value: describeObservationValue(o), date, code: `http://loinc.org|${loinc}` } });
    }
  }
  const measure = (loinc: string, q: unknown, rr: Observation['referenceRange'], interp: Observation['interpretation'], name: string): void => {
    if (!isQuantity(q)) {
      return;
    }
    // Weight and height are read to compute the body mass index (session 24); evaluateMeasurements says if they were not.
    known ||= hasQuantityKnowledge(ctx, loinc) || loinc === BODY_WEIGHT_LOINC || loinc === BODY_HEIGHT_LOINC;
    addMeasurement(ctx, {
      loinc,
      quantity: q,
      referenceRange: rr,
      interpretation: (interp ?? []).flatMap((i) => codingsOf(i).map((c) => c.code as string)),
      date,
      reference,
      display: `${name} ${formatNumber(q.value)} ${q.unit ?? q.code ?? ''}`.trim(),
      isVital: isVital || VITAL_LOINCS.has(loinc),
      duringEncounter,
    });
  };
  for (const loinc of loincs) {
    measure(loinc, o.valueQuantity, o.referenceRange, o.interpretation, textOf(o.code) ?? loinc);
  }
  for (const component of (o.component ?? []) as ObservationComponent[]) {
    for (const coding of codingsOf(component.code).filter((c) => c.system === 'http://loinc.org')) {
      measure(coding.code as string, component.valueQuantity, component.referenceRange, component.interpretation, textOf(component.code) ?? (coding.code as string));
    }
  }
  if (!known) {
    const first = codingsOf(o.code)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(o.code), 'Observation');
    ctx.c.ignore(reference, 'code not in the knowledge base', { kind: 'unknown-code', display, date, abnormal: isAbnormal(o) });
  }
}

function formatHours(h: number): string {
  return h % 24 === 0 ? `${h / 24} day${h === 24 ? '' : 's'}` : `${h} hour${h === 1 ? '' : 's'}`;
}

/** Test findings (orderable) whose order codes name this LOINC code or another code of the same analyte. */
function testFindingsOf(ctx: Context, loinc: string): string[] {
  const direct = ctx.index.testByLoinc.get(loinc);
  if (direct) {
    return direct;
  }
  const analyte = analyteOfLoinc(loinc);
  if (!analyte) {
    return [];
  }
  return [...new Set(expandLoincs([loinc]).flatMap((l) => ctx.index.testByLoinc.get(l) ?? []))];
}

/** The rules of one kind that read this LOINC code or another code of the same analyte, one per finding. */
function rulesOf<R>(byLoinc: ReadonlyMap<string, { findingId: string; rule: R }[]>, loinc: string): { findingId: string; rule: R }[] {
  // The index never changes once built, so each code's answer is kept (read-only: callers only iterate it).
  let memo = rulesMemo.get(byLoinc);
  if (!memo) {
    memo = new Map();
    rulesMemo.set(byLoinc, memo);
  }
  let rules = memo.get(loinc);
  if (!rules) {
    const seen = new Set<string>();
    rules = expandLoincs([loinc])
      .flatMap((l) => byLoinc.get(l) ?? [])
      .filter((r) => !seen.has(r.findingId) && !!seen.add(r.findingId));
    memo.set(loinc, rules);
  }
  return rules as { findingId: string; rule: R }[];
}
const rulesMemo = new WeakMap<object, Map<string, readonly { findingId: string; rule: unknown }[]>>();
const quantityRulesOf = (ctx: Context, loinc: string) => rulesOf(ctx.index.quantityByLoinc, loinc);
const rangeRulesOf = (ctx: Context, loinc: string) => rulesOf(ctx.index.rangeByLoinc, loinc);
const changeRulesOf = (ctx: Context, loinc: string) => rulesOf(ctx.index.changeByLoinc, loinc);
const ordinalRulesOf = (ctx: Context, loinc: string) => rulesOf(ctx.index.ordinalByLoinc, loinc);

function hasQuantityKnowledge(ctx: Context, loinc: string): boolean {
  return quantityRulesOf(ctx, loinc).length + rangeRulesOf(ctx, loinc).length + changeRulesOf(ctx, loinc).length > 0 || DERIVED_INPUTS.has(analyteOfLoinc(loinc)?.id ?? '');
}

function rangeBound(m: Measurement, which: 'low' | 'high'): number | undefined {
  for (const rr of m.referenceRange ?? []) {
    const bound = rr[which];
    if (isQuantity(bound)) {
      const from = unitOf(bound);
      const to = unitOf(m.quantity);
      if (!from || !to) {
        return bound.value;
      }
      return convertUnit(bound.value, from, to, m.loinc);
    }
  }
  return undefined;
}

function compare(value: number, comparator: string, threshold: number): boolean {
  switch (comparator) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    default:
      return value <= threshold;
  }
}

/** Analytes read only to derive another value (the anion gap from sodium, chloride and bicarbonate; the urea nitrogen/creatinine ratio from urea). */
const DERIVED_INPUTS = new Set(['sodium', 'chloride', 'bicarbonate', 'urea']);

/**
 * Values a laboratory often leaves for the reader to compute, derived when it did not report them and all
 * their parts are current: the anion gap (sodium − chloride − bicarbonate) and the urea nitrogen/creatinine
 * ratio (both in mg/dL; a molar urea is converted to urea nitrogen). The source names the results used.
 */
function deriveMeasurements(ctx: Context): void {
  deriveAnionGapMeasurement(ctx);
  deriveUreaCreatinineRatio(ctx);
  deriveBodyMassIndex(ctx);
}

/**
 * The body mass index (weight in kg over the square of height in m) when the chart records a current weight and height
 * but no index (session 24): Synthea and many EHRs record all three, hand-written charts often only the first two.
 */
function deriveBodyMassIndex(ctx: Context): void {
  if (ctx.c.latest.has(measurementKey(BMI_LOINC))) {
    return;
  }
  const weight = ctx.c.latest.get(measurementKey(BODY_WEIGHT_LOINC));
  const height = ctx.c.latest.get(measurementKey(BODY_HEIGHT_LOINC));
  if (!weight || !height) {
    return;
  }
  const weightUnit = unitOf(weight.quantity);
  const heightUnit = unitOf(height.quantity);
  const kg = weightUnit ? convertUnit(weight.quantity.value, weightUnit, 'kg') : undefined;
  const cm = heightUnit ? convertUnit(height.quantity.value, heightUnit, 'cm') : undefined;
  if (kg === undefined || cm === undefined || !isPlausible(BODY_WEIGHT_LOINC, kg, 'kg').ok || !isPlausible(BODY_HEIGHT_LOINC, cm, 'cm').ok) {
    return;
  }
  const bmi = Math.round((kg / (cm / 100) ** 2) * 10) / 10;
  setDerived(ctx, BMI_LOINC, bmi, 'kg/m2', `body mass index ${bmi} kg/m2 (computed: ${formatNumber(Math.round(kg * 10) / 10)} kg ÷ (${formatNumber(Math.round(cm) / 100)} m)²)`, [weight, height]);
}

function deriveAnionGapMeasurement(ctx: Context): void {
  if (ctx.c.latest.has(measurementKey(ANION_GAP_LOINC))) {
    return;
  }
  const parts = { sodium: ctx.c.latest.get('sodium'), chloride: ctx.c.latest.get('chloride'), bicarbonate: ctx.c.latest.get('bicarbonate') };
  if (!parts.sodium || !parts.chloride || !parts.bicarbonate) {
    return;
  }
  const mmol = (m: Measurement): number | undefined => {
    const unit = unitOf(m.quantity);
    return unit ? convertUnit(m.quantity.value, unit, 'mmol/L', m.loinc) : undefined;
  };
  const gap = deriveAnionGap({ sodium: mmol(parts.sodium), chloride: mmol(parts.chloride), bicarbonate: mmol(parts.bicarbonate) });
  if (gap === undefined) {
    return;
  }
  setDerived(ctx, ANION_GAP_LOINC, Math.round(gap * 10) / 10, 'mmol/L', `anion gap ${Math.round(gap * 10) / 10} mmol/L (computed: sodium − chloride − bicarbonate)`, [parts.sodium, parts.chloride, parts.bicarbonate]);
}

function deriveUreaCreatinineRatio(ctx: Context): void {
  if (ctx.c.latest.has(measurementKey(UREA_CREATININE_RATIO_LOINC))) {
    return;
  }
  const urea = ctx.c.latest.get('urea');
  const creatinine = ctx.c.latest.get('creatinine');
  if (!urea || !creatinine) {
    return;
  }
  const ureaUnit = unitOf(urea.quantity);
  const creatinineUnit = unitOf(creatinine.quantity);
  // Urea nitrogen in mg/dL (a urea code is converted through both molar masses), creatinine in mg/dL.
  const bun = ureaUnit ? convertUnit(urea.quantity.value, ureaUnit, 'mg/dL', urea.loinc, '3094-0') : undefined;
  const cr = creatinineUnit ? convertUnit(creatinine.quantity.value, creatinineUnit, 'mg/dL', creatinine.loinc) : undefined;
  if (bun === undefined || cr === undefined || !(cr > 0) || !Number.isFinite(bun)) {
    return;
  }
  if (!isPlausible(urea.loinc, urea.quantity.value, ureaUnit, urea.display).ok || !isPlausible(creatinine.loinc, creatinine.quantity.value, creatinineUnit, creatinine.display).ok) {
    return;
  }
  const ratio = Math.round((bun / cr) * 10) / 10;
  setDerived(ctx, UREA_CREATININE_RATIO_LOINC, ratio, '{ratio}', `urea nitrogen/creatinine ratio ${ratio} (computed: ${formatNumber(Math.round(bun * 10) / 10)} mg/dL ÷ ${formatNumber(Math.round(cr * 100) / 100)} mg/dL)`, [urea, creatinine]);
}

function setDerived(ctx: Context, loinc: string, value: number, unit: string, display: string, parts: readonly Measurement[]): void {
  const dates = parts.map((p) => p.date).filter((d): d is string => !!d).sort();
  ctx.c.latest.set(measurementKey(loinc), {
    loinc,
    quantity: { value, unit, code: unit, system: 'http://unitsofmeasure.org' },
    date: dates[0],
    reference: parts.map((p) => p.reference).join(', '),
    display,
    isVital: false,
    duringEncounter: parts.every((p) => p.duringEncounter),
  });
  for (const p of parts) {
    ctx.c.used.add(p.reference);
  }
}

function evaluateMeasurements(ctx: Context): void {
  deriveMeasurements(ctx);
  for (const m of ctx.c.latest.values()) {
    const unit = unitOf(m.quantity);
    const shown = `${formatNumber(m.quantity.value)} ${m.quantity.unit ?? unit ?? ''}`.trim();
    const plausibility = isPlausible(m.loinc, m.quantity.value, unit, m.display);
    if (!plausibility.ok) {
      ctx.c.ignore(m.reference, plausibility.reason, { kind: 'implausible', display: m.display, date: m.date });
      continue;
    }
    const quantityRules = quantityRulesOf(ctx, m.loinc);
    const rangeRules = rangeRulesOf(ctx, m.loinc);
    if (quantityRules.length + rangeRules.length + changeRulesOf(ctx, m.loinc).length === 0) {
      // Weight and height are read only to compute the body mass index: used when it was computed from them.
      if (m.loinc === BODY_WEIGHT_LOINC || m.loinc === BODY_HEIGHT_LOINC) {
        if (!ctx.c.used.has(m.reference)) {
          ctx.c.ignore(m.reference, 'read only to compute the body mass index, which is recorded, or whose other measurement (weight or height) is missing', { kind: 'other', display: m.display, date: m.date });
        }
        continue;
      }
      if (DERIVED_INPUTS.has(analyteOfLoinc(m.loinc)?.id ?? '')) {
        if (!ctx.c.used.has(m.reference)) {
          ctx.c.ignore(m.reference, 'read only to compute a derived value (anion gap, urea nitrogen/creatinine ratio), and the other results it needs are missing', { kind: 'other', display: m.display, date: m.date });
        }
        continue;
      }
      // A result whose code is unknown was already listed (and counted) when its Observation was read: once is enough.
      if (!ctx.c.unknownReferences.has(m.reference)) {
        ctx.c.unknownCode('http://loinc.org', m.loinc, undefined, 'Observation');
        ctx.c.ignore(m.reference, 'no finding in the knowledge base uses this result', { kind: 'unknown-code', display: m.display, date: m.date });
      }
      continue;
    }
    const code = `http://loinc.org|${m.loinc}`;
    evaluateChanges(ctx, m, unit, shown, code);
    for (const { findingId, rule } of quantityRules) {
      const value = unit ? convertUnit(m.quantity.value, unit, rule.unit, m.loinc, rule.component ?? rule.loinc[0]) : undefined;
      if (value === undefined) {
        ctx.c.ignore(m.reference, `unit "${unit ?? '(none)'}" cannot be converted to ${rule.unit} for ${findingId}`, { kind: 'unit', display: m.display, date: m.date });
        continue;
      }
      const source: ChartSource = { reference: m.reference, value: shown, date: m.date, code };
      ctx.c.vote(findingId, { present: compare(value, rule.comparator, rule.value), date: m.date, source });
    }
    for (const { findingId, rule } of rangeRules) {
      const bound = rangeBound(m, rule.relation === 'above-high' ? 'high' : 'low');
      let present: boolean | undefined;
      let ref = '';
      const factor = rule.relation === 'above-high' ? (rule.factor ?? 1) : 1;
      if (bound !== undefined) {
        present = rule.relation === 'above-high' ? m.quantity.value > bound * factor : m.quantity.value < bound;
        ref = ` (reference ${rule.relation === 'above-high' ? 'upper' : 'lower'} limit ${formatNumber(bound)}${factor > 1 ? `; ${factor} times it is ${formatNumber(bound * factor)}` : ''})`;
      } else if (factor === 1 && m.interpretation && m.interpretation.length > 0) {
        const flags = rule.relation === 'above-high' ? ['H', 'HH', 'HU', '>'] : ['L', 'LL', 'LU', '<'];
        present = m.interpretation.some((f) => flags.includes(f));
        ref = ` (flagged ${m.interpretation.join(',')})`;
      }
      if (present === undefined) {
        const why = factor > 1 ? `no reference range to judge ${factor} times the upper limit for ${findingId}` : `no reference range or interpretation to judge ${findingId}`;
        ctx.c.ignore(m.reference, why, { kind: 'unit', display: m.display, date: m.date });
        continue;
      }
      ctx.c.vote(findingId, { present, date: m.date, source: { reference: m.reference, value: `${shown}${ref}`, date: m.date, code } });
    }
  }
}

function isSystemic(r: MedicationRequest | MedicationStatement): boolean {
  if (SYSTEMIC_VAGINAL_TEXT.test(textOf(r.medicationCodeableConcept) ?? '')) {
    return true;
  }
  const dosage = ((r as MedicationRequest).dosageInstruction ?? (r as MedicationStatement).dosage ?? []) as Dosage[];
  const routes = dosage.flatMap((d) => codingsOf(d.route));
  if (routes.some((c) => NON_SYSTEMIC_ROUTES.has(c.code ?? ''))) {
    return false;
  }
  const texts = [textOf(r.medicationCodeableConcept), ...dosage.map((d) => textOf(d.route)), ...dosage.map((d) => d.text)];
  return !texts.some((t) => typeof t === 'string' && NON_SYSTEMIC_TEXT.test(t));
}

function readMedication(ctx: Context, r: MedicationRequest | MedicationStatement, reference: string): void {
  const status = r.status ?? 'unknown';
  const cc = r.medicationCodeableConcept;
  const date = validDate((r as MedicationRequest).authoredOn) ?? validDate((r as MedicationStatement).effectiveDateTime) ?? validDate((r as MedicationStatement).dateAsserted);
  const display = `${r.resourceType === 'MedicationStatement' ? 'Medication taken' : 'Medication'}: ${textOf(cc) ?? 'uncoded'} (${status})`;
  if (!CURRENT_MED_STATUSES[r.resourceType]?.has(status)) {
    ctx.c.ignore(reference, `not current (status ${status}): history`, { kind: 'history', display, date });
    return;
  }
  const codes = codingsOf(cc).map((c) => c.code as string);
  const name = (textOf(cc) ?? '').toLowerCase();
  const systemic = isSystemic(r);
  let matched = false;
  let nonSystemicMatch = false;
  for (const { findingId, rule } of ctx.index.medications) {
    const byCode = rule.rxnorm.some((code) => codes.includes(code));
    const byName = !byCode && rule.names.length > 0 && namesPattern(rule.names).test(name);
    if (!byCode && !byName) {
      continue;
    }
    if (!systemic) {
      nonSystemicMatch = true;
      continue;
    }
    matched = true;
    ctx.c.vote(findingId, { present: true, date, source: { reference, value: `${textOf(cc) ?? 'medication'} (${status})`, date } });
  }
  if (nonSystemicMatch && !matched) {
    ctx.c.ignore(reference, 'not systemic (topical, inhaled, eye, ear or nasal use)', { kind: 'out-of-scope', display, date });
  } else if (!matched) {
    const first = codingsOf(cc)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(cc), r.resourceType);
    ctx.c.ignore(reference, 'no finding in the knowledge base uses this medication', { kind: 'unknown-code', display, date });
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A rule's medication names as one whole-word pattern (any of them, lower case); compiled once per rule's list, not per
 * resource. `\\b(?:a|b)\\b` matches exactly where one of `\\ba\\b` and `\\bb\\b` does.
 */
const namesPatterns = new WeakMap<readonly string[], RegExp>();
function namesPattern(names: readonly string[]): RegExp {
  let re = namesPatterns.get(names);
  if (!re) {
    re = new RegExp(`\\b(?:${names.map((n) => escapeRegExp(n.toLowerCase())).join('|')})\\b`);
    namesPatterns.set(names, re);
  }
  return re;
}

function readCoded(ctx: Context, r: AllergyIntolerance | AnyResource, reference: string): void {
  const code = (r as AllergyIntolerance).code;
  const proc = r as unknown as Procedure;
  const date = validDate(proc.performedDateTime) ?? validDate(proc.performedPeriod?.start) ?? validDate((r as AllergyIntolerance).recordedDate);
  const display = `${r.resourceType}: ${textOf(code) ?? 'uncoded'}`;
  if (isFuture(date, ctx.asOf)) {
    ctx.c.ignore(reference, `dated in the future (${date})`, { kind: 'implausible', display, date });
    return;
  }
  const status = proc.status;
  if (status === 'entered-in-error' || status === 'not-done') {
    ctx.c.ignore(reference, `status ${status}`, { kind: 'malformed', display, date });
    return;
  }
  let known = false;
  let used = false;
  const reasons = new Set<string>();
  for (const coding of codingsOf(code)) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    for (const findingId of t?.findings ?? []) {
      known = true;
      used = true;
      ctx.c.vote(findingId, { present: true, date, source: { reference, value: textOf(code) ?? 'recorded', date, code: `${coding.system}|${coding.code}` } });
    }
    // A recent operation (surgery within four weeks): present only when its performed date lies in the window.
    if (r.resourceType === 'Procedure') {
      for (const { findingId, rule } of ctx.index.performedByCode.get(`${coding.system}|${coding.code}`) ?? []) {
        known = true;
        const days = date ? hoursBeforeEpisode(ctx, date) / 24 : undefined;
        if (proc.status === 'preparation') {
          reasons.add('planned, not yet performed');
        } else if (days === undefined) {
          reasons.add('its date is not recorded, so whether it was recent is unknown');
        } else if (days > rule.withinDays) {
          reasons.add(`performed ${Math.round(days)} days before this episode; counts as recent only within ${rule.withinDays} days`);
        } else {
          used = true;
          const value = `${textOf(code) ?? 'procedure'}, ${days < 1 ? 'during this episode' : `${Math.round(days)} days before this episode`}`;
          ctx.c.vote(findingId, { present: true, date, source: { reference, value, date, code: `${coding.system}|${coding.code}` } });
        }
      }
    }
  }
  if (known && !used) {
    ctx.c.ignore(reference, [...reasons].join('; '), { kind: 'history', display, date });
    return;
  }
  if (!known) {
    const first = codingsOf(code)[0];
    if (first) {
      ctx.c.unknownCode(first.system, first.code, textOf(code), r.resourceType);
    }
    ctx.c.ignore(reference, 'code not in the knowledge base', { kind: 'unknown-code', display, date });
  }
}

/**
 * The reason for visit: coded as a complaint (a presenting problem), coded as a diagnosis (mapped to the
 * problems it presents as, and the diagnosis marked as recorded), referenced Conditions, and the
 * chief-complaint text.
 */
function readEncounterReason(ctx: Context, encounter: Encounter, byReference: ReadonlyMap<string, AnyResource>): void {
  const reference = `Encounter/${encounter.id}`;
  const date = encounter.period?.start;
  const concepts: { cc: CodeableConcept; from: string }[] = (encounter.reasonCode ?? []).map((cc) => ({ cc, from: reference }));
  for (const rr of encounter.reasonReference ?? []) {
    const target = normaliseReference(rr.reference, ctx.fullUrls);
    const resource = target ? byReference.get(target) : undefined;
    if (resource && (resource.resourceType === 'Condition' || resource.resourceType === 'Observation')) {
      concepts.push({ cc: (resource as unknown as Condition).code as CodeableConcept, from: target as string });
    }
  }
  for (const { cc: reason, from } of concepts) {
    let recognised = false;
    for (const coding of codingsOf(reason)) {
      const t = lookupCode(ctx.index, coding.system, coding.code);
      if (!t) {
        continue;
      }
      const source: ChartSource = { reference: from, value: `reason for visit: ${textOf(reason) ?? coding.code}`, date, code: `${coding.system}|${coding.code}` };
      for (const p of t.problems) {
        ctx.c.problems.set(p, { problemId: p, source, via: 'reason-code' });
        recognised = true;
      }
      t.findings.forEach((f) => ctx.c.vote(f, { present: true, date, source }));
      recognised ||= t.findings.length > 0;
      for (const conditionId of t.conditions) {
        recognised = true;
        if (!ctx.c.diagnoses.some((d) => d.conditionId === conditionId)) {
          ctx.c.diagnoses.push({ conditionId, verificationStatus: 'reason for visit', source });
        }
        // A diagnosis the chart already held before this episode (Alzheimer's disease recorded two years ago, coded as
        // the reason for a routine visit) is a visit for a known condition, not a new complaint: reasoning it as
        // undifferentiated confusion would put a subdural haematoma first. A diagnosis made at this visit, or within
        // the recency window of a symptom, is still the working diagnosis of the current episode and is reasoned. So is a
        // can't-miss diagnosis or an injury, which recur as new events (a second overdose, a new stroke, a new fracture).
        const known = ctx.kb.conditions.get(conditionId);
        const since = known?.cantMiss || known?.injury ? undefined : establishedSince(ctx, conditionId, byReference);
        if (since) {
          if (!ctx.c.followUpOf.some((f) => f.conditionId === conditionId)) {
            ctx.c.followUpOf.push({ conditionId, display: textOf(reason) ?? known?.name ?? conditionId, since: since.date, reference: since.reference });
          }
          continue;
        }
        for (const p of problemsOfCondition(ctx.kb, conditionId)) {
          if (!ctx.c.problems.has(p)) {
            ctx.c.problems.set(p, { problemId: p, source: { ...source, value: `reason for visit coded as a diagnosis (${textOf(reason) ?? coding.code}), which presents as this problem` }, via: 'reason-diagnosis' });
          }
        }
      }
    }
    const text = typeof reason?.text === 'string' ? reason.text : undefined;
    if (!recognised && text) {
      for (const m of matchComplaintText(ctx.kb, text)) {
        recognised = true;
        if (!ctx.c.problems.has(m.problemId)) {
          ctx.c.problems.set(m.problemId, { problemId: m.problemId, source: { reference: from, value: `chief complaint text "${m.matched}"`, date }, via: 'reason-text' });
        }
      }
    }
    if (recognised) {
      ctx.c.used.add(reference);
    } else {
      const first = codingsOf(reason)[0];
      ctx.c.unknownCode(first?.system, first?.code, textOf(reason), 'Encounter');
      ctx.c.ignore(reference, `reason for visit "${textOf(reason) ?? first?.code ?? 'uncoded'}" is not a presenting problem or diagnosis the knowledge base knows`, {
        kind: 'unknown-code',
        display: `Reason for visit: ${textOf(reason) ?? 'uncoded'}`,
        date,
      });
    }
  }
}

/** A Condition that asserts the disease now: clinically active (not resolved, inactive or in remission) and not refuted or entered in error. */
function isActiveAssertion(c: Condition): boolean {
  const clinical = c.clinicalStatus?.coding?.[0]?.code ?? (c.abatementDateTime ? 'resolved' : 'active');
  const verification = c.verificationStatus?.coding?.[0]?.code ?? 'confirmed';
  return !INACTIVE_CLINICAL.has(clinical) && verification !== 'refuted' && verification !== 'entered-in-error';
}

/**
 * The earliest active Condition of the chart, from another encounter, that records this diagnosis and was recorded before
 * the current episode by more than a symptom's recency window (`POLICY.recencyHours.symptom`): the diagnosis is then
 * established, not new.
 */
function establishedSince(ctx: Context, conditionId: string, byReference: ReadonlyMap<string, AnyResource>): { reference: string; date: string } | undefined {
  let best: { reference: string; date: string } | undefined;
  for (const [reference, r] of byReference) {
    if (r.resourceType !== 'Condition') {
      continue;
    }
    const c = r as unknown as Condition;
    if (!isActiveAssertion(c) || isCurrentEncounter(ctx, c.encounter?.reference)) {
      continue;
    }
    // When the diagnosis was recorded, not when its symptoms began: a sinusitis diagnosed today after three weeks of
    // symptoms is new.
    const date = validDate(c.recordedDate) ?? validDate(c.onsetDateTime);
    if (!date || isFuture(date, ctx.asOf) || hoursBeforeEpisode(ctx, date) <= POLICY.recencyHours.symptom) {
      continue;
    }
    if (!codingsOf(c.code).some((x) => lookupCode(ctx.index, x.system, x.code)?.conditions.includes(conditionId))) {
      continue;
    }
    if (!best || date < best.date) {
      best = { reference, date };
    }
  }
  return best;
}

/** A current pregnancy: an active pregnancy condition, or a positive hCG in the current episode. */
function readPregnancy(ctx: Context, resources: readonly AnyResource[]): void {
  for (const r of resources) {
    if (r.resourceType === 'Condition') {
      const c = r as unknown as Condition;
      if (!isActiveAssertion(c)) {
        continue;
      }
      const coding = codingsOf(c.code).find((x) => (x.system === 'http://snomed.info/sct' && PREGNANCY_SNOMED.has(x.code ?? '')) || (x.system === 'http://hl7.org/fhir/sid/icd-10-cm' && /^(Z33|Z34|O)/.test(x.code ?? '')));
      const date = validDate(c.onsetDateTime) ?? validDate(c.recordedDate);
      if (coding && date && hoursBeforeEpisode(ctx, date) < 24 * 7 * 42 && !isFuture(date, ctx.asOf)) {
        // The first is the pregnancy's source; every such Condition describes the same current pregnancy and is read
        // (the pregnancy alert, which diagnoses apply, early-pregnancy reasoning), so none is "not used" or a code the
        // knowledge base does not know.
        ctx.c.pregnancy ??= { reference: `Condition/${c.id}`, value: textOf(c.code) ?? 'pregnancy', date, code: `${coding.system}|${coding.code}` };
        ctx.c.readAsPregnancy(`Condition/${c.id}`, codingsOf(c.code)[0]);
      }
    }
  }
  if (ctx.c.pregnancy) {
    return;
  }
  for (const r of resources) {
    if (r.resourceType !== 'Observation') {
      continue;
    }
    const o = r as unknown as Observation;
    const loinc = codingsOf(o.code).find((x) => x.system === 'http://loinc.org' && analyteOfLoinc(x.code ?? '')?.id === 'hcg-qualitative')?.code;
    const date = observationDate(o);
    if (loinc && date && hoursBeforeEpisode(ctx, date) <= RECENCY_HOURS.acuteLab && !isFuture(date, ctx.asOf) && readOrdinal(o) === 'positive') {
      ctx.c.pregnancy = { reference: `Observation/${o.id}`, value: `hCG ${describeObservationValue(o)}`, date, code: `http://loinc.org|${loinc}` };
      return;
    }
  }
  for (const [key, m] of ctx.c.latest) {
    if (key === 'hcg-quantitative' || HCG_LOINCS.has(m.loinc)) {
      if (m.quantity.value >= 25 && /IU|iU/.test(m.quantity.unit ?? m.quantity.code ?? '')) {
        ctx.c.pregnancy = { reference: m.reference, value: m.display, date: m.date, code: `http://loinc.org|${m.loinc}` };
      }
    }
  }
}

function readDemographics(ctx: Context, patient: Patient | undefined, ageYears: number | undefined): void {
  if (!patient) {
    return;
  }
  const reference = `Patient/${patient.id}`;
  if (ageYears !== undefined) {
    for (const { findingId, rule } of ctx.index.ages) {
      const present = (rule.min === undefined || ageYears >= rule.min) && (rule.max === undefined || ageYears < rule.max);
      ctx.c.vote(findingId, { present, source: { reference, value: `age ${ageYears} years`, date: patient.birthDate } });
    }
  }
  if (patient.gender === 'male' || patient.gender === 'female') {
    for (const { findingId, rule } of ctx.index.sexes) {
      ctx.c.vote(findingId, { present: rule.value === patient.gender, source: { reference, value: `sex ${patient.gender}` } });
    }
  }
}

/** A vote from a Condition the chart marks refuted: it rules out its own concept only. */
function isRefutation(v: Vote): boolean {
  return !v.present && v.source.value === 'refuted' && v.source.reference.startsWith('Condition/');
}

/** Latest first; at the same date, present before absent. */
const byDate = (a: Vote, b: Vote): number => (b.date ?? '').localeCompare(a.date ?? '') || Number(b.present) - Number(a.present);

function resolveVotes(votes: Map<string, Vote[]>): KnownFinding[] {
  const out: KnownFinding[] = [];
  for (const [findingId, list] of [...votes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length === 1) {
      // One vote (most findings): it is the latest, and a lone refutation has no assertion to yield to.
      out.push({ findingId, present: list[0].present, origin: 'chart', sources: [list[0].source] });
      continue;
    }
    let latest = [...list].sort(byDate)[0];
    if (isRefutation(latest)) {
      // A finding may cover several concepts ("syncope or near-syncope"): a refuted syncope does not refute a confirmed
      // near-syncope, so a Condition asserting another of its codes keeps it present, whichever was recorded later.
      const refutedCodes = new Set(list.filter(isRefutation).map((v) => v.source.code));
      const asserted = list.filter((v) => v.present && v.source.reference.startsWith('Condition/') && v.source.code !== undefined && !refutedCodes.has(v.source.code)).sort(byDate);
      if (asserted.length > 0) {
        latest = asserted[0];
      }
    }
    const agreeing = list.filter((v) => v.present === latest.present);
    const unique = agreeing.filter((v, i) => agreeing.findIndex((w) => w.source.reference === v.source.reference) === i);
    out.push({ findingId, present: latest.present, origin: 'chart', sources: unique.map((v) => v.source) });
  }
  return out;
}

/**
 * Derived findings ordered so that a finding read from another derived finding comes after it (model 2.48.0: a measured
 * temperature of 38 °C or more implies fever, which is one of Charcot's triad). The loader refuses cycles.
 * @param derived - the findings with a `derivedFrom` rule
 * @returns the same findings, components first
 */
function inDependencyOrder(derived: readonly Finding[]): Finding[] {
  const byId = new Map(derived.map((f) => [f.id, f]));
  const out: Finding[] = [];
  const placed = new Set<string>();
  const place = (f: Finding): void => {
    if (placed.has(f.id)) {
      return;
    }
    placed.add(f.id);
    for (const id of f.derivedFrom!.criteria.flat()) {
      const component = byId.get(id);
      if (component) {
        place(component);
      }
    }
    out.push(f);
  };
  derived.forEach(place);
  return out;
}

/** The findings of a knowledge base read from others (`derivedFrom`), kept per knowledge base. */
const derivedCache = new WeakMap<KnowledgeBase, Finding[]>();

/**
 * Adds the findings read from others (model 2.37.0): present when every finding of one criteria group is present,
 * with the sources of that group; absent when every group holds a refuting finding the chart shows absent, with
 * those sources; otherwise left unknown. A finding the chart already voted on (a coded diagnosis) keeps its vote.
 */
export function deriveFindings(kb: KnowledgeBase, findings: KnownFinding[]): KnownFinding[] {
  let derived = derivedCache.get(kb);
  if (!derived) {
    derived = inDependencyOrder([...kb.findings.values()].filter((f) => f.derivedFrom));
    derivedCache.set(kb, derived);
  }
  if (derived.length === 0) {
    return findings;
  }
  const byId = new Map(findings.map((f) => [f.findingId, f]));
  const out = [...findings];
  for (const finding of derived) {
    const rule = finding.derivedFrom!;
    if (byId.has(finding.id)) {
      continue;
    }
    const met = rule.criteria.find((group) => group.every((id) => byId.get(id)?.present === true));
    if (met) {
      const entry: KnownFinding = { findingId: finding.id, present: true, origin: met.some((id) => byId.get(id)!.origin === 'clinician') ? 'clinician' : 'chart', sources: met.flatMap((id) => byId.get(id)!.sources), derivedBy: rule.source };
      out.push(entry);
      byId.set(finding.id, entry); // a later derivation may read it (model 2.48.0)
      continue;
    }
    if (rule.presentOnly) {
      // An implication (travel to sub-Saharan Africa is travel abroad): its components never make it absent.
      continue;
    }
    const refuting = new Set(rule.refutedOnlyBy ?? rule.criteria.flat());
    const refutedBy = rule.criteria.map((group) => group.find((id) => refuting.has(id) && byId.get(id)?.present === false));
    if (refutedBy.every((id) => id !== undefined)) {
      const sources = [...new Set(refutedBy as string[])].flatMap((id) => byId.get(id)!.sources);
      const entry: KnownFinding = { findingId: finding.id, present: false, origin: (refutedBy as string[]).some((id) => byId.get(id)!.origin === 'clinician') ? 'clinician' : 'chart', sources, derivedBy: rule.source };
      out.push(entry);
      byId.set(finding.id, entry);
    }
  }
  return out.sort((a, b) => a.findingId.localeCompare(b.findingId));
}

/** SNOMED CT codes of a current pregnancy (finding of pregnancy, normal pregnancy, pregnant). */
const PREGNANCY_SNOMED = new Set(['72892002', '77386006', '289908002']);
const HCG_LOINCS = new Set(['21198-7', '2106-3', '19080-1', '2118-8', '2119-6', '25372-4', '45194-8']);
const ANION_GAP_LOINC = '33037-3';
/** Body weight, body height and body mass index (the vital-sign codes of FHIR R4's vital signs profile). */
const BODY_WEIGHT_LOINC = '29463-7';
const BODY_HEIGHT_LOINC = '8302-2';
const BMI_LOINC = '39156-5';
/** Urea nitrogen/Creatinine [Mass Ratio] in Serum or Plasma. */
const UREA_CREATININE_RATIO_LOINC = '3097-3';
/** Analytes whose results describe months rather than days. */
const CHRONIC_ANALYTES = new Set(['hba1c', 'ferritin', 'tsh', 'bone-density-t-score', 'cholesterol']);
/** Resource types this model reads; others are counted as not used, by type. */
const READ_TYPES = new Set(['Patient', 'Encounter', 'Condition', 'Observation', 'MedicationRequest', 'MedicationStatement', 'AllergyIntolerance', 'Procedure', 'Consent']);
const NOT_READ_REASON: Readonly<Record<string, string>> = {
  Claim: 'billing, not clinical data',
  ExplanationOfBenefit: 'billing, not clinical data',
  Coverage: 'billing, not clinical data',
  Organization: 'administrative, not clinical data',
  Practitioner: 'administrative, not clinical data',
  PractitionerRole: 'administrative, not clinical data',
  Location: 'administrative, not clinical data',
  Provenance: 'audit, not clinical data',
  Immunization: 'immunisations are not used by this model',
  CarePlan: 'care plans are not used by this model',
  CareTeam: 'care teams are not used by this model',
  Goal: 'goals are not used by this model',
  DiagnosticReport: 'reports are read through their Observations; narrative reports are not used',
  DocumentReference: 'documents and notes are not read by this model',
  ImagingStudy: 'imaging studies are read through coded results; the study itself is not used',
  Device: 'devices are not used by this model',
  SupplyDelivery: 'supplies are not used by this model',
  MedicationAdministration: 'administrations are not used; active orders and statements are',
  ServiceRequest: 'orders are not findings (the CDS service reads them to see what is addressed)',
};

/**
 * Extracts findings from a chart.
 * @param input - a FHIR Bundle, an array of resources, or anything (malformed input is reported, not thrown)
 * @param kb - the knowledge base whose findings are looked for
 * @param options - the reference time and the encounter in context
 * @returns the findings with their sources, problems, chart diagnoses, what was not used and why, unknown codes
 */
export function extractFindings(input: unknown, kb: KnowledgeBase, options: ExtractOptions = {}): ChartExtract {
  const { resources, malformed, fullUrls } = flattenResources(input);
  const c = new Collector();
  malformed.forEach((m) => c.ignore(m.split(':')[0], m.split(':').slice(1).join(':').trim(), { kind: 'malformed' }));
  const counts: Record<string, number> = {};
  resources.forEach((r) => (counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1));
  const byReference = new Map<string, AnyResource>(resources.filter((r) => typeof r.id === 'string').map((r) => [`${r.resourceType}/${r.id}`, r]));

  const patient = resources.find((r) => r.resourceType === 'Patient') as unknown as Patient | undefined;
  const encounters = resources.filter((r) => r.resourceType === 'Encounter') as unknown as Encounter[];
  const requestTime = new Date().toISOString();
  const { encounter, now } = pickCurrentEncounter(encounters, options.encounterId, validDate(options.asOf), requestTime);
  const asOf = now.asOf;
  const episodeStart = validDate(encounter?.period?.start) && !isFuture(encounter?.period?.start, asOf) ? (encounter?.period?.start as string) : asOf;
  const ageYears = patient?.birthDate ? ageInYears(patient.birthDate, episodeStart) : undefined;
  if (patient?.birthDate && ageYears === undefined) {
    c.ignore(`Patient/${patient.id}`, `birth date ${patient.birthDate} is not a valid date before ${episodeStart}`, { kind: 'implausible' });
  }
  const index = indexKnowledge(kb);
  const longest = Math.max(...Object.values(RECENCY_HOURS));
  const oldestRelevantDate = new Date(Date.parse(episodeStart) - (longest + 24) * 3_600_000).toISOString().slice(0, 10);
  const ctx: Context = { kb, index, c, asOf, episodeStart, oldestRelevantDate, encounter, fullUrls };

  const notRead = new Map<string, number>();
  resources.forEach((r, i) => {
    const reference = referenceOf(r, i);
    try {
      switch (r.resourceType) {
        case 'Condition':
          readCondition(ctx, r as unknown as Condition, reference);
          break;
        case 'Observation':
          readObservation(ctx, r as unknown as Observation, reference);
          break;
        case 'MedicationRequest':
        case 'MedicationStatement':
          readMedication(ctx, r as unknown as MedicationRequest, reference);
          break;
        case 'AllergyIntolerance':
        case 'Procedure':
          readCoded(ctx, r, reference);
          break;
        case 'Encounter':
          if (r.id !== encounter?.id) {
            const e = r as unknown as Encounter;
            ctx.c.ignore(reference, isAdministrative(e) ? 'administrative encounter (not a clinical visit)' : 'another visit, not the current one', {
              kind: 'not-current',
              display: `Encounter: ${describeEncounter(e)}`,
              date: e.period?.start,
            });
          }
          break;
        default:
          if (!READ_TYPES.has(r.resourceType)) {
            notRead.set(r.resourceType, (notRead.get(r.resourceType) ?? 0) + 1);
          }
          break;
      }
    } catch (err) {
      c.ignore(reference, `malformed resource (${(err as Error).message})`, { kind: 'malformed' });
    }
  });
  if (encounter) {
    readEncounterReason(ctx, encounter, byReference);
  }
  evaluateMeasurements(ctx);
  readDemographics(ctx, patient, ageYears);
  readPregnancy(ctx, resources);

  const groups: IgnoredItem[] = [...notRead.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => ({ reference: `(${n} ${type})`, reason: NOT_READ_REASON[type] ?? `${type} resources are not read by this model`, kind: 'out-of-scope' as const, display: `${type} ×${n}` }));
  const routine = [...c.routine.entries()].map(([reason, n]) => ({ reference: `(${n} resource${n === 1 ? '' : 's'})`, reason, kind: 'other' as const }));
  // The reason for visit sets the problems; a complaint that is a more specific form of one of them (a cough that began
  // more than eight weeks ago is chronic cough) is added, and the broader one is then set aside by the differential.
  const refining = [...c.symptomProblems.values()].filter((p) => !c.problems.has(p.problemId) && (ctx.kb.problems.get(p.problemId)?.refines ?? []).some((id) => c.problems.has(id)));
  const problems = c.problems.size > 0 ? new Map([...c.problems, ...refining.map((p) => [p.problemId, p] as const)]) : c.symptomProblems;
  const nameOf = (problemId: string): string => ctx.kb.problems.get(problemId)?.name ?? problemId;
  for (const [reference, { display, problemIds }] of c.problemOnly) {
    if ([...problemIds].some((id) => problems.has(id))) {
      c.used.add(reference);
    } else if (!c.used.has(reference)) {
      const named = [...problemIds].map(nameOf);
      const reasons = [...c.problems.keys()].map(nameOf);
      c.ignore(reference, `names a presenting problem (${named.join(', ')}) that is not reasoned on: the encounter's reason for visit sets the problem (${reasons.join(', ')}), and no finding in the knowledge base uses this code`, { kind: 'not-current', display, activeProblem: true });
    }
  }
  const deceasedDate = validDate(patient?.deceasedDateTime);
  return {
    patientReference: patient?.id ? `Patient/${patient.id}` : undefined,
    ageYears,
    sex: patient?.gender,
    asOf,
    now: { ...now, asOf },
    setting: settingOf(encounter),
    encounterReference: encounter?.id ? `Encounter/${encounter.id}` : undefined,
    problems: [...problems.values()].sort((a, b) => a.problemId.localeCompare(b.problemId)),
    findings: deriveFindings(kb, resolveVotes(c.votes)),
    chartDiagnoses: c.diagnoses,
    ignored: [...c.ignored.filter((i) => !c.used.has(i.reference) || i.kind === 'superseded'), ...groups, ...routine],
    unknownCodes: [...c.unknown.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    resourceCounts: counts,
    ...(patient?.deceasedBoolean === true || deceasedDate ? { deceased: { date: deceasedDate } } : {}),
    ...(c.pregnancy ? { pregnancy: { source: c.pregnancy } } : {}),
    ...(patient ? {} : { noPatient: true }),
    ...(c.followUpOf.length > 0 ? { followUpOf: c.followUpOf } : {}),
  };
}
