/**
 * Model policy parameters: decisions of this model, not facts from the literature. They are not in
 * the knowledge base (whose every number cites a source); the model label lists each of them with
 * its rationale so that a reviewer can see and challenge them.
 */
export const POLICY = {
  /** A can't-miss diagnosis is listed when its probability is at or above this, unless the condition cites its own threshold. */
  defaultCantMissThreshold: 0.01,
  /** Likelihood bands (upper bounds, exclusive) shown instead of bare percentages. */
  bands: { veryUnlikely: 0.02, unlikely: 0.1, possible: 0.3, likely: 0.7 },
  /**
   * When a source gives an LR or a prior without a confidence interval, its uncertainty is taken as a
   * factor of this size either way (on the odds scale), so that no number is shown more precisely than
   * the evidence allows.
   */
  unreportedUncertaintyFactor: 1.5,
  /**
   * Uncertainty factor (on the odds scale, either way) of a likelihood ratio without a reported interval,
   * by evidence grade: derived (B) and qualitative (C) ratios are less certain than measured ones (A).
   */
  uncertaintyFactorByGrade: { A: 1.5, B: 2, C: 3 },
  /** How many leading candidates the next-best-test step separates (plus can't-miss diagnoses not yet excluded: range reaching the threshold). */
  leadingCandidates: 5,
  /** How many "would change it most" findings to show per diagnosis. */
  whatIfCount: 3,
  /** Maximum number of next best tests returned. */
  maxTests: 5,
  /** The test threshold: a candidate below this probability does not choose the next tests, can't-miss or not (model 2.42.0). */
  minTestCandidateProbability: 0.02,
  /**
   * Next best tests are ranked by expected information gain divided by this weight of the test's burden
   * class; a test without a recorded class is weighed as a blood test.
   */
  testBurdenWeight: { bedside: 1, blood: 1, imaging: 1.25, 'imaging-radiation': 1.5, 'imaging-contrast': 2, invasive: 3 },
  /**
   * An invasive test is chosen only by a can't-miss candidate (from the test threshold) or by a candidate at this
   * probability or more (model 2.43.0).
   */
  invasiveTestMinProbability: 0.3,
  /** Burden classes not suggested as a next test in primary care (done after referral). */
  primaryCareReferralBurdens: ['invasive'] as const,
  /**
   * Rule-out test first (model 2.41.0): below this probability, a candidate that a bedside or blood test can rule out
   * (LR− at or below `settlingLikelihoodRatio.ruleOut`) is not weighed by imaging or invasive tests until that test is
   * known; the rule-out test is suggested before them.
   */
  ruleOutFirstBelow: 0.3,
  /** Burden classes that wait for a pending rule-out test, and those that can be that test. */
  ruleOutFirstWaiting: ['imaging', 'imaging-radiation', 'imaging-contrast', 'invasive'] as const,
  ruleOutFirstTests: ['bedside', 'blood'] as const,
  /**
   * Grade C evidence without a cited frequency of the finding in patients with the same complaint but
   * another diagnosis uses this background frequency (stated in each entry's derivation).
   */
  gradeCPolicyBackground: 0.25,
  /**
   * The policy background of a finding that splits every population in two roughly equal parts (male or
   * female sex; which bilirubin fraction predominates; the phase of the menstrual cycle), when no cohort
   * of the complaint gives the split: an even split. Age findings ("age 50 or over") take it too.
   */
  gradeCEvenSplitBackground: 0.5,
  /**
   * An age finding is not counted when the pre-test probability was measured in patients already within its band:
   * the prior population's recorded age range must lie inside the band widened by this many years.
   */
  priorAgeBandToleranceYears: 5,
  /**
   * A prior measured in one age band is used as a proxy for a patient outside it only within this many years of the
   * band (model 2.39.0); further away the figure is not this patient's and the model's policy prior is used instead,
   * with the figure named as not used (a sore throat at 60 does not take infectious mononucleosis's share among
   * 16-20-year-olds; a cough at 75 does not take pertussis's share among adults aged 17-49).
   */
  maxAgeProxyYears: 10,
  /** How many leading diagnoses "findings not explained" is checked against. */
  explainingCandidates: 5,
  /**
   * Pre-test probability given to a diagnosis that a presenting problem lists without a published
   * prior (`unquantified`): half the can't-miss threshold, so it stays on the differential and reaches
   * the can't-miss list only when findings raise it.
   */
  unquantifiedPrior: 0.005,
  /**
   * Pre-test probability given to a diagnosis without a published prior that the problem's coverage list (itself
   * taken from a cited review of the complaint) names as a usual cause: the 10th percentile of the cited priors of
   * usual causes in the knowledge base (3.2% of 198 in knowledge 2.74.1), rounded down.
   */
  usualCauseUnquantifiedPrior: 0.03,
  /** Care setting used when the chart does not say. */
  defaultSetting: 'primary-care' as const,
  /**
   * Without a presenting problem, a diagnosis is evoked (shown as "suggested by findings", with no
   * probability) only by a chart finding whose LR+ for it is at least this.
   */
  evokingLikelihoodRatio: 10,
  /**
   * A test "settles" a can't-miss diagnosis (so the CDS service no longer warns that it is unaddressed) only
   * when its result is decisive: a positive result with LR+ at least `ruleIn`, a negative one with LR− at
   * most `ruleOut`; a test still pending counts when either result would be decisive. A positive screening
   * test (a raised D-dimer) or an indecisive one (a chest radiograph for pneumonia) leaves the question open.
   */
  settlingLikelihoodRatio: { ruleIn: 10, ruleOut: 0.1 },
  /** The knowledge base is for adults: below this age the model abstains unless asked explicitly. */
  adultAgeYears: 18,
  /** Ages (inclusive min, exclusive max) at which a pregnancy-related diagnosis is considered for a female patient. */
  reproductiveAgeYears: [12, 56] as const,
  /** A recorded pregnancy is taken as early (first trimester) for this many days after its onset or record date. */
  earlyPregnancyDays: 98,
  /**
   * How far back from the start of the current episode a finding still describes it, per kind of data
   * (hours). Results recorded during the current encounter are always current.
   */
  recencyHours: { vital: 48, acuteLab: 24 * 7, chronicLab: 24 * 90, symptom: 24 * 14 },
  /**
   * An encounter named in context (SMART launch, CDS hook) that is finished counts as current only if it
   * started within this many hours before the reference time; an open one (in progress, arrived,
   * triaged) always does.
   */
  finishedEncounterCurrentHours: 24,
} as const;

export const POLICY_RATIONALE: Record<keyof typeof POLICY, string> = {
  defaultCantMissThreshold:
    'Threshold approach to testing (Pauker & Kassirer): a dangerous diagnosis stays on the list until it falls below a test threshold; 1% is a deliberately low default, below the 1.8% PE test threshold of the PERC derivation.',
  bands: 'Verbal bands make the uncertainty of estimates visible; boundaries chosen by the team and shown with every result.',
  unreportedUncertaintyFactor: 'Avoids false precision when a source reports no interval; chosen by the team, applied on the odds scale.',
  uncertaintyFactorByGrade:
    'A measured ratio without an interval gets the same ×1.5 as any unreported interval; a ratio derived from two cited frequencies (B) ×2, and one from a qualitative frequency mapped through the HPO scale (C) ×3, so that the band shown widens with weaker evidence. Chosen by the team.',
  leadingCandidates: 'The next best test is chosen to separate the top few candidates, as clinicians do.',
  whatIfCount: 'Keeps the explanation short in a narrow EHR sidebar.',
  maxTests: 'Keeps the list of tests short.',
  minTestCandidateProbability:
    'Threshold approach to testing (Pauker & Kassirer, N Engl J Med 1980): below a test threshold the harms of testing (false positives, the tests and treatment that follow, radiation) outweigh what the test can find. 2% is the team\u2019s general test threshold, close to the 1.8% pulmonary-embolism test threshold used in the PERC derivation; it is not measured for each diagnosis. Since model 2.42.0 it holds for can\u2019t-miss diagnoses too: they are listed from 1% (defaultCantMissThreshold), so the clinician still sees them, but below 2% they do not choose graded next tests (a bare back pain in primary care had serum amylase, lipase and blood cultures as its first tests, for pancreatitis and spinal infection at about 1%). A blood result that settles a measured state by its definition (sodium for hyponatraemia in confusion) is still suggested: a test that is certain and harmless has a test threshold near zero.',
  invasiveTestMinProbability:
    'Threshold approach to testing (Pauker & Kassirer, N Engl J Med 1980): the test threshold rises with the risk of the test and falls with the benefit of treating the diagnosis it finds. An invasive test (a lumbar puncture, an endoscopy, a biopsy) for a diagnosis that is neither dangerous to miss nor yet likely is below its threshold: after the ACR criteria withheld the CT head from a bare emergency headache (model 2.43.0), a lumbar puncture for viral meningitis at 3% was left as the only next test. Can\u2019t-miss diagnoses still choose invasive tests from the general test threshold (2%); other diagnoses from 30%, the probability below which the rule-out test comes first (ruleOutFirstBelow). The team\u2019s choice, not a measured threshold.',
  primaryCareReferralBurdens:
    'A lumbar puncture, an endoscopy or a biopsy is done after referral, not ordered from the surgery: the clinician review (2026-12-05, session 22) found a lumbar puncture among the next tests for a GP headache. In primary care these tests are left out of the next best tests (the can\u2019t-miss card still names the diagnosis); the team\u2019s choice, not a measured rule.',
  ruleOutFirstBelow:
    'ACP Best Practice Advice 3 (Raja AS et al., Ann Intern Med 2015;163:701-11, doi:10.7326/M14-1772): "Clinicians should not use imaging studies as the initial test in patients who have a low or intermediate pretest probability of PE"; a high-sensitivity D-dimer comes first. The team applies the same sequence to every candidate that a bedside or blood test can rule out (LR\u2212 0.1 or less, Jaeschke 1994): below 30% (the lower bound of the "likely" band) imaging and invasive tests are not weighed for it while that test is pending. The cut-off is the team\u2019s mapping of "low or intermediate pretest probability" onto the bands, not a measured threshold; a clinician who judges the probability high orders imaging directly.',
  ruleOutFirstWaiting: 'Imaging of any kind and invasive tests, the tests ACP Best Practice Advice 3 defers (the compression ultrasound, the CT angiogram).',
  ruleOutFirstTests: 'A bedside sign or a blood test costs the patient least; only these can be the rule-out test that comes first.',
  testBurdenWeight:
    'Information is weighed against what the test costs the patient: a CT with contrast must separate the candidates twice as well as a blood test to be ranked above it, an invasive test three times. Ordinal classes chosen by the team, not measured costs; cost, radiation dose and waiting time are not otherwise modelled.',
  gradeCPolicyBackground:
    'clinical-validity.md allows a stated policy background when no cohort gives the finding’s frequency among patients with the same complaint without the disease. 25% is deliberately unremarkable: a finding present in most patients with the disease (HPO “very frequent”, 0.9) then moves the odds by 3.6 at most, and its absence by 0.13; every such entry is grade C and shown with the widest uncertainty (×3).',
  gradeCEvenSplitBackground:
    'For a finding that divides any population in about two halves (sex above all), 25% would be a false claim that it is rare without the disease; an even split says only what the finding is. An age finding takes it as well (2026-12-05): how a complaint’s other patients divide at an age cut depends on the complaint (most adults with sore throat are young, most with breathlessness in the emergency department are old) and no cohort gives it, so 25% would claim older age is rare among them and inflate the ratio for every older patient of an old complaint, while 50% at worst understates the effect of age (grade C, widest uncertainty). No other policy background is allowed: a background guessed lower than 25% would manufacture a strong likelihood ratio from no data, so every other uncited background is 25% (kb test).',
  priorAgeBandToleranceYears:
    'A pre-test probability measured in patients aged 46 and over already holds what "age 50 or over" says; counting the age again would double it. Five years of slack lets a cohort whose recorded lower bound is a few years below the cut count as within the band. A patient outside the prior\u2019s population is still moved by the age evidence, and the prior is shown as a proxy.',
  maxAgeProxyYears:
    'A published figure belongs to the population it was measured in. Near its band the age evidence corrects it (and the chain shows it as a proxy); a decade or more away the figure describes other patients (the share of infectious mononucleosis among 16-20-year-olds with sore throat says nothing about a 60-year-old), so the diagnosis takes the policy prior of a diagnosis without a figure, and the figure is cited as the one not used. Ten years is the team’s choice (a decade, the width of most published age bands), not a measured value. A figure measured only in the other sex is never this patient\u2019s (a women\u2019s dysuria cohort for a man of 80): the policy prior too.',
  explainingCandidates: 'As DXplain does, abnormal findings that none of the leading diagnoses explains are listed as clues to a missing diagnosis.',
  unquantifiedPrior:
    'No number is invented for a diagnosis without a published pre-test probability; it gets this explicit policy value, below the can’t-miss threshold, and every result that uses it says so. Primary care also takes it instead of an emergency-department figure for a can’t-miss diagnosis or an acute injury (2026-12-05), for which that figure is an upper bound: serious causes and injuries are concentrated in the emergency department.',
  usualCauseUnquantifiedPrior:
    'The policy prior of 0.5% is meant for rare and serious diagnoses, which must reach the can\u2019t-miss list only through findings. Given to a cause that the cited review behind a complaint\u2019s list of causes calls usual (allergic rhinitis for a blocked nose, depression for insomnia), it ranked that cause below every cited one whatever the chart said. Such a cause now starts at 3%: the 10th percentile of the 198 cited priors of usual causes in knowledge 2.74.1 (rounded down), so it is never placed above most causes with a published figure. A usual cause that is also can\u2019t-miss (depression for insomnia, intoxication for nausea and vomiting) is then on the can\u2019t-miss list from the complaint alone, as a common cause that must not be missed should be; CDS cards still need chart evidence. A stated model policy, shown as such on every result that uses it (2026-12-05, session 15).',
  defaultSetting: 'Primary-care priors are the conservative default when the encounter class is unknown; the result says so.',
  evokingLikelihoodRatio:
    'Without a presenting problem there is no pre-test probability, so no number is shown; only a finding that is strong evidence on its own (LR+ of 10 or more, the conventional threshold for a large, often conclusive change in probability: Jaeschke, Guyatt & Sackett, JAMA 1994) may name a diagnosis, labelled "suggested by findings".',
  settlingLikelihoodRatio:
    'Likelihood ratios above 10 or below 0.1 generate large and often conclusive changes in probability (Jaeschke, Guyatt & Sackett, JAMA 1994;271:703-7); a result short of that moves the probability without answering the question, so a can\u2019t-miss diagnosis stays flagged until a test that can answer it is ordered or resulted, the diagnosis is recorded, or an order names it.',
  adultAgeYears: 'The knowledge base and its priors come from adult primary-care and emergency populations; children have other causes and other base rates.',
  earlyPregnancyDays:
    'The first trimester ends at 13 weeks and 6 days; a pregnancy condition dated within 14 weeks, or a positive pregnancy test in the current episode (a test is done when pregnancy is not yet known), is taken as early pregnancy, so that bleeding or pelvic pain is also reasoned as bleeding or pain in early pregnancy. Later in pregnancy the early-pregnancy priors would not apply, and the complaint is reasoned as recorded.',
  reproductiveAgeYears:
    'Pregnancy-related diagnoses (ectopic pregnancy, miscarriage) are considered for female patients from 12 to 55 years: a deliberately wide window so that none is missed; outside it they are not shown.',
  recencyHours:
    'Vital signs change within hours (48 h); acute markers such as troponin, lactate, white cells and CRP describe the current illness for about a week; chronic markers (HbA1c, ferritin, TSH) for about three months; a symptom recorded as a condition for two weeks. Anything recorded during the current encounter is current. Older data is listed as not used, with why.',
  finishedEncounterCurrentHours:
    'A finished encounter in context is the visit being documented only if it is recent; a visit from years ago never describes the patient now.',
};
