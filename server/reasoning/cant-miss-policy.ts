/**
 * Per-condition can't-miss thresholds: MODEL POLICY, not knowledge.
 *
 * A can't-miss diagnosis is shown in its own list while its probability is at or above its threshold
 * (the threshold approach to testing, Pauker & Kassirer). Where a published test or action threshold
 * exists for the decision the list prompts, it is used and named in the rationale; otherwise the value is
 * a stated policy by severity class:
 *
 * - 1%  immediately life-threatening and treatable, harm within hours (dissection, SAH, meningitis, sepsis,
 *       ectopic pregnancy, DKA, tamponade, ...);
 * - 2%  serious and time-critical over hours to days, or where a 2% post-test target is the published norm
 *       (ACS, DVT, appendicitis, bowel obstruction, septic arthritis, GCA, ...);
 * - 3%  cancers: the positive-predictive-value threshold NICE NG12 uses for urgent suspected-cancer
 *       referral (not an emergency; delay harms over weeks);
 * - 5%  serious but not time-critical conditions kept on the list for public-health or long-term harm
 *       (tuberculosis, pertussis, depression, vertebral fracture).
 *
 * The thresholds are not in the knowledge base because no source states them for this use; every entry
 * says whether it rests on a published threshold or on policy. Values are probabilities (0-1).
 */

/** A can't-miss threshold with the reason for its value. */
export interface CantMissThreshold {
  readonly threshold: number;
  readonly rationale: string;
}

const POLICY_1 =
  'Policy (1%): immediately life-threatening and treatable; delay causes death or serious harm within hours, so the condition stays on the can’t-miss list down to a low probability.';
const POLICY_2 =
  'Policy (2%): serious and time-critical over hours to days, but less immediately lethal; 2% mirrors the usual post-test probability below which work-up for a dangerous diagnosis stops.';
const POLICY_5 =
  'Policy (5%): serious but not time-critical (harm over weeks, or mainly a public-health concern); kept on the can’t-miss list only when reasonably likely.';
const NG12 =
  'Published action threshold: NICE NG12 (Suspected cancer: recognition and referral, 2015) uses a 3% positive predictive value to underpin urgent suspected-cancer referral (Introduction, nice.org.uk/guidance/ng12). Cancer is a serious diagnosis but not an emergency, so the list follows the referral threshold.';

export const CANT_MISS_THRESHOLDS: Readonly<Record<string, CantMissThreshold>> = {
  // --- published thresholds -------------------------------------------------------------------------
  'pulmonary-embolism': {
    threshold: 0.018,
    rationale:
      'Published test threshold: 1.8%, the pretest probability below which the risks of testing for PE exceed its benefit, used to derive the PERC rule (Kline JA et al., J Thromb Haemost 2004;2:1247-55; number as quoted in the project brief, not re-read this session). Consistent with the prospective PERC validation (Kline 2008, J Thromb Haemost 6:772-80: low gestalt plus PERC-negative brings VTE probability below 2%) and the 4PEPS derivation target of a post-test probability below 2% (Roy PM et al., JAMA Cardiol 2021).',
  },
  'acute-coronary-syndrome': {
    threshold: 0.02,
    rationale:
      'Published test threshold: for chest-pain patients with a pretest probability of ACS below 2%, the benefits of further testing may not outweigh its risks (Greenslade JH et al., Emerg Med J 2022;39:519-20, doi 10.1136/emermed-2021-212251, introduction).',
  },
  malignancy: { threshold: 0.03, rationale: NG12 },
  'lung-cancer': { threshold: 0.03, rationale: NG12 },
  'colorectal-cancer': { threshold: 0.03, rationale: NG12 },
  'spinal-malignancy': {
    threshold: 0.03,
    rationale: `${NG12} Spinal metastasis or myeloma presenting as back pain follows the same referral logic; malignant cord compression itself is an emergency signalled by neurological findings.`,
  },

  // --- 1%: immediately life-threatening, harm within hours -------------------------------------------
  'aortic-dissection': { threshold: 0.01, rationale: `${POLICY_1} Untreated, mortality approaches 50% in the first 48 hours (StatPearls, Aortic Dissection).` },
  'abdominal-aortic-aneurysm': { threshold: 0.01, rationale: `${POLICY_1} Symptomatic or ruptured aneurysm needs emergency repair.` },
  'cardiac-tamponade': { threshold: 0.01, rationale: POLICY_1 },
  pneumothorax: { threshold: 0.01, rationale: `${POLICY_1} Tension pneumothorax kills within minutes to hours.` },
  'oesophageal-rupture': { threshold: 0.01, rationale: POLICY_1 },
  'mesenteric-ischaemia': { threshold: 0.01, rationale: `${POLICY_1} Bowel viability is lost within hours.` },
  'perforated-viscus': { threshold: 0.01, rationale: POLICY_1 },
  'variceal-bleeding': { threshold: 0.01, rationale: POLICY_1 },
  'upper-gi-bleed-needing-intervention': { threshold: 0.01, rationale: POLICY_1 },
  'subarachnoid-haemorrhage': { threshold: 0.01, rationale: `${POLICY_1} The AHA/ASA 2023 guideline advises securing the aneurysm within 24 hours to prevent rebleeding.` },
  'intracerebral-haemorrhage': { threshold: 0.01, rationale: POLICY_1 },
  'subdural-haematoma': { threshold: 0.01, rationale: POLICY_1 },
  'acute-stroke': { threshold: 0.01, rationale: `${POLICY_1} Reperfusion therapy is time-limited (hours).` },
  'posterior-circulation-stroke': { threshold: 0.01, rationale: `${POLICY_1} Reperfusion therapy is time-limited; often missed as benign vertigo.` },
  'cerebral-venous-thrombosis': { threshold: 0.01, rationale: POLICY_1 },
  'bacterial-meningitis': { threshold: 0.01, rationale: `${POLICY_1} Antibiotics should not be delayed for bacterial meningitis.` },
  'brain-abscess': { threshold: 0.01, rationale: POLICY_1 },
  sepsis: { threshold: 0.01, rationale: `${POLICY_1} Antimicrobials are recommended within 1 hour of recognising probable sepsis (Surviving Sepsis Campaign 2021).` },
  'spinal-infection': { threshold: 0.01, rationale: `${POLICY_1} Spinal epidural abscess can cause permanent paralysis within hours.` },
  'cauda-equina-syndrome': { threshold: 0.01, rationale: `${POLICY_1} Decompression is time-critical for sphincter function.` },
  'ectopic-pregnancy': { threshold: 0.01, rationale: `${POLICY_1} Rupture causes haemorrhagic shock.` },
  'diabetic-ketoacidosis': { threshold: 0.01, rationale: POLICY_1 },
  'adrenal-crisis': { threshold: 0.01, rationale: `${POLICY_1} Treatment (IV hydrocortisone) is given before diagnostic confirmation.` },
  hypoglycaemia: { threshold: 0.01, rationale: `${POLICY_1} Trivially tested and treated; neuroglycopenic harm within hours.` },
  'drug-or-alcohol-intoxication': { threshold: 0.01, rationale: `${POLICY_1} Some poisonings (opioids, paracetamol, tricyclics) need antidotes within hours.` },
  'ventricular-tachycardia': { threshold: 0.01, rationale: `${POLICY_1} Risk of sudden cardiac death.` },
  'high-grade-atrioventricular-block': { threshold: 0.01, rationale: `${POLICY_1} Risk of asystole; may need pacing.` },
  anaphylaxis: { threshold: 0.01, rationale: `${POLICY_1} Airway and circulatory compromise within minutes; adrenaline is given on clinical suspicion.` },

  // --- 2%: serious, time-critical over hours to days -------------------------------------------------
  'deep-vein-thrombosis': { threshold: 0.02, rationale: `${POLICY_2} Untreated proximal DVT risks embolisation over days.` },
  'acute-appendicitis': { threshold: 0.02, rationale: `${POLICY_2} Perforation risk rises over 24-72 hours.` },
  'bowel-obstruction': { threshold: 0.02, rationale: `${POLICY_2} Strangulation risk over hours to days.` },
  'acute-pancreatitis': { threshold: 0.02, rationale: POLICY_2 },
  'acute-pyelonephritis': { threshold: 0.02, rationale: `${POLICY_2} Progression to urosepsis over days.` },
  'community-acquired-pneumonia': { threshold: 0.02, rationale: `${POLICY_2} Antibiotics are recommended within 4 hours of diagnosis (NICE NG138).` },
  bacteraemia: { threshold: 0.02, rationale: `${POLICY_2} Blood cultures and antibiotics; progression to sepsis over hours to days.` },
  'septic-arthritis': { threshold: 0.02, rationale: `${POLICY_2} Joint destruction within days.` },
  'giant-cell-arteritis': { threshold: 0.02, rationale: `${POLICY_2} Irreversible visual loss can occur within days; glucocorticoids are started before biopsy.` },
  'peritonsillar-abscess': { threshold: 0.02, rationale: `${POLICY_2} Airway compromise is rare but needs drainage.` },
  'heart-failure': { threshold: 0.02, rationale: `${POLICY_2} Acute decompensated heart failure needs treatment within hours to days.` },
  'hepatic-encephalopathy': { threshold: 0.02, rationale: `${POLICY_2} Treatable cause of confusion; progresses to coma.` },
  hyponatraemia: { threshold: 0.02, rationale: `${POLICY_2} Severe symptomatic hyponatraemia needs hypertonic saline; most cases are not emergencies.` },
  hypokalaemia: { threshold: 0.02, rationale: `${POLICY_2} Severe hypokalaemia risks arrhythmia; usually trivially tested.` },
  hydrocephalus: { threshold: 0.02, rationale: `${POLICY_2} Acute obstructive hydrocephalus is an emergency; normal-pressure hydrocephalus is not.` },
  'cardiac-arrhythmia': { threshold: 0.02, rationale: `${POLICY_2} Arrhythmic syncope carries a risk of sudden death; ECG monitoring is the test.` },
  'sick-sinus-syndrome': { threshold: 0.02, rationale: `${POLICY_2} Bradyarrhythmic syncope; may need pacing.` },
  myocarditis: { threshold: 0.02, rationale: `${POLICY_2} Fulminant myocarditis can progress to cardiogenic shock or ventricular arrhythmia within days; troponin, ECG and echocardiography are the tests.` },
  'aortic-stenosis': { threshold: 0.02, rationale: `${POLICY_2} Exertional syncope in severe aortic stenosis carries a risk of sudden death; echocardiography is the test.` },
  'hiv-infection': {
    threshold: 0.02,
    rationale: `${POLICY_2} Harm from delay is over months (acute seroconversion, opportunistic infection); kept on the list because testing is cheap and recommended. Candidate for removal from the can’t-miss set.`,
  },

  // --- fever, skin, eye and general complaints (breadth curation br2) --------------------------------
  'stevens-johnson-syndrome-ten': { threshold: 0.01, rationale: `${POLICY_1} Mucocutaneous necrolysis; stopping the culprit drug and specialist care are time-critical.` },
  'necrotising-fasciitis': { threshold: 0.01, rationale: `${POLICY_1} Needs emergency surgical debridement; mortality rises with delay.` },
  'meningococcal-disease': { threshold: 0.01, rationale: `${POLICY_1} Fulminant septicaemia within hours; antibiotics are not delayed for tests.` },
  malaria: { threshold: 0.01, rationale: `${POLICY_1} Falciparum malaria can become severe within hours to days in a returned traveller.` },
  'acute-angle-closure-glaucoma': { threshold: 0.01, rationale: `${POLICY_1} Irreversible optic nerve damage within hours of raised intraocular pressure.` },
  'infective-endocarditis': { threshold: 0.02, rationale: `${POLICY_2} Valve destruction and embolism over days; blood cultures before antibiotics.` },
  keratitis: { threshold: 0.02, rationale: `${POLICY_2} Microbial keratitis can perforate or scar the cornea within days.` },
  lymphoma: { threshold: 0.03, rationale: NG12 },
  'multiple-myeloma': { threshold: 0.03, rationale: NG12 },
  leukaemia: { threshold: 0.03, rationale: `${NG12} Acute leukaemia with cytopenias needs same-day assessment; the list follows the referral threshold.` },

  // neurology (br6)
  'transient-ischaemic-attack': { threshold: 0.02, rationale: `${POLICY_2} The early risk of stroke after a TIA is concentrated in the first days; urgent assessment and secondary prevention reduce it.` },
  encephalitis: { threshold: 0.01, rationale: `${POLICY_1} Aciclovir for suspected herpes simplex encephalitis is started before confirmation; delay worsens outcome.` },
  'alcohol-withdrawal': { threshold: 0.02, rationale: `${POLICY_2} Withdrawal seizures and delirium tremens develop over hours to days and are prevented by benzodiazepines.` },
  'sedative-hypnotic-withdrawal': { threshold: 0.02, rationale: `${POLICY_2} Withdrawal seizures and delirium develop over days after a benzodiazepine or Z-drug is stopped and are prevented by reinstating and tapering it.` },
  'orbital-cellulitis': { threshold: 0.01, rationale: `${POLICY_1} Can threaten sight and spread intracranially within hours; needs intravenous antibiotics and imaging.` },
  'deep-neck-infection': { threshold: 0.01, rationale: `${POLICY_1} A retropharyngeal or parapharyngeal abscess can obstruct the airway or spread to the mediastinum within hours.` },
  'carbon-monoxide-poisoning': { threshold: 0.01, rationale: `${POLICY_1} The patient and the household stay exposed until it is recognised; oxygen treats it (session 27).` },
  mastoiditis: { threshold: 0.02, rationale: `${POLICY_2} Intracranial and neck complications develop over days; needs antibiotics and imaging (session 27).` },
  dengue: { threshold: 0.02, rationale: `${POLICY_2} Severe dengue (plasma leakage, bleeding) develops as the fever settles, over days; recognising it guides monitoring and avoids NSAIDs.` },
  'enteric-fever': { threshold: 0.02, rationale: `${POLICY_2} Untreated typhoid can perforate the bowel or cause sepsis over days to weeks; treatable with antibiotics.` },
  'wernicke-encephalopathy': { threshold: 0.02, rationale: `${POLICY_2} Parenteral thiamine is given on suspicion; untreated, it progresses to coma or permanent amnesia.` },

  // --- abdomen and GI (br4) ---
  cholangitis: { threshold: 0.01, rationale: `${POLICY_1} Acute cholangitis progresses to septic shock within hours; biliary drainage and antibiotics are urgent (Tokyo Guidelines).` },
  'oesophagogastric-cancer': { threshold: 0.03, rationale: NG12 },
  'pancreatic-cancer': { threshold: 0.03, rationale: NG12 },

  // --- 5%: serious, not time-critical --------------------------------------------------------------
  tuberculosis: { threshold: 0.05, rationale: `${POLICY_5} Harm over weeks; infection control matters.` },
  pertussis: { threshold: 0.05, rationale: `${POLICY_5} Not dangerous for most adults; treated to protect infant contacts.` },
  'major-depressive-disorder': {
    threshold: 0.05,
    rationale: `${POLICY_5} The immediate danger is suicide risk, which is assessed directly rather than inferred from a probability of depression.`,
  },
  'vertebral-fracture': { threshold: 0.05, rationale: `${POLICY_5} Osteoporotic fractures are not emergencies; traumatic instability is judged clinically.` },
  // --- genitourinary and women's health (br5) ---------------------------------------------------------
  'testicular-torsion': { threshold: 0.01, rationale: `${POLICY_1} Testicular salvage falls steeply after about 6 hours of ischaemia.` },
  'ovarian-torsion': { threshold: 0.01, rationale: `${POLICY_1} Ovarian viability is lost within hours; ultrasound with normal flow does not exclude it.` },
  'pelvic-inflammatory-disease': { threshold: 0.02, rationale: `${POLICY_2} Delayed treatment risks tubo-ovarian abscess and tubal infertility.` },
  'ovarian-cyst': { threshold: 0.02, rationale: `${POLICY_2} A ruptured haemorrhagic cyst can cause haemoperitoneum; most cysts are benign.` },
  'bladder-cancer': { threshold: 0.03, rationale: NG12 },
  'renal-cancer': { threshold: 0.03, rationale: NG12 },
  'prostate-cancer': { threshold: 0.03, rationale: NG12 },
  'endometrial-cancer': { threshold: 0.03, rationale: NG12 },
  'cervical-cancer': { threshold: 0.03, rationale: NG12 },
  // --- musculoskeletal (neck, shoulder, knee) ---
  'cervical-spine-fracture': { threshold: 0.01, rationale: `${POLICY_1} An unstable cervical fracture can injure the cord with the next movement; imaging decisions follow validated rules (NEXUS, Canadian C-spine).` },
  'cervical-myelopathy': { threshold: 0.02, rationale: `${POLICY_2} Cord compression progresses over days to weeks; decompression prevents permanent deficit.` },
  // --- added with the breadth work of 2026-12-03 (afternoon) ---
  'hyperosmolar-hyperglycaemic-state': { threshold: 0.01, rationale: `${POLICY_1} Mortality is higher than in DKA; fluids and insulin are started on suspicion.` },
  'acute-compartment-syndrome': { threshold: 0.01, rationale: `${POLICY_1} Muscle necrosis follows within hours; fasciotomy is time-critical.` },
  'cervical-artery-dissection': { threshold: 0.01, rationale: `${POLICY_1} A cause of stroke in the young presenting as neck pain or headache; antithrombotic treatment prevents stroke.` },
  epiglottitis: { threshold: 0.01, rationale: `${POLICY_1} The airway can obstruct within hours.` },
  'anterior-uveitis': { threshold: 0.02, rationale: `${POLICY_2} Untreated, it threatens vision over days.` },
  scleritis: { threshold: 0.02, rationale: `${POLICY_2} Necrotising scleritis threatens the eye and signals systemic vasculitis.` },
  'head-and-neck-cancer': { threshold: 0.03, rationale: NG12 },
  cholangiocarcinoma: { threshold: 0.03, rationale: NG12 },
  'ovarian-cancer': { threshold: 0.03, rationale: NG12 },
  'testicular-cancer': { threshold: 0.03, rationale: NG12 },
  'knee-fracture': { threshold: 0.05, rationale: `${POLICY_5} A missed fracture harms over days, not hours; imaging follows the Ottawa knee rule.` },
};

/**
 * The policy threshold for a can't-miss condition.
 *
 * @param conditionId - knowledge-base condition id
 * @returns the probability threshold (0-1), or undefined when the table has no entry for the condition
 */
export function cantMissPolicyThreshold(conditionId: string): number | undefined {
  return CANT_MISS_THRESHOLDS[conditionId]?.threshold;
}
