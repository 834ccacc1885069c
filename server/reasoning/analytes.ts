/**
 * Lab analytes and the LOINC codes that report them. Charts report one analyte under many LOINC
 * codes (serum vs blood vs point-of-care, mass vs molar property), so a knowledge-base rule written
 * against one code should also match the others — but only where a threshold written for one code
 * stays right for the others. Where it would not (high-sensitivity vs conventional troponin, D-dimer
 * FEU vs DDU, anion gap with vs without potassium, fasting vs random glucose, urine ketones vs blood
 * β-hydroxybutyrate) the codes are separate analytes.
 *
 * Where the codes were confirmed (every code below was checked against at least one of these; a code
 * that could not be confirmed was left out):
 *  - the LOINC long common names of the LOINC "top 2000" common laboratory codes (a public copy of
 *    the list with code + display), and loinc.org / code-lookup pages for single codes;
 *  - HL7 FHIR specification and US Core examples (2339-0, 15074-8, 14749-6, 1963-8);
 *  - the VA VistA DSS LOINC seed list (LOINC short names, e.g. "Troponin T Bld-mCnc" for 48425-3);
 *  - the MII/miracum loinc-conversion table of mass ↔ molar sibling codes (14682-9 ↔ 2160-0,
 *    22664-7 ↔ 3091-6, 14937-7 ↔ 3094-0, 14771-0 ↔ 1558-6 …), used only for a molar code whose mass
 *    sibling was itself confirmed;
 *  - laboratory test catalogues (Mayo HSTNI 89579-7; ARUP β-hydroxybutyrate 29512-1; 66441-7 blood
 *    β-hydroxybutyrate by test strip).
 *
 * Molecular weights (g/mol) are physical constants (IUPAC atomic weights), not clinical knowledge.
 * Urea nitrogen ("BUN") is reported as the mass of the urea's nitrogen, so its mass codes carry the
 * molar mass of N2 (28.02): 1 mmol/L urea = 2.8 mg/dL urea nitrogen = 6.0 mg/dL urea.
 */

export type Specimen =
  | 'serum-plasma'
  | 'blood'
  | 'arterial-blood'
  | 'venous-blood'
  | 'capillary-blood'
  | 'central-venous-blood'
  | 'platelet-poor-plasma'
  | 'serum-plasma-blood'
  | 'urine'
  | 'bone';

/** How results are reported: a number, or an ordinal (negative/trace/positive, 1+ … 3+). */
export type Scale = 'quantitative' | 'ordinal';

export interface AnalyteCode {
  loinc: string;
  /** LOINC long common name */
  display: string;
  specimen: Specimen;
  /** overrides the analyte's scale for this code (urine ketones in mg/dL, say) */
  scale?: Scale;
  /**
   * Molar mass (g/mol) of what this code's mass units count, when it differs from the analyte's
   * (urea nitrogen mass codes count the nitrogen, 28.02, not urea, 60.06).
   */
  molecularWeight?: number;
}

export interface Analyte {
  id: string;
  name: string;
  /** canonical UCUM unit; absent for ordinal analytes */
  unit?: string;
  scale: Scale;
  /** g/mol, for mass ↔ molar conversion */
  molecularWeight?: number;
  /** absolute ionic charge, for mmol ↔ mEq conversion */
  charge?: number;
  /** true where a negative value is real (base excess, T-score) */
  canBeNegative?: boolean;
  note?: string;
  codes: readonly AnalyteCode[];
}

const GLUCOSE_MW = 180.16;
const UREA_MW = 60.06;
const UREA_NITROGEN_MW = 28.02;

export const ANALYTES: readonly Analyte[] = [
  {
    id: 'glucose',
    name: 'Glucose (random)',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: GLUCOSE_MW,
    codes: [
      { loinc: '2345-7', display: 'Glucose [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '14749-6', display: 'Glucose [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2339-0', display: 'Glucose [Mass/volume] in Blood', specimen: 'blood' },
      { loinc: '15074-8', display: 'Glucose [Moles/volume] in Blood', specimen: 'blood' },
      { loinc: '41653-7', display: 'Glucose [Mass/volume] in Capillary blood by Glucometer', specimen: 'capillary-blood' },
      { loinc: '14743-9', display: 'Glucose [Moles/volume] in Capillary blood by Glucometer', specimen: 'capillary-blood' },
      { loinc: '32016-8', display: 'Glucose [Mass/volume] in Capillary blood', specimen: 'capillary-blood' },
      { loinc: '51596-5', display: 'Glucose [Moles/volume] in Capillary blood', specimen: 'capillary-blood' },
      { loinc: '2340-8', display: 'Glucose [Mass/volume] in Blood by Automated test strip', specimen: 'blood' },
      { loinc: '72516-8', display: 'Glucose [Moles/volume] in Blood by Automated test strip', specimen: 'blood' },
    ],
  },
  {
    id: 'glucose-fasting',
    name: 'Glucose (fasting)',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: GLUCOSE_MW,
    note: 'Separate from random glucose: fasting thresholds (7.0 mmol/L) are wrong for random values (11.1 mmol/L).',
    codes: [
      { loinc: '1558-6', display: 'Fasting glucose [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '14771-0', display: 'Fasting glucose [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '41604-0', display: 'Fasting glucose [Mass/volume] in Capillary blood by Glucometer', specimen: 'capillary-blood' },
    ],
  },
  {
    id: 'ph-blood',
    name: 'pH (blood)',
    unit: '[pH]',
    scale: 'quantitative',
    note: 'Arterial, venous and capillary pH together (venous runs ~0.03 lower); each code records its specimen.',
    codes: [
      { loinc: '2744-1', display: 'pH of Arterial blood', specimen: 'arterial-blood' },
      { loinc: '2746-6', display: 'pH of Venous blood', specimen: 'venous-blood' },
      { loinc: '2745-8', display: 'pH of Capillary blood', specimen: 'capillary-blood' },
      { loinc: '97536-7', display: 'pH of Central venous blood', specimen: 'central-venous-blood' },
      { loinc: '11558-4', display: 'pH of Blood', specimen: 'blood' },
      { loinc: '2753-2', display: 'pH of Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'bicarbonate',
    name: 'Bicarbonate / total CO2',
    unit: 'mmol/L',
    scale: 'quantitative',
    charge: 1,
    note: 'Total CO2 (2028-9) is what most chemistry panels report as "bicarbonate".',
    codes: [
      { loinc: '1963-8', display: 'Bicarbonate [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '1959-6', display: 'Bicarbonate [Moles/volume] in Blood', specimen: 'blood' },
      { loinc: '1960-4', display: 'Bicarbonate [Moles/volume] in Arterial blood', specimen: 'arterial-blood' },
      { loinc: '14627-4', display: 'Bicarbonate [Moles/volume] in Venous blood', specimen: 'venous-blood' },
      { loinc: '2028-9', display: 'Carbon dioxide, total [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '20565-8', display: 'Carbon dioxide, total [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'anion-gap',
    name: 'Anion gap (Na − (Cl + HCO3))',
    unit: 'mmol/L',
    scale: 'quantitative',
    charge: 1,
    codes: [
      { loinc: '33037-3', display: 'Anion gap in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '10466-1', display: 'Anion gap 3 in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'anion-gap-with-potassium',
    name: 'Anion gap ((Na + K) − (Cl + HCO3))',
    unit: 'mmol/L',
    scale: 'quantitative',
    charge: 1,
    note: 'Separate: including potassium raises the gap by ~4 mmol/L, so a threshold for one is wrong for the other.',
    codes: [
      { loinc: '1863-0', display: 'Anion gap 4 in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '77341-6', display: 'Anion gap 4 in Serum, Plasma or Blood', specimen: 'serum-plasma-blood' },
    ],
  },
  {
    id: 'sodium',
    name: 'Sodium',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 22.99,
    charge: 1,
    codes: [
      { loinc: '2951-2', display: 'Sodium [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2947-0', display: 'Sodium [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'potassium',
    name: 'Potassium',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 39.098,
    charge: 1,
    codes: [
      { loinc: '2823-3', display: 'Potassium [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '6298-4', display: 'Potassium [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'chloride',
    name: 'Chloride',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 35.45,
    charge: 1,
    codes: [
      { loinc: '2075-0', display: 'Chloride [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2069-3', display: 'Chloride [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'beta-hydroxybutyrate',
    name: 'β-hydroxybutyrate (blood ketones)',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 104.1,
    codes: [
      { loinc: '29512-1', display: '3-Hydroxybutyrate [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '66441-7', display: '3-Hydroxybutyrate [Moles/volume] in Blood by Test strip', specimen: 'blood' },
    ],
  },
  {
    id: 'ketones-urine',
    name: 'Ketones (urine)',
    scale: 'ordinal',
    note: 'Semi-quantitative dipstick (negative, trace, small/1+, moderate/2+, large/3+); read with readOrdinal().',
    codes: [
      { loinc: '2514-8', display: 'Ketones [Presence] in Urine by Test strip', specimen: 'urine' },
      { loinc: '33903-6', display: 'Ketones [Presence] in Urine', specimen: 'urine' },
      { loinc: '5797-6', display: 'Ketones [Mass/volume] in Urine by Test strip', specimen: 'urine', scale: 'quantitative' },
    ],
  },
  {
    id: 'hcg-quantitative',
    name: 'hCG, quantitative (serum)',
    unit: 'm[IU]/mL',
    scale: 'quantitative',
    codes: [
      { loinc: '21198-7', display: 'Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '19080-1', display: 'Choriogonadotropin [Units/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'hcg-qualitative',
    name: 'Pregnancy test (hCG, qualitative)',
    scale: 'ordinal',
    codes: [
      { loinc: '2106-3', display: 'Choriogonadotropin (Pregnancy test) [Presence] in Urine', specimen: 'urine' },
      { loinc: '2118-8', display: 'Choriogonadotropin (pregnancy test) [Presence] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2110-5', display: 'Choriogonadotropin.beta subunit (pregnancy test) [Presence] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'lipase',
    name: 'Lipase',
    unit: 'U/L',
    scale: 'quantitative',
    codes: [{ loinc: '3040-3', display: 'Lipase [Enzymatic activity/volume] in Serum or Plasma', specimen: 'serum-plasma' }],
  },
  {
    id: 'amylase',
    name: 'Amylase',
    unit: 'U/L',
    scale: 'quantitative',
    codes: [{ loinc: '1798-8', display: 'Amylase [Enzymatic activity/volume] in Serum or Plasma', specimen: 'serum-plasma' }],
  },
  {
    id: 'troponin-i',
    name: 'Troponin I (conventional assay)',
    unit: 'ng/mL',
    scale: 'quantitative',
    note: 'Separate from hs-troponin I: cut-offs are assay-specific (99th centile ~0.04 ng/mL vs ~20 ng/L).',
    codes: [
      { loinc: '10839-9', display: 'Troponin I.cardiac [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '42757-5', display: 'Troponin I.cardiac [Mass/volume] in Blood', specimen: 'blood' },
      { loinc: '49563-0', display: 'Troponin I.cardiac [Mass/volume] in Serum or Plasma by Detection limit <= 0.01 ng/mL', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'troponin-t',
    name: 'Troponin T (conventional assay)',
    unit: 'ng/mL',
    scale: 'quantitative',
    codes: [
      { loinc: '6598-7', display: 'Troponin T.cardiac [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '48425-3', display: 'Troponin T.cardiac [Mass/volume] in Blood', specimen: 'blood' },
      { loinc: '6597-9', display: 'Troponin T.cardiac [Mass/volume] in Venous blood', specimen: 'venous-blood' },
    ],
  },
  {
    id: 'hs-troponin-i',
    name: 'High-sensitivity troponin I',
    unit: 'ng/L',
    scale: 'quantitative',
    codes: [
      { loinc: '89579-7', display: 'Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'hs-troponin-t',
    name: 'High-sensitivity troponin T',
    unit: 'ng/L',
    scale: 'quantitative',
    codes: [
      { loinc: '67151-1', display: 'Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'd-dimer-feu',
    name: 'D-dimer (fibrinogen-equivalent units)',
    unit: 'ng/mL{FEU}',
    scale: 'quantitative',
    note: 'Separate from DDU: 1 DDU ≈ 2 FEU, so a cut-off in one is wrong in the other.',
    codes: [{ loinc: '48065-7', display: 'Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma', specimen: 'platelet-poor-plasma' }],
  },
  {
    id: 'd-dimer-ddu',
    name: 'D-dimer (D-dimer units)',
    unit: 'ng/mL{DDU}',
    scale: 'quantitative',
    codes: [
      { loinc: '48066-5', display: 'Fibrin D-dimer DDU [Mass/volume] in Platelet poor plasma', specimen: 'platelet-poor-plasma' },
      { loinc: '48058-2', display: 'Fibrin D-dimer DDU [Mass/volume] in Platelet poor plasma by Immunoassay', specimen: 'platelet-poor-plasma' },
    ],
  },
  {
    id: 'haemoglobin',
    name: 'Haemoglobin',
    unit: 'g/dL',
    scale: 'quantitative',
    // molar haemoglobin (Netherlands, mmol/L) counts the monomer: 64,458 / 4 g/mol
    molecularWeight: 16114.5,
    codes: [
      { loinc: '718-7', display: 'Hemoglobin [Mass/volume] in Blood', specimen: 'blood' },
      { loinc: '30313-1', display: 'Hemoglobin [Mass/volume] in Arterial blood', specimen: 'arterial-blood' },
      { loinc: '59260-0', display: 'Hemoglobin [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'wbc',
    name: 'White cell count',
    unit: '10*9/L',
    scale: 'quantitative',
    codes: [
      { loinc: '6690-2', display: 'Leukocytes [#/volume] in Blood by Automated count', specimen: 'blood' },
      { loinc: '26464-8', display: 'Leukocytes [#/volume] in Blood', specimen: 'blood' },
      { loinc: '804-5', display: 'Leukocytes [#/volume] in Blood by Manual count', specimen: 'blood' },
    ],
  },
  {
    id: 'platelets',
    name: 'Platelet count',
    unit: '10*9/L',
    scale: 'quantitative',
    codes: [
      { loinc: '777-3', display: 'Platelets [#/volume] in Blood by Automated count', specimen: 'blood' },
      { loinc: '26515-7', display: 'Platelets [#/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'crp',
    name: 'C-reactive protein',
    unit: 'mg/L',
    scale: 'quantitative',
    note: 'hs-CRP measures the same protein in the same unit (its range tops out near 10 mg/L).',
    codes: [
      { loinc: '1988-5', display: 'C reactive protein [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '30522-7', display: 'C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'procalcitonin',
    name: 'Procalcitonin',
    unit: 'ng/mL',
    scale: 'quantitative',
    codes: [{ loinc: '33959-8', display: 'Procalcitonin [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' }],
  },
  {
    id: 'creatinine',
    name: 'Creatinine',
    unit: 'umol/L',
    scale: 'quantitative',
    molecularWeight: 113.12,
    codes: [
      { loinc: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '38483-4', display: 'Creatinine [Mass/volume] in Blood', specimen: 'blood' },
      { loinc: '59826-8', display: 'Creatinine [Moles/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'urea',
    name: 'Urea / urea nitrogen (BUN)',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: UREA_MW,
    note: 'Mass codes of urea nitrogen count the nitrogen (28.02 g/mol): 1 mmol/L urea = 2.8 mg/dL BUN. Pass both LOINC codes to convertUnit when they differ.',
    codes: [
      { loinc: '3094-0', display: 'Urea nitrogen [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma', molecularWeight: UREA_NITROGEN_MW },
      { loinc: '6299-2', display: 'Urea nitrogen [Mass/volume] in Blood', specimen: 'blood', molecularWeight: UREA_NITROGEN_MW },
      { loinc: '14937-7', display: 'Urea nitrogen [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma', molecularWeight: UREA_NITROGEN_MW },
      { loinc: '59570-2', display: 'Urea nitrogen [Moles/volume] in Blood', specimen: 'blood', molecularWeight: UREA_NITROGEN_MW },
      { loinc: '3091-6', display: 'Urea [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '22664-7', display: 'Urea [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'bilirubin-total',
    name: 'Bilirubin, total',
    unit: 'umol/L',
    scale: 'quantitative',
    molecularWeight: 584.66,
    codes: [
      { loinc: '1975-2', display: 'Bilirubin.total [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '14631-6', display: 'Bilirubin.total [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '42719-5', display: 'Bilirubin.total [Mass/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'alt',
    name: 'Alanine aminotransferase (ALT)',
    unit: 'U/L',
    scale: 'quantitative',
    codes: [
      { loinc: '1742-6', display: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '1743-4', display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma by With P-5'-P", specimen: 'serum-plasma' },
      { loinc: '1744-2', display: "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma by No addition of P-5'-P", specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'ast',
    name: 'Aspartate aminotransferase (AST)',
    unit: 'U/L',
    scale: 'quantitative',
    codes: [
      { loinc: '1920-8', display: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '30239-8', display: "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma by With P-5'-P", specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'lactate',
    name: 'Lactate',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 90.08,
    codes: [
      { loinc: '2524-7', display: 'Lactate [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '32693-4', display: 'Lactate [Moles/volume] in Blood', specimen: 'blood' },
      { loinc: '2519-7', display: 'Lactate [Moles/volume] in Venous blood', specimen: 'venous-blood' },
      { loinc: '2518-9', display: 'Lactate [Moles/volume] in Arterial blood', specimen: 'arterial-blood' },
      { loinc: '14118-4', display: 'Lactate [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '59032-3', display: 'Lactate [Mass/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'inr',
    name: 'INR',
    unit: '{INR}',
    scale: 'quantitative',
    codes: [
      { loinc: '6301-6', display: 'INR in Platelet poor plasma by Coagulation assay', specimen: 'platelet-poor-plasma' },
      { loinc: '34714-6', display: 'INR in Blood by Coagulation assay', specimen: 'blood' },
      { loinc: '46418-0', display: 'INR in Capillary blood by Coagulation assay', specimen: 'capillary-blood' },
    ],
  },
  {
    id: 'tsh',
    name: 'TSH',
    unit: 'm[IU]/L',
    scale: 'quantitative',
    codes: [
      { loinc: '3016-3', display: 'Thyrotropin [Units/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '11579-0', display: 'Thyrotropin [Units/volume] in Serum or Plasma by Detection limit <= 0.05 mIU/L', specimen: 'serum-plasma' },
      { loinc: '11580-8', display: 'Thyrotropin [Units/volume] in Serum or Plasma by Detection limit <= 0.005 mIU/L', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'urine-leukocyte-esterase',
    name: 'Leukocyte esterase (urine dipstick)',
    scale: 'ordinal',
    codes: [{ loinc: '5799-2', display: 'Leukocyte esterase [Presence] in Urine by Test strip', specimen: 'urine' }],
  },
  {
    id: 'urine-nitrite',
    name: 'Nitrite (urine dipstick)',
    scale: 'ordinal',
    codes: [{ loinc: '5802-4', display: 'Nitrite [Presence] in Urine by Test strip', specimen: 'urine' }],
  },
  {
    id: 'urine-blood',
    name: 'Blood (urine dipstick)',
    scale: 'ordinal',
    codes: [{ loinc: '5794-3', display: 'Hemoglobin [Presence] in Urine by Test strip', specimen: 'urine' }],
  },
  {
    id: 'ferritin',
    name: 'Ferritin',
    unit: 'ug/L',
    scale: 'quantitative',
    codes: [{ loinc: '2276-4', display: 'Ferritin [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' }],
  },
  {
    id: 'hba1c',
    name: 'Haemoglobin A1c',
    unit: '%',
    scale: 'quantitative',
    note: 'IFCC mmol/mol ↔ NGSP % uses the master equation (NGSP = 0.09148 × IFCC + 2.152), not a unit factor.',
    codes: [
      { loinc: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood', specimen: 'blood' },
      { loinc: '17856-6', display: 'Hemoglobin A1c/Hemoglobin.total in Blood by HPLC', specimen: 'blood' },
      { loinc: '4549-2', display: 'Hemoglobin A1c/Hemoglobin.total in Blood by Electrophoresis', specimen: 'blood' },
      { loinc: '17855-8', display: 'Hemoglobin A1c/Hemoglobin.total in Blood by calculation', specimen: 'blood' },
    ],
  },
  {
    id: 'bnp',
    name: 'BNP',
    unit: 'pg/mL',
    scale: 'quantitative',
    codes: [
      { loinc: '30934-4', display: 'Natriuretic peptide B [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '42637-9', display: 'Natriuretic peptide B [Mass/volume] in Blood', specimen: 'blood' },
    ],
  },
  {
    id: 'nt-probnp',
    name: 'NT-proBNP',
    unit: 'pg/mL',
    scale: 'quantitative',
    note: 'Separate from BNP: NT-proBNP runs several-fold higher.',
    codes: [{ loinc: '33762-6', display: 'Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' }],
  },
  {
    id: 'calcium',
    name: 'Calcium, total',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 40.078,
    charge: 2,
    codes: [
      { loinc: '17861-6', display: 'Calcium [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2000-8', display: 'Calcium [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'calcium-ionized',
    name: 'Calcium, ionised',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 40.078,
    charge: 2,
    note: 'Separate from total calcium (about half of it).',
    codes: [
      { loinc: '1994-3', display: 'Calcium.ionized [Moles/volume] in Blood', specimen: 'blood' },
      { loinc: '1995-0', display: 'Calcium.ionized [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'magnesium',
    name: 'Magnesium',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 24.305,
    charge: 2,
    codes: [
      { loinc: '19123-9', display: 'Magnesium [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2601-3', display: 'Magnesium [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'albumin',
    name: 'Albumin',
    unit: 'g/L',
    scale: 'quantitative',
    codes: [
      { loinc: '1751-7', display: 'Albumin [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '2862-1', display: 'Albumin [Mass/volume] in Serum or Plasma by Electrophoresis', specimen: 'serum-plasma' },
    ],
  },
  {
    id: 'base-excess',
    name: 'Base excess',
    unit: 'mmol/L',
    scale: 'quantitative',
    charge: 1,
    canBeNegative: true,
    note: 'Base deficit (30318-0, 1922-4) has the opposite sign and is deliberately not in this group.',
    codes: [
      { loinc: '11555-0', display: 'Base excess in Blood', specimen: 'blood' },
      { loinc: '1925-7', display: 'Base excess in Arterial blood', specimen: 'arterial-blood' },
    ],
  },
  {
    id: 'bone-density-t-score',
    name: 'Bone density T-score',
    unit: '{T-score}',
    scale: 'quantitative',
    canBeNegative: true,
    codes: [{ loinc: '38263-0', display: 'DXA Femur [T-score] Bone density', specimen: 'bone' }],
  },
  {
    id: 'cholesterol',
    name: 'Cholesterol, total',
    unit: 'mmol/L',
    scale: 'quantitative',
    molecularWeight: 386.65,
    codes: [
      { loinc: '2093-3', display: 'Cholesterol [Mass/volume] in Serum or Plasma', specimen: 'serum-plasma' },
      { loinc: '14647-2', display: 'Cholesterol [Moles/volume] in Serum or Plasma', specimen: 'serum-plasma' },
    ],
  },
];

const BY_LOINC = new Map<string, { analyte: Analyte; code: AnalyteCode }>();
const BY_ID = new Map<string, Analyte>();
for (const analyte of ANALYTES) {
  if (BY_ID.has(analyte.id)) {
    throw new Error(`analytes: duplicate analyte id ${analyte.id}`);
  }
  BY_ID.set(analyte.id, analyte);
  for (const code of analyte.codes) {
    if (BY_LOINC.has(code.loinc)) {
      throw new Error(`analytes: LOINC ${code.loinc} is in both ${BY_LOINC.get(code.loinc)?.analyte.id} and ${analyte.id}`);
    }
    BY_LOINC.set(code.loinc, { analyte, code });
  }
}

/** The analyte a LOINC code reports, or undefined for a code not in the table. */
export function analyteOfLoinc(loinc: string): Analyte | undefined {
  return BY_LOINC.get(loinc.trim())?.analyte;
}

/** The table entry of one LOINC code (its specimen, display, code-specific molar mass). */
export function analyteCodeOfLoinc(loinc: string): AnalyteCode | undefined {
  return BY_LOINC.get(loinc.trim())?.code;
}

/** Every LOINC code of an analyte (empty for an unknown id). */
export function loincsOfAnalyte(id: string): string[] {
  return BY_ID.get(id)?.codes.map((c) => c.loinc) ?? [];
}

/** The analyte with this id. */
export function analyteById(id: string): Analyte | undefined {
  return BY_ID.get(id);
}

/**
 * True when two LOINC codes report the same analyte (a code is always the same as itself, even when
 * it is not in the table).
 */
export function sameAnalyte(a: string, b: string): boolean {
  if (a.trim() === b.trim()) {
    return true;
  }
  const x = analyteOfLoinc(a);
  return x !== undefined && x === analyteOfLoinc(b);
}

/**
 * Every LOINC code that should match a rule listing `loincs`: the codes themselves plus every code of
 * their analytes. Convenience for building a LOINC → rules index.
 */
export function expandLoincs(loincs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of loincs) {
    out.add(l);
    const a = analyteOfLoinc(l);
    for (const c of a?.codes ?? []) {
      out.add(c.loinc);
    }
  }
  return [...out];
}

/** Molar mass (g/mol) that applies to values reported under this code, if any. */
export function molecularWeightOfLoinc(loinc: string): number | undefined {
  const hit = BY_LOINC.get(loinc.trim());
  return hit ? (hit.code.molecularWeight ?? hit.analyte.molecularWeight) : undefined;
}

/**
 * Anion gap = Na − (Cl + HCO3), all in mmol/L (the "anion gap 3" of LOINC 10466-1). Potassium is
 * left out by default, as most laboratories do; pass `includePotassium` for (Na + K) − (Cl + HCO3)
 * (LOINC 1863-0, a separate analyte because it runs ~4 mmol/L higher).
 * @returns the gap, or undefined when a needed value is missing or not a finite number
 */
export function deriveAnionGap(
  values: { sodium?: number; chloride?: number; bicarbonate?: number; potassium?: number },
  options: { includePotassium?: boolean } = {},
): number | undefined {
  const { sodium, chloride, bicarbonate, potassium } = values;
  if (!isNum(sodium) || !isNum(chloride) || !isNum(bicarbonate)) {
    return undefined;
  }
  if (options.includePotassium) {
    return isNum(potassium) ? sodium + potassium - (chloride + bicarbonate) : undefined;
  }
  return sodium - (chloride + bicarbonate);
}

function isNum(v: number | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export type OrdinalReading = 'negative' | 'trace' | 'positive';

interface CodingLike {
  system?: string;
  code?: string;
  display?: string;
}
interface ConceptLike {
  coding?: CodingLike[];
  text?: string;
}

/**
 * Answer codes with a fixed meaning. SNOMED CT: 260385009 Negative, 10828004 Positive, 260373001
 * Detected, 260415000 Not detected, 264868006 No growth (a culture that grew nothing, model 2.36.0). LOINC answers: LA6577-6 Negative, LA6576-8 Positive,
 * LA11882-0 Detected, LA11883-8 Not detected (checked against several public FHIR IG value sets).
 * HL7 v3 ObservationInterpretation: NEG, POS, DET, ND.
 */
const CODE_READINGS: Record<string, OrdinalReading> = {
  '260385009': 'negative',
  '260415000': 'negative',
  '264868006': 'negative',
  '10828004': 'positive',
  '260373001': 'positive',
  'LA6577-6': 'negative',
  'LA11883-8': 'negative',
  'LA6576-8': 'positive',
  'LA11882-0': 'positive',
  NEG: 'negative',
  ND: 'negative',
  POS: 'positive',
  DET: 'positive',
};

/** Free-text readings, matched on the whole (trimmed, lower-cased) text. */
const TEXT_READINGS: [RegExp, OrdinalReading][] = [
  [/^(neg|negative|neg\.?|-|none|nil|absent|not detected|non[- ]?reactive|not present|no growth)$/, 'negative'],
  [/^(trace|tr|trace amount|\+\/-|\u00b1)$/, 'trace'],
  [/^(pos|positive|detected|present|reactive|small|moderate|large|mod|lg|sm|[1-4]\+|\+{1,4})(\s*\(.*\))?$/, 'positive'],
];

/**
 * Reads a qualitative or semi-quantitative result (urine dipstick, pregnancy test): valueCodeableConcept
 * codes first, then its text/display, then valueString, then interpretation codes.
 * "small", "1+" and above count as positive; "trace" is its own reading, so the caller decides.
 * A quantitative-looking string ("15 mg/dL") returns undefined.
 */
export function readOrdinal(value: {
  valueCodeableConcept?: ConceptLike;
  valueString?: string;
  interpretation?: ConceptLike[];
}): OrdinalReading | undefined {
  const concept = value.valueCodeableConcept;
  for (const c of concept?.coding ?? []) {
    const hit = c.code ? CODE_READINGS[c.code.trim()] : undefined;
    if (hit) {
      return hit;
    }
  }
  const texts = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display), value.valueString];
  for (const t of texts) {
    const hit = t ? readText(t) : undefined;
    if (hit) {
      return hit;
    }
  }
  for (const i of value.interpretation ?? []) {
    for (const c of i.coding ?? []) {
      const hit = c.code ? CODE_READINGS[c.code.trim()] : undefined;
      if (hit) {
        return hit;
      }
    }
  }
  return undefined;
}

/**
 * The grade of a semi-quantitative result in plus signs: "2+", "++" → 2; a negative or trace reading → 0 (below
 * 1+); anything without a grade ("positive", "moderate", "40 mg/dL") → undefined, since strip scales differ.
 * Coded answers are read first (negative codes only: no answer code carries a grade), then text and valueString.
 */
export function readPlusGrade(value: { valueCodeableConcept?: ConceptLike; valueString?: string }): number | undefined {
  const concept = value.valueCodeableConcept;
  const texts = [concept?.text, ...(concept?.coding ?? []).map((c) => c.display), value.valueString];
  for (const t of texts) {
    const m = t ? /^\s*(?:([1-4])\s*\+|(\+{1,4}))\s*$/.exec(t) : null;
    if (m) {
      return m[1] ? Number(m[1]) : (m[2] as string).length;
    }
  }
  const reading = readOrdinal(value);
  return reading === 'negative' || reading === 'trace' ? 0 : undefined;
}

function readText(text: string): OrdinalReading | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [re, reading] of TEXT_READINGS) {
    if (re.test(t)) {
      return reading;
    }
  }
  return undefined;
}
