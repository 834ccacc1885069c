/**
 * The knowledge base schema. The knowledge base is data (JSON under `server/knowledge/data/`),
 * validated with zod when it is loaded; a broken file stops start-up with a message naming the entry.
 *
 * Layout (one entity per file, so that several curators can add entries without editing the same file):
 * - `citations/<id>.json`   one citation registry entry (PMID and/or DOI, authors, title, journal, year)
 * - `conditions/<id>.json`  one diagnosis with SNOMED CT and ICD-10-CM codes and its can't-miss flag
 * - `findings/<id>.json`    one finding (symptom, sign, vital, lab, history, medication, test result) with how
 *                           to recognise it in FHIR resources
 * - `problems/<id>.json`    one presenting problem with pre-test probabilities of its diagnoses per setting
 * - `evidence/<name>.json`  an array of finding-for-condition accuracy entries (sensitivity/specificity or LRs)
 * - `manifest.json`         the knowledge-base version
 *
 * Rule: every number cites a registry entry through a {@link CitationRef} (`citation` + `locator`).
 */
import { z } from 'zod';

/** kebab-case identifier, also the file name (without `.json`). */
export const IdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and single hyphens');

/** Points a number at the registry entry that supports it and at the place in the source (table, figure, sentence). */
export const CitationRefSchema = z.strictObject({
  citation: IdSchema,
  locator: z.string().min(3, 'say which table, figure or statement in the source supports the number'),
});
export type CitationRef = z.infer<typeof CitationRefSchema>;

export const ReviewSchema = z.strictObject({
  status: z.enum(['unreviewed', 'reviewed']),
  reviewer: z.string().optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export const CitationSchema = z
  .strictObject({
    id: IdSchema,
    pmid: z.string().regex(/^\d{1,9}$/).optional(),
    /** PubMed Central id (`PMC` + digits), for an article read in PMC whose PMID was not shown. */
    pmcid: z.string().regex(/^PMC\d{1,10}$/).optional(),
    /** NCBI Bookshelf id (`NBK` + digits), for a chapter such as StatPearls. */
    bookshelfId: z.string().regex(/^NBK\d{1,10}$/).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
    authors: z.string().min(2),
    title: z.string().min(5),
    journal: z.string().min(2),
    year: z.number().int().min(1900).max(2100),
    /** `verified` only when the numbers it supports were read in the source's own text. */
    status: z.enum(['verified', 'unverified']),
    /** Where the numbers were read (URL or corpus and page) and when; required when verified. */
    verification: z
      .strictObject({
        readIn: z.string().min(5),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        note: z.string().optional(),
        /** `primary`: read in the original; `secondary`: read in a named review that quotes it (name it in `secondarySource`). */
        readAs: z.enum(['primary', 'secondary']).optional(),
        secondarySource: z.string().optional(),
      })
      .optional(),
    /** Why the entry is unverified, e.g. "abstract not found in the corpus; numbers from a secondary review". */
    unverifiedReason: z.string().optional(),
    review: ReviewSchema,
  })
  .refine((c) => c.pmid !== undefined || c.doi !== undefined || c.pmcid !== undefined || c.bookshelfId !== undefined, {
    message: 'a citation needs a persistent identifier: a PMID, a PMCID, an NCBI Bookshelf id or a DOI',
  })
  .refine((c) => c.status !== 'verified' || c.verification !== undefined, {
    message: 'a verified citation must say where its numbers were read (verification.readIn, verification.date)',
  })
  .refine((c) => c.status !== 'verified' || c.verification?.readAs !== undefined, {
    message: 'a verified citation must say whether its numbers were read in the original or in a secondary source (verification.readAs)',
  })
  .refine((c) => c.verification?.readAs !== 'secondary' || (c.verification.secondarySource?.length ?? 0) > 3, {
    message: 'a citation read in a secondary source must name it (verification.secondarySource)',
  })
  .refine((c) => c.status !== 'unverified' || (c.unverifiedReason?.length ?? 0) > 0, {
    message: 'an unverified citation must say why (unverifiedReason)',
  });
export type Citation = z.infer<typeof CitationSchema>;

export const CODE_SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  loinc: 'http://loinc.org',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
} as const;
export const CodeSystemSchema = z.enum(['snomed', 'icd10cm', 'loinc', 'rxnorm']);
export type CodeSystemKey = z.infer<typeof CodeSystemSchema>;

export const ConditionSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2),
  synonyms: z.array(z.string()).default([]),
  /** At least one ICD-10-CM code; SNOMED CT codes only where one could be confirmed (never a guess). */
  codes: z.strictObject({
    snomed: z.array(z.string().regex(/^\d{6,18}$/)),
    icd10cm: z.array(z.string().regex(/^[A-Z]\d{2}(?:\.[0-9A-Z]{1,4})?$/)).min(1),
  }),
  /** A diagnosis that must not be missed: shown in its own list while above its threshold, even when unlikely. */
  cantMiss: z.boolean(),
  /**
   * Optional per-condition can't-miss threshold (probability, 0-1), with the source that justifies it
   * (e.g. a test threshold). Without it the engine's documented default policy threshold applies.
   */
  cantMissThreshold: z.strictObject({ probability: z.number().gt(0).lt(1), source: CitationRefSchema }).optional(),
  /**
   * An acute injury (a fracture, a corneal abrasion, a chemical burn of the eye). Injured patients go to the emergency
   * department directly, so, as for a can't-miss diagnosis, an emergency-department prior is an upper bound in primary
   * care: there the model's policy prior is used unless primary care has a figure of its own (server/reasoning/infer.ts).
   */
  injury: z.boolean().optional(),
  /**
   * An acute episode (appendicitis, pulmonary embolism, pneumonia), 2026-12-05 (session 20): a chart record of it is
   * this episode only when made at this encounter or within the symptom recency window. An older record still marked
   * active is a problem-list entry never closed (an appendicitis of 1972), so it is listed as history: it neither marks
   * the diagnosis as already on the chart nor counts as addressing it on a CDS card.
   */
  acuteEpisode: z.boolean().optional(),
  /**
   * Why this condition has no graded finding yet (issue 10, item 6: no condition without evidence). kb:check refuses a
   * condition with neither evidence nor a definition unless this says why, and refuses this note once evidence exists,
   * so the list of such conditions can only shrink.
   */
  depthGap: z.strictObject({ reason: z.string().min(20), recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }).optional(),
  /**
   * Whom the diagnosis can affect. A condition never appears for a patient outside it (ectopic pregnancy
   * for a man, prostatitis for a woman). `sex`, `pregnancyRelated` and `reproductiveAge` are anatomy, not numbers; an age
   * bound is a number and cites its source. A pregnancy-related condition needs a patient who could be
   * pregnant (female, within the model's reproductive-age policy, see server/reasoning/policy.ts).
   */
  /**
   * An infection acquired only where it is endemic (dengue, malaria, enteric fever), 2026-12-05. Its other evidence
   * (a low platelet count, a raised ALT) was measured in exposed patients and is common in every febrile illness, so
   * it counts only when one of these exposure findings (recent travel abroad) is present on the chart; without one
   * the prior stands and the chain says that no exposure is recorded. The exposure findings themselves always count.
   * `source` is the publication showing that the evidence was measured in, or the disease is acquired by, exposed
   * patients; the chain names it.
   */
  exposure: z.strictObject({ findings: z.array(z.string().min(1)).min(1), rationale: z.string().min(10), source: CitationRefSchema }).optional(),
  /**
   * Diagnoses this one cannot coexist with, as findings (a recorded diagnosis of type 1 diabetes for type 2 diabetes),
   * 2026-12-05 (session 20). When one of them is present on the chart the candidate is set aside, like a measured state
   * outside its definition, with the chart item and the source that makes them exclusive (a classification).
   */
  exclusiveWith: z.strictObject({ findings: z.array(IdSchema).min(1), rationale: z.string().min(10), source: CitationRefSchema }).optional(),
  /**
   * Broader diagnoses this one is a form of (atrial fibrillation is a cardiac arrhythmia; pancreatic cancer is a
   * malignancy), 2026-12-05 (session 23), with the classification or definition that says so. When the chart
   * establishes this form, the broader diagnosis is not estimated beside it (it is found, as this form); when both are
   * on the differential, the broader one says which of its forms are listed, since its probability includes theirs.
   */
  formOf: z.strictObject({ conditions: z.array(IdSchema).min(1), source: CitationRefSchema }).optional(),
  /**
   * A diagnosis whose own cause is sought (iron deficiency anaemia, bacteraemia), 2026-12-05 (session 23): established
   * by the chart, it still does not explain a complaint away, since the disease behind it (colorectal cancer, the
   * source of the bacteraemia) is among the complaint's other causes. Measured states (`definition.necessary`,
   * hypokalaemia) never explain a complaint away either: their threshold says they are present, not that they account
   * for the symptoms.
   */
  causeSought: z.strictObject({ rationale: z.string().min(10) }).optional(),
  applicability: z
    .strictObject({
      sex: z.enum(['female', 'male']).optional(),
      pregnancyRelated: z.boolean().optional(),
      /**
       * A condition of ovulatory cycles (uterine bleeding from ovulatory dysfunction): it can affect only a female
       * patient between menarche and menopause, taken as the model's reproductive-age policy (server/reasoning/policy.ts),
       * the same window as pregnancy-related conditions; not a number of its own.
       */
      reproductiveAge: z.boolean().optional(),
      ageYears: z.strictObject({ min: z.number().min(0).optional(), max: z.number().max(130).optional(), source: CitationRefSchema }).optional(),
      rationale: z.string().min(5),
    })
    .optional(),
  /**
   * A diagnosis that is defined by measurable criteria (hypokalaemia: potassium below 3.5 mmol/L; DKA: the
   * consensus criteria) is established, not estimated, when the chart meets them: any one group of
   * findings all present meets the definition. The source is the guideline or consensus that defines it
   * (the findings' thresholds cite it too). No likelihood ratio is involved.
   */
  definition: z
    .strictObject({
      criteria: z.array(z.array(IdSchema).min(1)).min(1),
      source: CitationRefSchema,
      /**
       * Other published definitions that also establish the diagnosis, each with its own criteria and source
       * (DKA: the 2024 consensus grades urine ketones as 2+ on a strip; the 2009 consensus, still the most
       * widely used, asks for ketonuria by nitroprusside, which a chart reporting ketones in mg/dL can meet).
       */
      alternatives: z.array(z.strictObject({ criteria: z.array(z.array(IdSchema).min(1)).min(1), source: CitationRefSchema })).optional(),
      /**
       * The criteria are the diagnosis itself, a measured state (hyponatraemia is a sodium below 135 mmol/L), so a
       * chart result outside every criteria group excludes it: when each group holds a measured finding (a lab or
       * vital result, or the patient's sex) that the chart shows absent, the diagnosis is set aside as excluded by
       * its definition instead of being estimated. Not for definitions that are sufficient but not necessary
       * (diabetic ketoacidosis can be euglycaemic; a normal ECG does not exclude paroxysmal atrial fibrillation).
       */
      necessary: z.boolean().optional(),
    })
    .optional(),
  /**
   * Findings the disease is known to cause, cited, without a ratio (2026-12-05, session 22): used only to decide that
   * an abnormal finding is explained by a leading diagnosis (vomiting and Kussmaul breathing in diabetic
   * ketoacidosis), never to move a probability. A likelihood ratio, where one was measured, goes in the evidence.
   */
  manifestations: z.array(z.strictObject({ findings: z.array(IdSchema).min(1), source: CitationRefSchema })).optional(),
  /**
   * Presenting problems this diagnosis presents as, principal first. When an encounter's reason for visit is
   * coded as this diagnosis ("viral sinusitis") rather than as a symptom, the first is used. Without it,
   * every problem whose priors or unquantified list name the condition is used.
   */
  presentsAs: z.array(IdSchema).optional(),
  /**
   * Recognised treatments (a short list, cited to a guideline): an active or draft order for one of them
   * counts as addressing the diagnosis on a CDS card (amoxicillin addresses pneumonia).
   */
  treatments: z
    .array(
      z.strictObject({
        name: z.string().min(2),
        /** RxNorm ingredient or product codes. */
        rxnorm: z.array(z.string().regex(/^\d+$/)).default([]),
        /** Ingredient names matched (case-insensitive, whole word) in the medication's text. */
        names: z.array(z.string().min(3)).default([]),
        /** SNOMED CT procedure codes (e.g. a reperfusion procedure), for ServiceRequest or Procedure. */
        snomed: z.array(z.string().regex(/^\d{6,18}$/)).default([]),
        source: CitationRefSchema,
      }),
    )
    .default([]),
  review: ReviewSchema.optional(),
});
export type Condition = z.infer<typeof ConditionSchema>;

/** A condition's published definitions: its own first, then its alternatives (none when it has no definition). */
export function definitionsOf(condition: Pick<Condition, 'definition'>): { criteria: string[][]; source: z.infer<typeof CitationRefSchema> }[] {
  const d = condition.definition;
  return d ? [{ criteria: d.criteria, source: d.source }, ...(d.alternatives ?? [])] : [];
}

const Comparator = z.enum(['>', '>=', '<', '<=']);

/** How a finding is recognised in FHIR resources. */
export const MatchRuleSchema = z.discriminatedUnion('kind', [
  /**
   * A coded concept: Condition.code, Encounter.reasonCode, Observation.code (presence; valueBoolean false or
   * value "No"/"Absent" means absent), Observation.valueCodeableConcept, AllergyIntolerance.code, Procedure.code.
   * `prefix: true` lets an ICD-10-CM code match its children (I26 matches I26.99).
   */
  z.strictObject({
    kind: z.literal('code'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
    prefix: z.boolean().optional(),
    /**
     * With `prefix`: codes under a prefix that mean something else and must not match (ICD-10-CM R07.0
     * "pain in throat" under R07 "pain in throat and chest"). Each excludes itself and its own children.
     */
    exclude: z.array(z.string().min(1)).optional(),
  }),
  /**
   * A coded result of this finding's own test: an Observation whose code is one of the finding's test order codes
   * (or, for an imaging finding, any imaging Observation) carrying one of these codes as its valueCodeableConcept
   * (a chest radiograph reported as "Pneumothorax"). Unlike `code`, never matched on a Condition or elsewhere: a
   * history of lung cancer is not a radiograph suggestive of it.
   */
  z.strictObject({
    kind: z.literal('result'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
  }),
  /**
   * A coded symptom (Condition.code) by how long before the episode it began, from the Condition's onset: diarrhoea
   * that began more than 28 days before is chronic diarrhoea. Present when the onset lies in range, absent when it is
   * recorded outside it (or the symptom is refuted), unknown without an onset. On a presenting problem that refines
   * another (chronic cough refines cough), the symptom in range names that problem, beside or instead of the broader
   * reason for visit; the source defines the cut-off.
   */
  z.strictObject({
    kind: z.literal('duration'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
    /** Present when the symptom began more than this many days before the episode. */
    moreThanDays: z.number().positive().optional(),
    /** Present when it began at most this many days before. */
    atMostDays: z.number().positive().optional(),
    source: CitationRefSchema,
  }),
  /**
   * A procedure performed recently (2026-12-05, session 22): a Procedure with one of these codes whose performed date
   * lies at most `withinDays` before the episode (surgery within the previous four weeks, a Wells criterion). Present
   * only: an older procedure, or none, leaves the finding unknown (charts do not list every operation). Never matched
   * on a Condition, an encounter reason or an Observation. The source defines the window.
   */
  z.strictObject({
    kind: z.literal('performed'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
    withinDays: z.number().positive(),
    source: CitationRefSchema,
  }),
  /**
   * A coded diagnosis recorded as past (2026-12-05): a Condition with one of these codes that is resolved, inactive or
   * in remission, or that began before the current episode (not at this encounter and older than the symptom recency
   * window). Real charts record a previous deep vein thrombosis as a resolved DVT, rarely as a personal-history code.
   * Present only: a chart without such a record leaves the finding unknown. A current episode of the same disease
   * (an active DVT recorded at this encounter) is not its history. Never matched on an encounter reason or an
   * Observation. `prefix: true` lets an ICD-10-CM code match its children.
   */
  z.strictObject({
    kind: z.literal('past'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
    prefix: z.boolean().optional(),
  }),
  /**
   * A coded diagnosis that is active now, whenever it was recorded (2026-12-05): a Condition with one of these codes
   * whose clinical status is active, recurrence or relapse (or absent, read as active). A resolved, inactive or
   * remitted one is not: a cervical cancer resolved five years ago is not an active malignancy. Present only; never
   * matched on an encounter reason or an Observation. `prefix: true` lets an ICD-10-CM code match its children.
   */
  z.strictObject({
    kind: z.literal('active'),
    system: CodeSystemSchema,
    codes: z.array(z.string().min(1)).min(1),
    prefix: z.boolean().optional(),
  }),
  /** A quantitative observation compared with a threshold, after UCUM conversion to `unit`. */
  z.strictObject({
    kind: z.literal('quantity'),
    loinc: z.array(z.string().regex(/^\d{1,7}-\d$/)).min(1),
    /** LOINC code of the component inside a panel, e.g. 8480-6 systolic inside 85354-9 blood pressure. */
    component: z.string().regex(/^\d{1,7}-\d$/).optional(),
    comparator: Comparator,
    value: z.number(),
    unit: z.string().min(1),
    /** The study or guideline that defines the threshold (usually the one whose LR is used). */
    source: CitationRefSchema,
  }),
  /** A result outside the observation's own reference range (e.g. troponin above the 99th-centile limit). */
  z.strictObject({
    kind: z.literal('reference-range'),
    loinc: z.array(z.string().regex(/^\d{1,7}-\d$/)).min(1),
    relation: z.enum(['above-high', 'below-low']),
    /**
     * With above-high: the result must exceed this multiple of the upper reference limit (lipase more than
     * 3 times the upper limit). Judged only from a reference range with a value; a high flag alone cannot say.
     */
    factor: z.number().gt(1).max(1000).optional(),
  }),
  /**
   * A semi-quantitative result graded in plus signs (a urine dipstick read "2+" or "++"): present when its grade is
   * at least `atLeast`, absent when it is lower (negative, trace, or fewer plus signs). A result without a grade
   * ("positive", "moderate", a number in mg/dL) says nothing here: strip scales differ between makers. The source
   * is the guideline or study that defines the threshold.
   */
  z.strictObject({
    kind: z.literal('ordinal'),
    loinc: z.array(z.string().regex(/^\d{1,7}-\d$/)).min(1),
    atLeast: z.number().int().min(1).max(4),
    source: CitationRefSchema,
  }),
  /**
   * A relative rise between two results of the same analyte (troponin dynamics): the latest result is
   * more than `relativeRise` (0.2 = 20%) above the earliest one taken within `withinHours` before it.
   * Present or absent only when the chart holds two such results; with one, unknown. The source is the
   * study that defines the criterion (usually the one whose accuracy is used).
   */
  z.strictObject({
    kind: z.literal('change'),
    loinc: z.array(z.string().regex(/^\d{1,7}-\d$/)).min(1),
    relativeRise: z.number().gt(0).max(100),
    withinHours: z.number().gt(0).max(72),
    source: CitationRefSchema,
  }),
  /** An active medication (MedicationRequest/MedicationStatement), by RxNorm code or ingredient name. */
  z.strictObject({
    kind: z.literal('medication'),
    rxnorm: z.array(z.string().regex(/^\d+$/)).default([]),
    names: z.array(z.string().min(3)).default([]),
  }),
  /** Age in years at the time of the encounter; bounds are inclusive min, exclusive max. */
  z.strictObject({
    kind: z.literal('age'),
    min: z.number().min(0).optional(),
    max: z.number().max(130).optional(),
    source: CitationRefSchema,
  }),
  z.strictObject({ kind: z.literal('sex'), value: z.enum(['male', 'female']) }),
]);
export type MatchRule = z.infer<typeof MatchRuleSchema>;

export const FINDING_CATEGORIES = [
  'symptom',
  'sign',
  'vital',
  'lab',
  'imaging',
  'ecg',
  'history',
  'risk-factor',
  'medication',
  'demographic',
  'score',
] as const;

export const FindingSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(2),
  synonyms: z.array(z.string()).default([]),
  category: z.enum(FINDING_CATEGORIES),
  /**
   * Correlation group: findings that measure the same underlying process (e.g. fever, tachycardia and
   * tachypnoea in sepsis). For any one condition only the strongest finding of a group is counted.
   */
  group: IdSchema.optional(),
  /** How to derive it from the chart. Empty when only the clinician can enter it (e.g. "pain radiates to both arms"). */
  match: z.array(MatchRuleSchema).default([]),
  /**
   * A clinical rule or score (HINTS, PERC, Ottawa SAH, Centor, Alvarado, Wells…) was validated in a stated
   * population and applies only there: outside it (another presenting problem, setting or age) the
   * finding is shown as "not applicable here" and not counted.
   */
  rule: z
    .strictObject({
      name: z.string().min(2),
      /** The population it was validated in, in words (e.g. "alert adults with acute non-traumatic headache peaking within 1 hour"). */
      population: z.string().min(10),
      source: CitationRefSchema,
      appliesTo: z.strictObject({
        /** Presenting problems where the rule's population is found; the rule applies only with one of them. */
        problems: z.array(IdSchema).min(1),
        settings: z.array(z.enum(['primary-care', 'emergency'])).optional(),
        ageYears: z.strictObject({ min: z.number().min(0).optional(), max: z.number().max(130).optional() }).optional(),
      }),
      /**
       * The findings of the knowledge base that are items of this score (2026-12-06, session 29, model 2.50.0): the Wells
       * score's heart rate over 100, haemoptysis and recent surgery; Centor's exudate and absence of cough. A score entered
       * beside its items would count each item twice, so when the score counts for a diagnosis its items are not counted
       * there, whether present or absent (the score holds an item's absence too, as a zero). List only findings that
       * measure one of the score's own items; leave out what the score does not hold (another threshold of an item may be
       * listed when it measures the same sign, as a reported fever for a measured one).
       */
      items: z.array(IdSchema).min(1).optional(),
    })
    .optional(),
  /**
   * A finding only one sex's anatomy can have (a vaginal swab, a tender prostate, a scrotal ultrasound): for a patient
   * of the other recorded sex it is "not applicable here", never suggested as a test or as what would change a
   * diagnosis (2026-12-05, session 22: a vaginal wet mount had been the first test for an 80-year-old man's dysuria).
   */
  anatomySex: z.enum(['female', 'male']).optional(),
  /**
   * The finding describes a normal or negative result (a white cell count of 10 or less, a chest radiograph without
   * cardiomegaly, a normal ECG, no vaginal odour): it moves diagnoses like any finding, but it is never listed among
   * the abnormal findings the leading diagnoses do not explain (2026-12-05, session 22).
   */
  normalResult: z.boolean().optional(),
  /**
   * A finding read from other findings of the chart (2026-12-05, session 21): present when every finding of one
   * criteria group is present (iron deficiency anaemia: a haemoglobin below the WHO threshold for the patient's sex
   * and a ferritin at or below the cited cut-off), absent only when every group holds a finding listed in
   * `refutedOnlyBy` that the chart shows absent (the sex, or a haemoglobin above the threshold: a ferritin above the
   * cut-off may be falsely normal with inflammation, so it never refutes), unknown otherwise. A chart vote from the
   * finding's own match rules (a coded diagnosis) takes precedence. The source defines the combination; `rationale`
   * says why only those findings refute it. Components cannot themselves be derived.
   *
   * `presentOnly` (2026-12-06, session 26) makes it an implication: a narrower finding implies this broader one (travel to
   * sub-Saharan Africa is travel abroad), so a criteria group may hold a single finding, and the finding is never read as
   * absent from its components (no travel to Africa says nothing about travel elsewhere). A group of one is refused
   * without it: a single finding is otherwise the same finding under another name.
   */
  derivedFrom: z
    .strictObject({
      criteria: z.array(z.array(IdSchema).min(1)).min(1),
      refutedOnlyBy: z.array(IdSchema).min(1).optional(),
      presentOnly: z.boolean().optional(),
      source: CitationRefSchema,
      rationale: z.string().min(10).optional(),
    })
    .refine((d) => d.presentOnly === true || d.criteria.every((g) => g.length >= 2), { message: 'a criteria group of one finding is an implication: it needs presentOnly' })
    .refine((d) => !(d.presentOnly && d.refutedOnlyBy), { message: 'a presentOnly finding is never read as absent, so it cannot name refutedOnlyBy' })
    .optional(),
  /** Present when this finding is the positive result of an orderable discriminating test. */
  test: z
    .strictObject({
      name: z.string().min(2),
      /**
       * What the test costs the patient, as a class (not a number): bedside (history, examination, ECG,
       * urine dipstick), blood, imaging (ultrasound, MRI), imaging-radiation (X-ray, CT), imaging-contrast
       * (CT or MR with contrast), invasive (lumbar puncture, endoscopy, biopsy).
       */
      burden: z.enum(['bedside', 'blood', 'imaging', 'imaging-radiation', 'imaging-contrast', 'invasive']),
      /**
       * Codes to put on a ServiceRequest (LOINC for labs, SNOMED for imaging/procedures). Empty only for a bedside
       * examination manoeuvre or questionnaire (Dix-Hallpike, Spurling, STOP-Bang): it is suggested as a next step
       * but there is nothing to order.
       */
      orderCodes: z.array(z.strictObject({ system: CodeSystemSchema, code: z.string(), display: z.string() })).default([]),
      /**
       * Care settings where the test is ordered (2026-12-05, session 23): emergency imaging for a condition that, suspected
       * in primary care, is referred the same day (CT head for a subarachnoid haemorrhage) is not suggested there.
       * `settingsRationale` says why. All settings when absent.
       */
      settings: z.array(z.enum(['primary-care', 'emergency'])).min(1).optional(),
      settingsRationale: z.string().min(10).optional(),
      /**
       * Why the test is ordered by a specialist after referral, not from primary care or the emergency department
       * (2026-12-05, session 24: MR enterography, a skin-prick test, sonohysterography, an EEG). Such a test is never a
       * next best test here; it still appears under "would change it most", so the clinician sees what referral adds.
       */
      afterReferral: z.string().min(10).optional(),
    })
    .refine((t) => t.burden === 'bedside' || t.orderCodes.length > 0, { message: 'a test that is not bedside needs at least one order code', path: ['orderCodes'] })
    .refine((t) => !t.settings || !!t.settingsRationale, { message: 'a test limited to some settings says why (settingsRationale)', path: ['settingsRationale'] })
    .optional(),
  review: ReviewSchema.optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const SETTINGS = ['primary-care', 'emergency'] as const;
export type CareSetting = (typeof SETTINGS)[number];

export const PriorSchema = z.strictObject({
  condition: IdSchema,
  /** Pre-test probability (0-1) of the condition among patients presenting with this problem in this setting. */
  probability: z.number().gt(0).lt(1),
  source: CitationRefSchema,
  /** How well the source's population matches this use (clinical-validity.md, Priors). */
  populationMatch: z.enum(['exact', 'broader-category', 'other-setting', 'proxy']),
  /**
   * The age range of the population the figure was measured in, as the source states it (its locator says where):
   * not a number of ours. For a patient outside it the figure is still used, but the chain says so and shows the
   * population match as a proxy.
   */
  populationAgeYears: z.strictObject({ min: z.number().min(0).optional(), max: z.number().max(130).optional() }).optional(),
  /**
   * The sex the figure was measured in, when the source reports figures by sex (as published, never ours). A problem may
   * give one condition several priors in a setting when each is a stratum the source reports (by age band, sex or both):
   * the engine uses the one whose population holds the patient (server/knowledge/prior-strata.ts).
   */
  populationSex: z.enum(['female', 'male']).optional(),
  /**
   * The figure was measured in postmenopausal women (true) or in women of reproductive age (false), as the source
   * reports them: a menopausal status, not an age band. The engine reads a woman's status from her age and the model's
   * reproductive-age window (policy `reproductiveAgeYears`), as it does for postmenopausal bleeding.
   */
  populationMenopausal: z.boolean().optional(),
  /**
   * The figure was measured only in patients with this finding, as the source reports them (febrile adults returned from
   * abroad: `recent-travel-abroad`), 2026-12-06 (session 31). It is used only for a patient with the finding present
   * (recorded, entered or implied), never as a proxy for one without it; the finding is then already in the prior and
   * is not counted again for that diagnosis. A patient without it takes the condition's other figure, or its policy
   * prior where the problem lists it as unquantified.
   */
  populationWith: IdSchema.optional(),
  /**
   * With `populationWith`: when the chart does not say whether the patient has the finding, the figure is still used, as
   * a proxy (an injury cohort's share in emergency knee pain, where charts rarely code the injury); it is set aside only
   * when the finding is recorded absent ("no injury"). Without it, an unknown finding sets the figure aside (a fever is
   * not a traveller's fever until travel is recorded).
   */
  usedWhenUnknown: z.boolean().optional(),
  /**
   * The figure was measured only in patients without this finding, as the source defines its population (acute pelvic
   * pain: pain of under three months, so not in patients with pelvic pain of more than six months), 2026-12-06 (session
   * 33). It is set aside for a patient with the finding present (recorded, entered or implied), who takes the condition's
   * figure measured in patients with it (`populationWith`), else its policy prior, with the figure not used named; a
   * patient not known to have the finding keeps it. `kb:check` adds up the priors of a patient with the finding without it.
   */
  populationWithout: IdSchema.optional(),
});

export const ProblemSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(2),
    synonyms: z.array(z.string()).default([]),
    /** Codes of the complaint (SNOMED CT findings, ICD-10-CM R-codes) as found in Encounter.reasonCode or Condition. */
    match: z.array(MatchRuleSchema).min(1),
    priors: z.strictObject({
      'primary-care': z.array(PriorSchema).optional(),
      emergency: z.array(PriorSchema).optional(),
    }),
    /**
     * Tests a guideline recommends for every patient with this complaint (a 12-lead ECG in syncope), 2026-12-05
     * (session 23): listed first among the next best tests, named as the guideline's, until one of its results is on
     * the chart. `finding` is the test's representative finding (its name and order codes); `results` are every finding
     * that reports a result of the test. Not ranked by information gain: a baseline is not a discriminator.
     */
    baselineTests: z
      .array(
        z.strictObject({
          finding: IdSchema,
          results: z.array(IdSchema).min(1),
          recommendation: z.string().min(10),
          source: CitationRefSchema,
          /** Whom and where the recommendation covers (a pregnancy test for women of reproductive age); everyone when absent. */
          appliesTo: z
            .strictObject({
              sex: z.enum(['female', 'male']).optional(),
              /** The model's reproductive-age policy (server/reasoning/policy.ts), as for pregnancy-related conditions. */
              reproductiveAge: z.boolean().optional(),
              settings: z.array(z.enum(['primary-care', 'emergency'])).min(1).optional(),
            })
            .optional(),
        }),
      )
      .optional(),
    /**
     * A guideline advises against routine imaging for this complaint outside specialist care (low back pain, NICE NG59
     * 1.1.4), 2026-12-05 (session 23): in primary care no imaging test is a next best test when every presenting problem
     * carries this; the can't-miss list still names what would need referral.
     */
    noRoutineImagingInPrimaryCare: z.strictObject({ recommendation: z.string().min(10), source: CitationRefSchema }).optional(),
    /**
     * A guideline advises imaging for this complaint only when a red flag raises suspicion of a serious cause (ACR
     * Appropriateness Criteria, low back pain 2021: uncomplicated acute low back pain does not warrant imaging), 2026-12-06
     * (session 25): in any setting no imaging test is a next best test while every presenting problem carries this and
     * none of their red-flag findings is present on the chart or entered by the clinician. `rationale` says how the
     * guideline's red flags were read as findings. The can't-miss list still names the serious causes.
     */
    imagingOnlyWithRedFlags: z
      .strictObject({
        recommendation: z.string().min(10),
        source: CitationRefSchema,
        redFlags: z.array(IdSchema).min(1),
        rationale: z.string().min(10),
      })
      .optional(),
    /**
     * Diagnoses that belong on this problem's differential (typically rare can't-miss ones) but have
     * no published pre-test probability we could confirm. No number is invented for them: the engine
     * gives them its documented policy prior (see server/reasoning/policy.ts) and says so.
     */
    unquantified: z
      .array(
        z.strictObject({
          condition: IdSchema,
          reason: z.string().min(10),
          /**
           * The publications the reason names (a list of causes in a review; a figure for a broader group that was
           * not used as a prior). Never a prior: the engine still uses the policy prior, and shows these as the
           * reason's sources. Required when the reason quotes a figure (kb:check).
           */
          sources: z.array(CitationRefSchema).min(1).optional(),
          /**
           * Only in these care settings (2026-12-06, session 25). There the policy prior is used even when the other
           * setting has a figure, which would otherwise be borrowed: a chronic condition's share of a complaint in
           * general practice (irritable bowel syndrome, 30% of gastrointestinal complaints) is not its share among the
           * complaint's emergency presentations. The reason says why. kb:check refuses it beside a prior of the same
           * setting.
           */
          settings: z.array(z.enum(['primary-care', 'emergency'])).min(1).optional(),
        }),
      )
      .default([]),
    /**
     * The usual and serious causes of this complaint that the curators committed to, from a named review
     * or guideline on the approach to the complaint. A test runs the bare complaint (age and sex only) and
     * fails if a listed cause that can apply to that patient is missing from the differential.
     */
    coverage: z
      .strictObject({
        source: CitationRefSchema,
        causes: z.array(z.strictObject({ condition: IdSchema, kind: z.enum(['usual', 'serious']) })).min(1),
      })
      .optional(),
    /**
     * Broader presenting problems this one is a more specific form of (swelling of one leg refines leg swelling;
     * chronic cough refines cough). When both are recorded, only the more specific one is reasoned from: the
     * broader problem's priors describe a different population (bilateral oedema from heart failure is not a cause
     * of one swollen leg).
     */
    refines: z.array(IdSchema).default([]),
    /**
     * A complaint of one sex's anatomy (scrotal pain; vaginal bleeding). Anatomy, not a number. When the recorded sex
     * differs, the engine still reasons (the record may hold gender rather than anatomy) but warns, because only
     * diagnoses that can affect the recorded sex are listed.
     */
    anatomy: z.enum(['male', 'female']).optional(),
    /**
     * The presenting problem this one is for a woman past the model's reproductive-age window (abnormal vaginal
     * bleeding at 70 is postmenopausal bleeding): the engine reasons from that problem instead, and says so. The
     * window is model policy (`reproductiveAgeYears`), not a number of this problem's.
     */
    pastReproductiveAge: IdSchema.optional(),
    /**
     * The problem this complaint is also reasoned as when the chart records an early pregnancy (vaginal bleeding or
     * pelvic pain with a positive pregnancy test is bleeding or pain in early pregnancy: miscarriage and ectopic
     * pregnancy, not ovulatory dysfunction). The engine adds it, with a warning; the early-pregnancy window is model
     * policy (`earlyPregnancyDays`).
     */
    inPregnancy: IdSchema.optional(),
    review: ReviewSchema.optional(),
  })
  .refine((p) => (p.priors['primary-care']?.length ?? 0) + (p.priors.emergency?.length ?? 0) > 0, {
    message: 'a presenting problem needs pre-test probabilities for at least one setting',
  });
export type Problem = z.infer<typeof ProblemSchema>;

const Ratio = z.number().gt(0).max(1000);
const Proportion = z.number().min(0).max(1);

export const EvidenceSchema = z
  .strictObject({
    condition: IdSchema,
    finding: IdSchema,
    sensitivity: Proportion.optional(),
    specificity: Proportion.optional(),
    lrPositive: Ratio.optional(),
    lrNegative: Ratio.optional(),
    /** 95% confidence intervals, when the source gives them. */
    lrPositiveCI: z.tuple([Ratio, Ratio]).optional(),
    lrNegativeCI: z.tuple([Ratio, Ratio]).optional(),
    /** The population the numbers were measured in, e.g. "adults in the ED with chest pain". */
    population: z.string().min(3),
    /**
     * When the numbers were measured within a narrower population than the condition's presenting problems
     * (e.g. haemorrhagic vs ischaemic stroke among patients with a stroke), the presenting problems where
     * they apply; elsewhere the step is shown as "not applicable here" and not counted.
     */
    appliesTo: z
      .strictObject({
        problems: z.array(IdSchema).min(1),
        /** Care settings where the study population is found (office spirometry in general practice); all when absent. */
        settings: z.array(z.enum(['primary-care', 'emergency'])).min(1).optional(),
        /**
         * Ages of the study stratum (inclusive min, exclusive max), 2026-12-05 (session 23): a ratio published for one
         * age stratum only (four or more cardiac risk factors under 40, Han 2007) applies only there, and not when the
         * patient's age is unknown.
         */
        ageYears: z
          .strictObject({ min: z.number().min(0).optional(), max: z.number().max(130).optional() })
          .refine((a) => a.min !== undefined || a.max !== undefined, { message: 'an age stratum needs a bound' })
          .optional(),
      })
      .optional(),
    /**
     * A finding the study population all had (CSF pleocytosis, for a ratio comparing viral with bacterial meningitis):
     * the ratio counts only when the chart or the clinician shows it present; otherwise the step is "not applicable here".
     */
    requiresPresent: IdSchema.optional(),
    /**
     * A finding the study population did not have (intermenstrual bleeding, for a ratio measured in women with heavy
     * regular periods), 2026-12-06 (session 33): the ratio is not applicable when the chart or the clinician shows it
     * present ("not applicable here", as for `requiresPresent`); a patient not known to have it keeps the ratio.
     */
    requiresAbsent: IdSchema.optional(),
    /**
     * Evidence grade (../shared/docs/clinical-validity.md): A, a diagnostic-accuracy study or meta-analysis;
     * B, derived from a cited frequency in the disease over a cited frequency in the complaint without it;
     * C, a cited qualitative frequency mapped through the HPO frequency scale.
     */
    grade: z.enum(['A', 'B', 'C']),
    /** For grades B and C: how the ratio was derived, with both frequencies and their sources. */
    derivation: z
      .strictObject({
        frequencyInDisease: z.strictObject({ value: z.number().min(0).max(1), source: CitationRefSchema, scaleClass: z.string().optional() }),
        frequencyWithoutDisease: z.strictObject({ value: z.number().min(0).max(1), source: CitationRefSchema.optional(), policy: z.string().optional() }),
      })
      .optional(),
    source: CitationRefSchema,
    review: ReviewSchema.optional(),
  })
  .refine((e) => e.lrPositive !== undefined || (e.sensitivity !== undefined && e.specificity !== undefined), {
    message: 'evidence needs lrPositive, or sensitivity and specificity',
  })
  .refine((e) => e.grade === 'A' || e.derivation !== undefined, {
    message: 'grade B and C evidence must record its derivation (frequency in the disease, frequency without it, and their sources)',
  });
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ManifestSchema = z.strictObject({
  id: IdSchema,
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  description: z.string(),
});
export type Manifest = z.infer<typeof ManifestSchema>;
