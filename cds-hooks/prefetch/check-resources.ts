/**
 * What a hook call's resources must be before the engine sees them: the shape of every field the
 * engine, the opt-out check and the cards read (so malformed FHIR is a 400 naming the field, not a
 * crash), and about the patient in context (so a chart, order or consent of another patient can
 * never be reasoned over, stored under this patient or shown as this patient's).
 *
 * The shapes are deliberately loose: every field optional and unknown fields allowed, as FHIR's own
 * rules are; they check only the types of what is read. They are checked by a small interpreter
 * rather than zod: a 2,000-resource chart took 14 ms to validate with zod schemas and takes well
 * under 1 ms this way (measured by npm run bench), on the path of every hook call.
 */

/** A field's expected type: a primitive, an object of fields, an array of one shape, or a shape defined later (recursion). */
type Shape = 'string' | 'number' | 'boolean' | { readonly [field: string]: Shape } | readonly [Shape] | (() => Shape);

const MAX_NESTING = 12;

const Coding: Shape = { system: 'string', code: 'string', display: 'string' };
const CodeableConcept: Shape = { coding: [Coding], text: 'string' };
const Reference: Shape = { reference: 'string', display: 'string' };
const Quantity: Shape = { value: 'number', unit: 'string', system: 'string', code: 'string', comparator: 'string' };
const Period: Shape = { start: 'string', end: 'string' };
const Range: Shape = { low: Quantity, high: Quantity, text: 'string' };
const Extension: Shape = { url: 'string', valueCoding: Coding, valueString: 'string', extension: [() => Extension] };
const ObservationValue = {
  valueQuantity: Quantity,
  valueCodeableConcept: CodeableConcept,
  valueString: 'string',
  valueBoolean: 'boolean',
  interpretation: [CodeableConcept],
  referenceRange: [Range],
} as const;
const ConsentProvision: Shape = { type: 'string', period: Period, code: [CodeableConcept], provision: [() => ConsentProvision] };
const common = { id: 'string', extension: [Extension] } as const;

/** The fields read, per resource type. Types not listed here are passed through unread. */
const SHAPES: Readonly<Record<string, Shape>> = {
  Patient: { ...common, birthDate: 'string', gender: 'string', communication: [{ language: CodeableConcept }] },
  Encounter: { ...common, status: 'string', class: Coding, subject: Reference, period: Period, reasonCode: [CodeableConcept], type: [CodeableConcept] },
  Condition: {
    ...common,
    code: CodeableConcept,
    clinicalStatus: CodeableConcept,
    verificationStatus: CodeableConcept,
    category: [CodeableConcept],
    subject: Reference,
    encounter: Reference,
    onsetDateTime: 'string',
    recordedDate: 'string',
  },
  Observation: {
    ...common,
    status: 'string',
    code: CodeableConcept,
    category: [CodeableConcept],
    subject: Reference,
    encounter: Reference,
    effectiveDateTime: 'string',
    effectivePeriod: Period,
    effectiveInstant: 'string',
    issued: 'string',
    ...ObservationValue,
    component: [{ code: CodeableConcept, ...ObservationValue }],
  },
  MedicationRequest: { ...common, status: 'string', intent: 'string', medicationCodeableConcept: CodeableConcept, medicationReference: Reference, subject: Reference, authoredOn: 'string', reasonCode: [CodeableConcept] },
  MedicationStatement: { ...common, status: 'string', medicationCodeableConcept: CodeableConcept, subject: Reference },
  AllergyIntolerance: { ...common, code: CodeableConcept, clinicalStatus: CodeableConcept, verificationStatus: CodeableConcept, patient: Reference, recordedDate: 'string' },
  ServiceRequest: { ...common, status: 'string', intent: 'string', code: CodeableConcept, subject: Reference, authoredOn: 'string', reasonCode: [CodeableConcept] },
  Consent: { ...common, status: 'string', patient: Reference, scope: CodeableConcept, category: [CodeableConcept], provision: ConsentProvision },
};

function describeType(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** A mismatch, with the path to it built only on the way back up (no strings made while all is well). */
interface Mismatch {
  path: (string | number)[];
  message: string;
}

type Checker = (value: unknown, depth: number) => Mismatch | undefined;

/** Compiles a shape into a checker once, so checking a resource is plain calls over arrays. */
function compile(shape: Shape): Checker {
  if (typeof shape === 'function') {
    let inner: Checker | undefined;
    return (value, depth) => (inner ??= compile(shape()))(value, depth);
  }
  if (typeof shape === 'string') {
    return (value) => (typeof value === shape ? undefined : { path: [], message: `expected ${shape}, got ${describeType(value)}` });
  }
  if (Array.isArray(shape)) {
    const item = compile(shape[0]);
    return (value, depth) => {
      if (!Array.isArray(value)) {
        return { path: [], message: `expected array, got ${describeType(value)}` };
      }
      if (depth > MAX_NESTING) {
        return { path: [], message: 'nested too deep' };
      }
      for (let i = 0; i < value.length; i++) {
        const m = item(value[i], depth + 1);
        if (m) {
          m.path.unshift(i);
          return m;
        }
      }
      return undefined;
    };
  }
  const fields = Object.entries(shape as Record<string, Shape>).map(([name, s]) => ({ name, check: compile(s) }));
  return (value, depth) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { path: [], message: `expected object, got ${describeType(value)}` };
    }
    const record = value as Record<string, unknown>;
    for (let i = 0; i < fields.length; i++) {
      const v = record[fields[i].name];
      if (v !== undefined) {
        const m = fields[i].check(v, depth + 1);
        if (m) {
          m.path.unshift(fields[i].name);
          return m;
        }
      }
    }
    return undefined;
  };
}

const CHECKERS: ReadonlyMap<string, Checker> = new Map(Object.entries(SHAPES).map(([type, shape]) => [type, compile(shape)]));

/** The reference that says whose a resource is, by type (Patient itself is its own). */
const PATIENT_FIELD: Record<string, 'subject' | 'patient'> = {
  Encounter: 'subject',
  Condition: 'subject',
  Observation: 'subject',
  MedicationRequest: 'subject',
  MedicationStatement: 'subject',
  ServiceRequest: 'subject',
  AllergyIntolerance: 'patient',
  Consent: 'patient',
};

export type AnyResource = { resourceType: string } & Record<string, unknown>;

/**
 * @param resource - a resource (its resourceType is a string)
 * @returns the first problem with the fields read ("code.coding: expected array"), or undefined
 */
export function shapeProblem(resource: AnyResource): string | undefined {
  const m = CHECKERS.get(resource.resourceType)?.(resource, 0);
  return m ? `${m.path.join('.') || '(resource)'}: ${m.message}` : undefined;
}

/** True when a reference (relative, absolute or versioned) points at Patient/{id}. */
export function refersToPatient(reference: string | undefined, patientId: string): boolean {
  if (!reference) {
    return false;
  }
  if (reference === `urn:uuid:${patientId}`) {
    // A Bundle-internal reference whose uuid is the patient's id (as Synthea and transaction Bundles write them).
    return true;
  }
  const m = /(?:^|\/)Patient\/([^/]+)(?:\/_history\/[^/]+)?$/.exec(reference);
  return m?.[1] === patientId;
}

export type Ownership = 'this-patient' | 'other-patient' | 'unattributed' | 'not-patient-data';

/**
 * @param resource - a resource
 * @param patientId - the patient in context
 * @returns whether it is this patient's, another's, has no patient reference, or is not patient data
 */
export function ownership(resource: AnyResource, patientId: string): Ownership {
  if (resource.resourceType === 'Patient') {
    return resource.id === patientId ? 'this-patient' : 'other-patient';
  }
  const field = PATIENT_FIELD[resource.resourceType];
  if (!field) {
    return 'not-patient-data';
  }
  const reference = (resource[field] as { reference?: unknown } | undefined)?.reference;
  if (typeof reference !== 'string') {
    return 'unattributed';
  }
  return refersToPatient(reference, patientId) ? 'this-patient' : 'other-patient';
}
