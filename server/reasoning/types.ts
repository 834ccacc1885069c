/**
 * Types of the reasoning engine: what it reads from the chart and what it returns.
 * The result is plain JSON so the app, the CDS Hooks cards, the store and the CLI share it.
 */
import type { CareSetting, CitationRef } from '../knowledge/schema';

/** Where a finding came from in the chart: the resource, the value as read, and its date. */
export interface ChartSource {
  /** e.g. `Observation/obs-123` */
  readonly reference: string;
  /** human-readable value as used, e.g. "2.9 mmol/L (ref 3.5–5.1)" or "confirmed" */
  readonly value: string;
  readonly date?: string;
  /** the code that matched, e.g. `http://loinc.org|2823-3` */
  readonly code?: string;
}

/** One finding the engine knows to be present or absent, with where it came from. */
export interface KnownFinding {
  readonly findingId: string;
  readonly present: boolean;
  /** `chart` (derived from resources) or `clinician` (added or negated in the app) */
  readonly origin: 'chart' | 'clinician';
  readonly sources: readonly ChartSource[];
  /**
   * For a finding read from other findings (`derivedFrom`, iron deficiency anaemia from haemoglobin, ferritin and sex):
   * the publication that defines the combination, shown on every step that uses it (model 2.39.0).
   */
  readonly derivedBy?: CitationRef;
  /**
   * For a threshold finding set by the clinician's entry of another threshold of the same quantity ("ferritin 15 or
   * less" entered: "ferritin over 100" absent): the entered finding's id (model 2.53.0).
   */
  readonly impliedBy?: string;
}

/** Why a chart item was not used (for sorting and grouping on screen). */
export type NotUsedKind =
  | 'unknown-code'
  | 'too-old'
  | 'not-current'
  | 'history'
  | 'implausible'
  | 'unit'
  | 'out-of-scope'
  | 'malformed'
  | 'superseded'
  | 'other';

/** Something in the chart the engine did not use, and why. */
export interface IgnoredItem {
  /** `ResourceType/id`, or `(N resources)` for a counted group. */
  readonly reference: string;
  readonly reason: string;
  readonly kind?: NotUsedKind;
  /** What the item is, e.g. "Lipase 620 U/L" or "Condition: Hyperlipidemia". */
  readonly display?: string;
  readonly date?: string;
  /** A lab or vital outside its reference range (shown first: it may be a clue). */
  readonly abnormal?: boolean;
  /** An active problem or condition (shown next). */
  readonly activeProblem?: boolean;
}

/** A code the knowledge base does not know, counted. */
export interface UnknownCode {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
  readonly resourceType: string;
  readonly count: number;
}

/** A diagnosis from the knowledge base that is already recorded in the chart. */
export interface ChartDiagnosis {
  readonly conditionId: string;
  readonly verificationStatus: string;
  readonly source: ChartSource;
  /** Recorded at the encounter in context (a diagnosis made at this visit), model 2.40.0. */
  readonly thisEncounter?: boolean;
}

/** A presenting problem read from the chart, and how. */
export interface ExtractedProblem {
  readonly problemId: string;
  readonly source: ChartSource;
  /**
   * `reason-code`: the encounter's reason coded as the complaint; `reason-diagnosis`: a reason coded as a
   * diagnosis, mapped to the problem it presents as; `reason-text`: the chief-complaint text;
   * `encounter-condition`: a symptom recorded at this encounter.
   */
  readonly via: 'reason-code' | 'reason-diagnosis' | 'reason-text' | 'encounter-condition';
}

/** How the engine decided what "now" is. */
export interface NowBasis {
  readonly asOf: string;
  /**
   * `given`: the caller's reference time (CDS hook time, CLI --as-of); `encounter-in-context`: the SMART or
   * CDS encounter; `open-encounter`: the patient's in-progress, arrived or triaged encounter;
   * `request-time`: no current encounter, the time of the request.
   */
  readonly basis: 'given' | 'encounter-in-context' | 'open-encounter' | 'request-time';
  readonly encounterReference?: string;
  /** Why an encounter was not taken as current (e.g. "Encounter/x finished 2019-10-19: not current"). */
  readonly note?: string;
}

/** What the extractor read from the chart. */
export interface ChartExtract {
  readonly patientReference?: string;
  readonly ageYears?: number;
  readonly sex?: 'male' | 'female' | 'other' | 'unknown';
  readonly asOf: string;
  /** Care setting from the current encounter class, when one is known. */
  readonly setting?: CareSetting;
  readonly encounterReference?: string;
  /** Presenting problems recognised from encounter reasons and current encounter diagnoses. */
  readonly problems: readonly ExtractedProblem[];
  /** How "now" was decided. */
  readonly now: NowBasis;
  /** The patient is recorded as deceased (deceasedBoolean true or a deceasedDateTime). */
  readonly deceased?: { readonly date?: string };
  /** A current pregnancy (condition or positive hCG), with where it was read. */
  readonly pregnancy?: { readonly source: ChartSource };
  /** The chart holds no Patient resource. */
  readonly noPatient?: boolean;
  /**
   * Reasons for visit coded as a diagnosis that the chart already held before the current episode (a visit for a
   * known condition): not reasoned as a new complaint.
   */
  readonly followUpOf?: readonly { readonly conditionId: string; readonly display: string; readonly since: string; readonly reference: string }[];
  readonly findings: readonly KnownFinding[];
  readonly chartDiagnoses: readonly ChartDiagnosis[];
  readonly ignored: readonly IgnoredItem[];
  readonly unknownCodes: readonly UnknownCode[];
  /** Counts by resource type of what was read. */
  readonly resourceCounts: Readonly<Record<string, number>>;
}

/** A clinician's change to the findings: add (present), negate (absent) or remove one. */
export interface FindingOverride {
  readonly findingId: string;
  readonly state: 'present' | 'absent' | 'removed';
}

export type LikelihoodBand = 'very-unlikely' | 'unlikely' | 'possible' | 'likely' | 'very-likely';

/** A resolved citation, as shown next to a number. */
export interface CitationSummary {
  readonly id: string;
  readonly title: string;
  readonly authors: string;
  readonly journal: string;
  readonly year: number;
  readonly pmid?: string;
  readonly pmcid?: string;
  readonly bookshelfId?: string;
  readonly doi?: string;
  readonly status: 'verified' | 'unverified';
  readonly review: 'unreviewed' | 'reviewed';
}

export interface PriorStep {
  readonly kind: 'prior';
  /** the presenting problem whose prior is used */
  readonly problemId: string;
  readonly setting: CareSetting;
  readonly probability: number;
  readonly source?: CitationRef;
  /** True when no published prior exists and the model's policy prior is used (then there is no source). */
  readonly policy?: boolean;
  /** How well the source's population matches this use (exact, broader-category, other-setting, proxy). */
  readonly populationMatch?: 'exact' | 'broader-category' | 'other-setting' | 'proxy';
  /** The age range the figure was measured in, as its source states it (a stratum when the source reports several). */
  readonly populationAgeYears?: { readonly min?: number; readonly max?: number };
  /** The sex the figure was measured in, when the source reports figures by sex. */
  readonly populationSex?: 'female' | 'male';
  /** The figure was measured in postmenopausal women (true) or women of reproductive age (false). */
  readonly populationMenopausal?: boolean;
  /** The figure was measured in patients with this finding (febrile travellers: `recent-travel-abroad`; model 2.54.0). */
  readonly populationWith?: string;
  /** The figure was measured in patients without this finding (acute pelvic pain: not a pain of six months; model 2.56.0). */
  readonly populationWithout?: string;
  /** e.g. "highest of the priors for chest pain (3%) and dyspnoea (5%)" */
  readonly note?: string;
  /** For a policy prior: the publications its reason names (why the diagnosis is listed, and any figure quoted). */
  readonly reasonSources?: readonly CitationRef[];
}

export interface FindingStep {
  readonly kind: 'finding';
  readonly findingId: string;
  readonly findingName: string;
  readonly present: boolean;
  readonly origin: 'chart' | 'clinician';
  readonly sources: readonly ChartSource[];
  /** The publication defining the combination when the finding was read from other findings (`KnownFinding.derivedBy`). */
  readonly derivedBy?: CitationRef;
  /** The clinician's entry of another threshold of the same quantity that settles this one (`KnownFinding.impliedBy`). */
  readonly impliedBy?: string;
  /** The likelihood ratio applied (LR+ when present, LR− when absent). */
  readonly lr: number;
  /** Evidence grade of the ratio: A (diagnostic-accuracy study), B (derived from cited frequencies), C (qualitative frequency through the HPO scale). */
  readonly grade: 'A' | 'B' | 'C';
  /**
   * The ratio actually applied when the model's dependence correction tempers it (every counted finding
   * but the strongest is applied as LR^α, α fitted on the development vignettes); absent when applied as cited.
   */
  readonly appliedLr?: number;
  readonly lrCI?: readonly [number, number];
  /** False when the step is shown but not counted (correlated with a stronger finding in its group). */
  readonly counted: boolean;
  readonly note?: string;
  readonly before: number;
  readonly after: number;
  readonly source: CitationRef;
}

export type ReasoningStep = PriorStep | FindingStep;

/** What knowing one more finding would do to a diagnosis. */
export interface WhatIf {
  readonly findingId: string;
  readonly findingName: string;
  readonly grade?: 'A' | 'B' | 'C';
  readonly ifPresent?: number;
  readonly ifAbsent?: number;
  readonly source: CitationRef;
}

/** A complaint whose guideline advises imaging only with a red flag, none of which the chart holds (model 2.43.0). */
export interface ImagingWithheld {
  readonly problemId: string;
  readonly problemName: string;
  readonly recommendation: string;
  readonly source: CitationRef;
  readonly redFlags: readonly { readonly findingId: string; readonly name: string }[];
}

export interface DiagnosisResult {
  readonly conditionId: string;
  readonly name: string;
  readonly codes: { readonly snomed: readonly string[]; readonly icd10cm: readonly string[] };
  readonly cantMiss: boolean;
  /** Probability after all counted findings (0–1), recalibrated when a fitted recalibration applies. */
  readonly probability: number;
  /**
   * Present when the chain's probability was recalibrated (development-split calibration): what the chain
   * of reasoning itself gives, and the correction applied on the logit scale.
   */
  readonly calibration?: { readonly chainProbability: number; readonly intercept: number; readonly slope: number };
  /** Uncertainty range of the probability (0–1). */
  readonly range: readonly [number, number];
  readonly band: LikelihoodBand;
  /** e.g. "about 12% (6–25%)"; never more precise than the evidence. */
  readonly display: string;
  readonly rank: number;
  readonly steps: readonly ReasoningStep[];
  /** Findings not yet known that would change this diagnosis most. */
  readonly mostInformative: readonly WhatIf[];
  /** The chart already records this diagnosis (or refutes it). */
  readonly inChart?: ChartDiagnosis;
  /**
   * The chart meets the condition's definition (e.g. potassium 2.9 mmol/L for hypokalaemia): the diagnosis
   * is established, not estimated; it is ranked first and shown as "meets its definition", not as a percentage.
   */
  readonly established?: EstablishedBy;
  /**
   * Model 2.40.0: forms of this broader diagnosis that are also on the differential (ventricular tachycardia under
   * cardiac arrhythmia): its probability includes theirs, so the two are not separate possibilities.
   */
  readonly includesForms?: readonly { readonly conditionId: string; readonly name: string; readonly rank: number }[];
  /**
   * Present when this broader diagnosis's probability was raised to that of its likeliest form listed beside it (model
   * 2.46.0): a broader diagnosis is at least as likely as any of its forms. `ownProbability` is what its own evidence gave.
   */
  readonly atLeastAsForm?: { readonly conditionId: string; readonly name: string; readonly ownProbability: number };
  /**
   * Model 2.40.0: every presenting problem this diagnosis could cause is already explained by a diagnosis the chart
   * establishes (by its definition, or confirmed at this encounter). It is listed as an alternative or coexisting
   * cause, after the diagnoses that still explain an open problem, and its probability is not shown: the chain
   * estimates the cause of an unexplained complaint, which this no longer is.
   */
  readonly alternativeTo?: { readonly problemIds: readonly string[]; readonly explainedBy: readonly { readonly conditionId: string; readonly name: string }[] };
}

/** A presenting problem explained by a diagnosis the chart establishes (model 2.40.0). */
export interface ExplainedProblem {
  readonly problemId: string;
  readonly name: string;
  readonly explainedBy: readonly {
    readonly conditionId: string;
    readonly name: string;
    /** `definition`: the chart meets its published definition; `chart`: confirmed on the chart at this encounter. */
    readonly how: 'definition' | 'chart';
    readonly source?: ChartSource;
  }[];
}

/**
 * A broader diagnosis not estimated because the chart establishes one of its forms (cardiac arrhythmia when the ECG
 * shows atrial fibrillation), model 2.40.0, with the source that classifies the form under it.
 */
export interface SubsumedDiagnosis {
  readonly conditionId: string;
  readonly name: string;
  readonly cantMiss: boolean;
  readonly form: { readonly conditionId: string; readonly name: string; readonly how: 'definition' | 'chart' };
  readonly source: CitationRef;
}

/** The definition a diagnosis meets, the findings that meet it and where they were read. */
export interface EstablishedBy {
  readonly findings: readonly { readonly findingId: string; readonly findingName: string; readonly sources: readonly ChartSource[] }[];
  readonly source: CitationRef;
}

/**
 * A candidate set aside without an estimate: by its definition (`definition`: the chart's results lie outside every
 * criteria group, the findings are absent) or by a diagnosis it cannot coexist with (`exclusive`: the chart records
 * type 1 diabetes, so type 2 diabetes is not considered; the findings are present).
 */
export interface ExcludedDiagnosis {
  readonly conditionId: string;
  readonly name: string;
  readonly cantMiss: boolean;
  readonly excludedBy: EstablishedBy;
  /** Absent when excluded by its definition (the only kind before model 2.34.0). */
  readonly kind?: 'definition' | 'exclusive';
}

export interface TestOutcome {
  readonly conditionId: string;
  readonly name: string;
  readonly now: number;
  readonly ifPositive: number;
  readonly ifNegative: number;
}

export interface TestSuggestion {
  readonly findingId: string;
  readonly testName: string;
  readonly orderCodes: readonly { readonly system: string; readonly code: string; readonly display: string }[];
  /** Expected reduction in uncertainty (bits) among the leading candidates. */
  readonly expectedInformationGain: number;
  /** What the test costs the patient (class), and the gain per unit burden it is ranked by. */
  readonly burden: 'bedside' | 'blood' | 'imaging' | 'imaging-radiation' | 'imaging-contrast' | 'invasive';
  readonly gainPerBurden: number;
  readonly outcomes: readonly TestOutcome[];
  readonly sources: readonly CitationRef[];
  /** The result settles a measured-state diagnosis by its definition (inside it: established; outside: excluded). */
  readonly byDefinition?: true;
  /**
   * Model 2.41.0: this bedside or blood test can rule these candidates out, and comes before the imaging or invasive
   * tests listed (`waiting`), which are not weighed for them while it is pending (POLICY.ruleOutFirstBelow).
   */
  readonly ruleOutFirst?: readonly { readonly conditionId: string; readonly name: string; readonly waiting: readonly string[] }[];
  /**
   * Model 2.40.0: a guideline recommends this test for every patient with the complaint (a 12-lead ECG in syncope): it
   * is listed first, not for its information gain, until one of its results is on the chart.
   */
  readonly baseline?: {
    readonly problemId: string;
    readonly problemName: string;
    /** Whom the recommendation covers, in words ("every patient", "women of reproductive age"). */
    readonly who: string;
    readonly recommendation: string;
    readonly source: CitationRef;
  };
}

/** Why no prior-based differential was computed. */
export interface Abstention {
  readonly kind: 'no-presenting-problem' | 'deceased' | 'child' | 'no-patient';
  /** A plain sentence for the clinician. */
  readonly message: string;
}

/** A note on the scope of the model for this patient, shown before the differential. */
export interface ScopeNote {
  readonly kind: 'child' | 'pregnancy' | 'no-current-encounter' | 'not-applicable';
  readonly message: string;
  /** Diagnoses the note concerns (e.g. those that change in pregnancy). */
  readonly conditionIds?: readonly string[];
}

/**
 * A diagnosis suggested by strong chart evidence alone (a finding with LR+ at or above the model's
 * evoking threshold), without a presenting problem and so without a pre-test probability: shown as
 * "suggested by findings", never as a number.
 */
export interface EvokedDiagnosis {
  readonly conditionId: string;
  readonly name: string;
  readonly codes: { readonly snomed: readonly string[]; readonly icd10cm: readonly string[] };
  readonly cantMiss: boolean;
  /** Present when the chart meets the condition's definition (then `evidence` may be empty). */
  readonly established?: EstablishedBy;
  readonly evidence: readonly {
    readonly findingId: string;
    readonly findingName: string;
    readonly lr: number;
    readonly sources: readonly ChartSource[];
    readonly source: CitationRef;
  }[];
  readonly inChart?: ChartDiagnosis;
}

export interface DifferentialResult {
  /** `differential`: ranked with probabilities; `abstained`: no presenting problem or out of scope (see `abstention`). */
  readonly status: 'differential' | 'abstained';
  readonly abstention?: Abstention;
  /** Scope notes shown before anything else (child, pregnancy, no current encounter). */
  readonly scopeNotes: readonly ScopeNote[];
  /** How "now" was decided. */
  readonly now: NowBasis;
  /** Diagnoses evoked by strong chart findings, without probabilities (mainly when abstaining). */
  readonly evoked: readonly EvokedDiagnosis[];
  readonly model: { readonly id: string; readonly version: string };
  readonly knowledge: { readonly id: string; readonly version: string; readonly contentHash: string };
  /** sha256 of the canonical engine input (findings, problems, setting, age, sex). */
  readonly inputHash: string;
  /** The age (at the reference time) and sex the reasoning used, as shown beside the differential. */
  readonly patient: { readonly ageYears?: number; readonly sex?: ChartExtract['sex'] };
  readonly asOf: string;
  readonly setting: CareSetting;
  readonly problems: readonly { readonly problemId: string; readonly name: string; readonly origin: 'chart' | 'clinician'; readonly via?: ExtractedProblem['via'] }[];
  readonly findingsUsed: readonly KnownFinding[];
  /** Clinical names of the findings read from the chart or changed by the clinician (screens never show ids). */
  readonly findingNames: Readonly<Record<string, string>>;
  readonly ignored: readonly IgnoredItem[];
  readonly unknownCodes: readonly UnknownCode[];
  /**
   * Diagnoses the chart establishes by their definition (e.g. hypokalaemia from potassium 2.9 mmol/L),
   * shown before the differential as facts, not hypotheses: they do not compete in its ranking.
   */
  readonly established: readonly DiagnosisResult[];
  /**
   * Candidates the chart excludes by their own definition (a measured state, e.g. hypoglycaemia with a glucose of
   * 6 mmol/L): set aside from the ranking and the can't-miss list, with the results that exclude them.
   */
  readonly excluded: readonly ExcludedDiagnosis[];
  /** Presenting problems the chart already explains (model 2.40.0); the differential then lists alternatives. */
  readonly explainedProblems?: readonly ExplainedProblem[];
  /** Broader diagnoses found as one of their forms, not estimated (model 2.40.0). */
  readonly subsumed?: readonly SubsumedDiagnosis[];
  /** All other candidates, ranked by probability. */
  readonly differential: readonly DiagnosisResult[];
  /** Can't-miss diagnoses not yet excluded: the upper end of the probability range reaches the threshold, even when unlikely. */
  readonly cantMiss: readonly DiagnosisResult[];
  readonly nextBestTests: readonly TestSuggestion[];
  /**
   * Model 2.43.0: imaging is not among the next tests because the complaint's guideline advises it only with a red flag
   * (ACR 2021 for low back pain) and none is recorded; the red flags are named so that the clinician can enter one.
   */
  readonly imagingWithheld?: readonly ImagingWithheld[];
  /**
   * Abnormal findings in the chart that none of the leading diagnoses explains (no evidence with LR+ > 1
   * for any of them), and abnormal results the knowledge base does not read: clues to a missing diagnosis.
   */
  readonly unexplained: readonly { readonly findingId?: string; readonly name: string; readonly sources: readonly ChartSource[]; readonly why: string }[];
  readonly citations: Readonly<Record<string, CitationSummary>>;
  readonly warnings: readonly string[];
}
