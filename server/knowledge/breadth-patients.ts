/**
 * Who a bare-complaint breadth check is run for (server/knowledge/breadth.test.ts). Problems that only some patients can have are measured on those patients (a man has no vaginal bleeding,
 * a woman of 70 no early-pregnancy bleeding); every other problem on all four.
 */
export const ALL = [[35, 'female'], [35, 'male'], [70, 'female'], [70, 'male']] as const;
export type Who = readonly (readonly [number, 'female' | 'male'])[];
export const PATIENTS_FOR: Readonly<Record<string, Who>> = {
  'postmenopausal-bleeding': [[70, 'female']],
  'early-pregnancy-pain-or-bleeding': [[35, 'female']],
  'vaginal-bleeding': [[35, 'female'], [70, 'female']],
  'vaginal-discharge': [[35, 'female'], [70, 'female']],
  'pelvic-pain': [[35, 'female'], [70, 'female']],
  'scrotal-pain': [[35, 'male'], [70, 'male']],
};

