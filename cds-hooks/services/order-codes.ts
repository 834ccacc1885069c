/**
 * Orders as EHRs code them (issue 17, item 3): CPT/HCPCS codes and order texts for the knowledge base's
 * tests, kept as data in order-codes.json and validated here. An entry marked `generic` (one code for
 * different tests) identifies a test only when the order's text names it. `testsForOrder` (analyze-for-hook.ts) reads
 * LOINC and SNOMED CT order codes from the knowledge base first, then these lists.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Code systems an EHR may put on an order, beside the knowledge base's own (LOINC, SNOMED CT). */
export const ORDER_CODE_SYSTEMS = {
  cpt: 'http://www.ama-assn.org/go/cpt',
  hcpcs: 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets',
} as const;

const OrderCodeListSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Knowledge-base test names (`test.name` of the findings) this order is. */
  tests: z.array(z.string().min(2)).min(1),
  codes: z.array(z.strictObject({ system: z.enum(['cpt', 'hcpcs']), code: z.string().regex(/^[A-Z0-9]{5}$/), display: z.string().min(3) })),
  /** Order texts (lower case) that name exactly this order. */
  texts: z.array(z.string().min(2).regex(/^[^A-Z]+$/, 'texts are lower case')),
  /**
   * The code stands for different tests (CT angiography of the chest: for pulmonary embolism or for the
   * aorta), so it identifies one only when the order's text names it. Several names of one test (two
   * wordings of a non-contrast head CT) are not generic.
   */
  generic: z.boolean().default(false),
});

const OrderCodesFileSchema = z.strictObject({ description: z.string(), lists: z.array(OrderCodeListSchema) });
export type OrderCodeList = z.infer<typeof OrderCodeListSchema>;

/** What an order code or text identifies: test names, and whether the order's text must name one. */
export interface OrderTarget {
  readonly tests: readonly string[];
  readonly generic: boolean;
}

/** The lists, indexed. */
export interface OrderCodeIndex {
  readonly lists: readonly OrderCodeList[];
  /** `system-url|code` → target */
  byCode(system: string | undefined, code: string | undefined): OrderTarget | undefined;
  /** A normalised order text → target */
  byText(text: string): OrderTarget | undefined;
}

/** Lower case, single spaces, no surrounding punctuation. */
export function normaliseOrderText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/**
 * @param file - the JSON file (default: order-codes.json beside this module)
 * @returns the validated, indexed lists
 * @throws Error naming the file and the invalid entry
 */
export function loadOrderCodes(file = join(dirname(fileURLToPath(import.meta.url)), 'order-codes.json')): OrderCodeIndex {
  const parsed = OrderCodesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const codes = new Map<string, OrderTarget>();
  const texts = new Map<string, OrderTarget>();
  for (const list of parsed.data.lists) {
    const target = { tests: list.tests, generic: list.generic };
    for (const c of list.codes) {
      const key = `${ORDER_CODE_SYSTEMS[c.system]}|${c.code}`;
      if (codes.has(key)) {
        throw new Error(`${file}: ${c.system} ${c.code} is listed twice`);
      }
      codes.set(key, target);
    }
    for (const t of list.texts) {
      const key = normaliseOrderText(t);
      if (texts.has(key)) {
        throw new Error(`${file}: the order text "${t}" is listed twice`);
      }
      texts.set(key, target);
    }
  }
  return {
    lists: parsed.data.lists,
    byCode: (system, code) => (system && code ? codes.get(`${system}|${code}`) : undefined),
    byText: (text) => texts.get(normaliseOrderText(text)),
  };
}
