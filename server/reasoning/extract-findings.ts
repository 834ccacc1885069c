/**
 * Findings from a FHIR R4 chart: a pure function from resources (a Bundle, or the resources the app
 * read) to the findings the knowledge base knows, each keeping the reference, value and date of the
 * resource it came from. Never throws on clinical data: what it cannot use is reported in `ignored`
 * with the reason, and codes the knowledge base does not know are counted in `unknownCodes`.
 */
import type {
  AllergyIntolerance,
  Condition,
  Encounter,
  MedicationRequest,
  Observation,
  ObservationComponent,
  Patient,
  Quantity,
} from '@medplum/fhirtypes';
import type { KnowledgeBase } from '../knowledge/load-knowledge';
import type { CareSetting } from '../knowledge/schema';
import {
  codingsOf,
  flattenResources,
  formatNumber,
  isQuantity,
  observationDate,
  referenceOf,
  textOf,
  unitOf,
  validDate,
  type AnyResource,
} from './chart-reading';
import { indexKnowledge, lookupCode, type KnowledgeIndex } from './knowledge-index';
import { convertUnit } from './ucum';
import type { ChartDiagnosis, ChartExtract, ChartSource, IgnoredItem, KnownFinding, UnknownCode } from './types';
import { isPlausible } from './plausibility';
import { ageInYears } from '../fairness/subgroup-of';

export interface ExtractOptions {
  /** The moment the chart is read for (ISO date-time). Default: the current encounter's start, else the latest date in the chart. */
  asOf?: string;
  /** The encounter in context (from the SMART launch or the hook context). */
  encounterId?: string;
}

/** How far back a result still describes the current presentation (policy, shown on the model label). */
export const RECENCY_HOURS = { vital: 48, lab: 24 * 30, symptom: 24 * 14 } as const;
const FUTURE_TOLERANCE_MS = 24 * 3600 * 1000;

const NEGATIVE_VALUE_CODES = new Set(['373067005', '260385009', '2667000', '272519000', 'N', 'NEG', 'negative']);
const ACTIVE_MED_STATUSES = new Set(['active', 'on-hold', 'intended', 'completed']);
const VITAL_LOINCS = new Set(['8867-4', '9279-1', '8310-5', '59408-5', '2708-6', '85354-9', '8480-6', '8462-4', '29463-7', '8302-2', '39156-5']);

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
  isVital: boolean;
}

class Collector {
  readonly votes = new Map<string, Vote[]>();
  readonly ignored: IgnoredItem[] = [];
  readonly routine = new Map<string, number>();
  readonly unknown = new Map<string, UnknownCode & { count: number }>();
  /** Presenting problems from the encounter's reason for visit (the chief complaint). */
  readonly problems = new Map<string, ChartSource>();
  /** Problems implied by current symptoms; used only when the encounter gives no reason. */
  readonly symptomProblems = new Map<string, ChartSource>();
  readonly diagnoses: ChartDiagnosis[] = [];
  readonly latest = new Map<string, Measurement>();

  vote(findingId: string, vote: Vote): void {
    const list = this.votes.get(findingId);
    if (list) {
      list.push(vote);
    } else {
      this.votes.set(findingId, [vote]);
    }
  }

  ignore(reference: string, reason: string): void {
    this.ignored.push({ reference, reason });
  }

  /** Routine exclusions (older results, other encounters) are counted, not listed one by one. */
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

function hoursBetween(a: string, b: string): number {
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

function pickEncounter(encounters: Encounter[], encounterId?: string): Encounter | undefined {
  if (encounterId) {
    const wanted = encounterId.replace(/^Encounter\//, '');
    const found = encounters.find((e) => e.id === wanted);
    if (found) {
      return found;
    }
  }
  const open = new Set(['in-progress', 'arrived', 'triaged', 'onleave', 'planned']);
  const byStart = [...encounters].sort((a, b) => (b.period?.start ?? '').localeCompare(a.period?.start ?? ''));
  return byStart.find((e) => open.has(e.status ?? '')) ?? byStart[0];
}

function latestDate(resources: AnyResource[]): string | undefined {
  let best: string | undefined;
  for (const r of resources) {
    const x = r as Record<string, unknown> & { period?: { start?: string } };
    const d =
      observationDate(r as unknown as Observation) ??
      validDate(x.recordedDate) ??
      validDate(x.onsetDateTime) ??
      validDate(x.period?.start) ??
      validDate(x.authoredOn);
    if (d && (!best || d > best)) {
      best = d;
    }
  }
  return best;
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
  /** YYYY-MM-DD before which no observation can describe the current presentation. */
  oldestRelevantDate: string;
  encounter?: Encounter;
}

function isCurrentEncounter(ctx: Context, ref: string | undefined): boolean {
  return !!ctx.encounter?.id && ref === `Encounter/${ctx.encounter.id}`;
}

function readCondition(ctx: Context, r: Condition, reference: string): void {
  const verification = r.verificationStatus?.coding?.[0]?.code ?? 'confirmed';
  if (verification === 'entered-in-error') {
    ctx.c.ignore(reference, 'entered in error');
    return;
  }
  const clinical = r.clinicalStatus?.coding?.[0]?.code ?? 'active';
  const date = validDate(r.onsetDateTime) ?? validDate(r.recordedDate);
  if (isFuture(date, ctx.asOf)) {
    ctx.c.ignore(reference, `dated in the future (${date})`);
    return;
  }
  const categories = (r.category ?? []).flatMap((cat) => codingsOf(cat).map((x) => x.code));
  const encounterDiagnosis = categories.includes('encounter-diagnosis');
  const current =
    isCurrentEncounter(ctx, r.encounter?.reference) || (!r.encounter && !!date && Math.abs(hoursBetween(date, ctx.asOf)) <= RECENCY_HOURS.symptom);
  const refuted = verification === 'refuted';
  const active = clinical === 'active' || clinical === 'recurrence' || clinical === 'relapse';
  let known = false;
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
      const historical = finding?.category === 'history' || finding?.category === 'risk-factor' || finding?.category === 'medication';
      if (!historical && (!active || (encounterDiagnosis && !current))) {
        ctx.c.skip('symptom or sign recorded at an earlier encounter or no longer active');
        continue;
      }
      ctx.c.vote(findingId, { present: !refuted, date, source });
    }
    for (const problemId of t.problems) {
      if (!refuted && active && current) {
        ctx.c.symptomProblems.set(problemId, source);
      }
    }
    for (const conditionId of t.conditions) {
      if (!ctx.c.diagnoses.some((d) => d.conditionId === conditionId && d.source.reference === reference)) {
        ctx.c.diagnoses.push({ conditionId, verificationStatus: verification, source });
      }
    }
  }
  if (!known) {
    const first = codingsOf(r.code)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(r.code), 'Condition');
  }
}

function isNegativeValue(o: Observation): boolean {
  if (o.valueBoolean === false) {
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
  const prev = ctx.c.latest.get(m.loinc);
  if (!prev || (m.date ?? '') > (prev.date ?? '')) {
    if (prev) {
      ctx.c.skip('older result of the same test (only the latest is used)');
    }
    ctx.c.latest.set(m.loinc, m);
  } else {
    ctx.c.skip('older result of the same test (only the latest is used)');
  }
}

function readObservation(ctx: Context, o: Observation, reference: string): void {
  if (o.status === 'entered-in-error' || o.status === 'cancelled') {
    ctx.c.ignore(reference, `status ${o.status}`);
    return;
  }
  // Cheap check on the raw ISO string before any parsing: most of a long chart is old results.
  const raw = o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.effectiveInstant ?? o.issued;
  if (typeof raw === 'string' && raw.length >= 10 && raw.slice(0, 10) < ctx.oldestRelevantDate) {
    ctx.c.skip(`observation older than ${RECENCY_HOURS.lab / 24} days (not the current presentation)`);
    return;
  }
  const date = observationDate(o);
  if (isFuture(date, ctx.asOf)) {
    ctx.c.ignore(reference, `dated in the future (${date})`);
    return;
  }
  if (date && date.slice(0, 10) < ctx.oldestRelevantDate) {
    ctx.c.skip(`observation older than ${RECENCY_HOURS.lab / 24} days (not the current presentation)`);
    return;
  }
  const isVital = (o.category ?? []).some((cat) => codingsOf(cat).some((c) => c.code === 'vital-signs'));
  let known = false;
  let negative: boolean | undefined;
  const matchedByValue = new Set<string>();
  const codeCodings = codingsOf(o.code);
  for (const coding of codeCodings) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    for (const findingId of t?.findings ?? []) {
      known = true;
      negative ??= isNegativeValue(o);
      ctx.c.vote(findingId, { present: !negative, date, source: { reference, value: describeObservationValue(o), date, code: `${coding.system}|${coding.code}` } });
    }
  }
  for (const coding of codingsOf(o.valueCodeableConcept)) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    for (const findingId of t?.findings ?? []) {
      known = true;
      matchedByValue.add(findingId);
      ctx.c.vote(findingId, { present: true, date, source: { reference, value: describeObservationValue(o), date, code: `${coding.system}|${coding.code}` } });
    }
  }
  const loincs = codeCodings.filter((c) => c.system === 'http://loinc.org').map((c) => c.code as string);
  if (o.valueCodeableConcept) {
    for (const loinc of loincs) {
      for (const findingId of ctx.index.testByLoinc.get(loinc) ?? []) {
        known = true;
        if (!matchedByValue.has(findingId)) {
          ctx.c.vote(findingId, { present: false, date, source: { reference, value: describeObservationValue(o), date, code: `http://loinc.org|${loinc}` } });
        }
      }
    }
  }
  const measure = (loinc: string, q: unknown, rr: Observation['referenceRange'], interp: Observation['interpretation']): void => {
    if (!isQuantity(q)) {
      return;
    }
    known ||= ctx.index.quantityByLoinc.has(loinc) || ctx.index.rangeByLoinc.has(loinc);
    addMeasurement(ctx, {
      loinc,
      quantity: q,
      referenceRange: rr,
      interpretation: (interp ?? []).flatMap((i) => codingsOf(i).map((c) => c.code as string)),
      date,
      reference,
      isVital: isVital || VITAL_LOINCS.has(loinc),
    });
  };
  for (const loinc of loincs) {
    measure(loinc, o.valueQuantity, o.referenceRange, o.interpretation);
  }
  for (const component of (o.component ?? []) as ObservationComponent[]) {
    for (const coding of codingsOf(component.code).filter((c) => c.system === 'http://loinc.org')) {
      measure(coding.code as string, component.valueQuantity, component.referenceRange, component.interpretation);
    }
  }
  if (!known) {
    const first = codingsOf(o.code)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(o.code), 'Observation');
  }
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

function evaluateMeasurements(ctx: Context): void {
  for (const m of ctx.c.latest.values()) {
    const limit = m.isVital ? RECENCY_HOURS.vital : RECENCY_HOURS.lab;
    if (m.date && hoursBetween(m.date, ctx.asOf) > limit) {
      ctx.c.ignore(m.reference, `result from ${m.date} is older than ${limit} hours before ${ctx.asOf}`);
      continue;
    }
    const unit = unitOf(m.quantity);
    const shown = `${formatNumber(m.quantity.value)} ${m.quantity.unit ?? unit ?? ''}`.trim();
    const plausibility = isPlausible(m.loinc, m.quantity.value, unit);
    if (!plausibility.ok) {
      ctx.c.ignore(m.reference, plausibility.reason);
      continue;
    }
    const quantityRules = ctx.index.quantityByLoinc.get(m.loinc) ?? [];
    const rangeRules = ctx.index.rangeByLoinc.get(m.loinc) ?? [];
    if (quantityRules.length + rangeRules.length === 0) {
      ctx.c.unknownCode('http://loinc.org', m.loinc, undefined, 'Observation');
      continue;
    }
    for (const { findingId, rule } of quantityRules) {
      const value = unit ? convertUnit(m.quantity.value, unit, rule.unit, m.loinc) : undefined;
      if (value === undefined) {
        ctx.c.ignore(m.reference, `unit "${unit ?? '(none)'}" cannot be converted to ${rule.unit} for ${findingId}`);
        continue;
      }
      const source: ChartSource = { reference: m.reference, value: shown, date: m.date, code: `http://loinc.org|${m.loinc}` };
      ctx.c.vote(findingId, { present: compare(value, rule.comparator, rule.value), date: m.date, source });
    }
    for (const { findingId, rule } of rangeRules) {
      const bound = rangeBound(m, rule.relation === 'above-high' ? 'high' : 'low');
      let present: boolean | undefined;
      let ref = '';
      if (bound !== undefined) {
        present = rule.relation === 'above-high' ? m.quantity.value > bound : m.quantity.value < bound;
        ref = ` (reference ${rule.relation === 'above-high' ? 'upper' : 'lower'} limit ${formatNumber(bound)})`;
      } else if (m.interpretation && m.interpretation.length > 0) {
        const flags = rule.relation === 'above-high' ? ['H', 'HH', 'HU', '>'] : ['L', 'LL', 'LU', '<'];
        present = m.interpretation.some((f) => flags.includes(f));
        ref = ` (flagged ${m.interpretation.join(',')})`;
      }
      if (present === undefined) {
        ctx.c.ignore(m.reference, `no reference range or interpretation to judge ${findingId}`);
        continue;
      }
      ctx.c.vote(findingId, { present, date: m.date, source: { reference: m.reference, value: `${shown}${ref}`, date: m.date, code: `http://loinc.org|${m.loinc}` } });
    }
  }
}

function readMedication(ctx: Context, r: MedicationRequest, reference: string): void {
  const status = r.status ?? 'unknown';
  if (!ACTIVE_MED_STATUSES.has(status) || status === 'completed') {
    ctx.c.skip('medication not active');
    return;
  }
  const cc = r.medicationCodeableConcept;
  const codes = codingsOf(cc).map((c) => c.code as string);
  const name = (textOf(cc) ?? '').toLowerCase();
  let matched = false;
  for (const { findingId, rule } of ctx.index.medications) {
    const byCode = rule.rxnorm.some((code) => codes.includes(code));
    const byName = rule.names.some((n) => name.includes(n.toLowerCase()));
    if (byCode || byName) {
      matched = true;
      ctx.c.vote(findingId, { present: true, date: validDate(r.authoredOn), source: { reference, value: `${textOf(cc) ?? 'medication'} (${status})`, date: validDate(r.authoredOn) } });
    }
  }
  if (!matched) {
    const first = codingsOf(cc)[0];
    ctx.c.unknownCode(first?.system, first?.code, textOf(cc), r.resourceType);
  }
}

function readCoded(ctx: Context, r: AllergyIntolerance | AnyResource, reference: string): void {
  const code = (r as AllergyIntolerance).code;
  let known = false;
  for (const coding of codingsOf(code)) {
    const t = lookupCode(ctx.index, coding.system, coding.code);
    for (const findingId of t?.findings ?? []) {
      known = true;
      ctx.c.vote(findingId, { present: true, source: { reference, value: textOf(code) ?? 'recorded', code: `${coding.system}|${coding.code}` } });
    }
  }
  if (!known && codingsOf(code).length > 0) {
    const first = codingsOf(code)[0];
    ctx.c.unknownCode(first.system, first.code, textOf(code), r.resourceType);
  }
}

function readEncounterReason(ctx: Context, encounter: Encounter): void {
  const reference = `Encounter/${encounter.id}`;
  for (const reason of encounter.reasonCode ?? []) {
    let known = false;
    for (const coding of codingsOf(reason)) {
      const t = lookupCode(ctx.index, coding.system, coding.code);
      if (!t) {
        continue;
      }
      known = true;
      const source: ChartSource = { reference, value: `reason for visit: ${textOf(reason) ?? coding.code}`, date: encounter.period?.start, code: `${coding.system}|${coding.code}` };
      t.problems.forEach((p) => ctx.c.problems.set(p, source));
      t.findings.forEach((f) => ctx.c.vote(f, { present: true, date: encounter.period?.start, source }));
    }
    if (!known) {
      const first = codingsOf(reason)[0];
      ctx.c.unknownCode(first?.system, first?.code, textOf(reason), 'Encounter');
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

function resolveVotes(votes: Map<string, Vote[]>): KnownFinding[] {
  const out: KnownFinding[] = [];
  for (const [findingId, list] of [...votes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const latest = [...list].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || Number(b.present) - Number(a.present))[0];
    const agreeing = list.filter((v) => v.present === latest.present);
    const unique = agreeing.filter((v, i) => agreeing.findIndex((w) => w.source.reference === v.source.reference) === i);
    out.push({ findingId, present: latest.present, origin: 'chart', sources: unique.map((v) => v.source) });
  }
  return out;
}

/**
 * Extracts findings from a chart.
 * @param input - a FHIR Bundle, an array of resources, or anything (malformed input is reported, not thrown)
 * @param kb - the knowledge base whose findings are looked for
 * @param options - asOf and the encounter in context
 * @returns the findings with their sources, problems, chart diagnoses, what was ignored and unknown codes
 */
export function extractFindings(input: unknown, kb: KnowledgeBase, options: ExtractOptions = {}): ChartExtract {
  const { resources, malformed } = flattenResources(input);
  const c = new Collector();
  malformed.forEach((m) => c.ignore(m.split(':')[0], m.split(':').slice(1).join(':').trim()));
  const counts: Record<string, number> = {};
  resources.forEach((r) => (counts[r.resourceType] = (counts[r.resourceType] ?? 0) + 1));

  const patient = resources.find((r) => r.resourceType === 'Patient') as unknown as Patient | undefined;
  const encounters = resources.filter((r) => r.resourceType === 'Encounter') as unknown as Encounter[];
  const encounter = pickEncounter(encounters, options.encounterId);
  const asOf = validDate(options.asOf) ?? validDate(encounter?.period?.start) ?? latestDate(resources) ?? '1970-01-01T00:00:00Z';
  const ageYears = patient?.birthDate ? ageInYears(patient.birthDate, asOf) : undefined;
  if (patient?.birthDate && ageYears === undefined) {
    c.ignore(`Patient/${patient.id}`, `birth date ${patient.birthDate} is not a valid date before ${asOf}`);
  }
  const index = indexKnowledge(kb);
  const oldestRelevantDate = new Date(Date.parse(asOf) - (RECENCY_HOURS.lab + 24) * 3_600_000).toISOString().slice(0, 10);
  const ctx: Context = { kb, index, c, asOf, oldestRelevantDate, encounter };

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
        default:
          break;
      }
    } catch (err) {
      c.ignore(reference, `malformed resource (${(err as Error).message})`);
    }
  });
  if (encounter) {
    readEncounterReason(ctx, encounter);
  }
  evaluateMeasurements(ctx);
  readDemographics(ctx, patient, ageYears);

  const routine = [...c.routine.entries()].map(([reason, n]) => ({ reference: `(${n} resource${n === 1 ? '' : 's'})`, reason }));
  return {
    patientReference: patient?.id ? `Patient/${patient.id}` : undefined,
    ageYears,
    sex: patient?.gender,
    asOf,
    setting: settingOf(encounter),
    encounterReference: encounter?.id ? `Encounter/${encounter.id}` : undefined,
    problems: [...(c.problems.size > 0 ? c.problems : c.symptomProblems).entries()].sort(([a], [b]) => a.localeCompare(b)).map(([problemId, source]) => ({ problemId, source })),
    findings: resolveVotes(c.votes),
    chartDiagnoses: c.diagnoses,
    ignored: [...c.ignored, ...routine],
    unknownCodes: [...c.unknown.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    resourceCounts: counts,
  };
}
