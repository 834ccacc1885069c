/**
 * A check that a text sent outside carries none of the HIPAA Safe Harbor identifier types (45 CFR
 * 164.514(b)(2)) that can be recognised: the chart's own identifying values (names, dates, identifiers,
 * contact details, addresses, resource ids) looked up literally, and the generic patterns of the types a
 * text can hold (dates, phone and fax numbers, e-mail, SSN, URLs, IP addresses, ages over 89).
 * Used by the tests on every prompt built from the fixtures and the Synthea charts, and before a request
 * leaves (a prompt that fails is not sent).
 */

export interface IdentifierHit {
  readonly type: string;
  readonly match: string;
}

const PATTERNS: readonly [string, RegExp][] = [
  ['date', /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/i],
  ['telephone or fax number', /(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/],
  ['e-mail address', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/],
  ['social security number', /\b\d{3}-\d{2}-\d{4}\b/],
  ['URL', /\bhttps?:\/\/|\bwww\.|\burn:(?:uuid|oid):/i],
  ['IP address', /\b(?:\d{1,3}\.){3}\d{1,3}\b/],
  ['age over 89', /\b(?:9\d|1[0-4]\d)[\s-]*(?:years?|yrs?|y\/o|year-old)\b/i],
  ['resource reference', /\b(?:Patient|Practitioner|Encounter|Observation|Condition|RelatedPerson|Person)\/[A-Za-z0-9\-.]{1,64}\b/],
];

/** Identifying values of one chart: every string a Safe Harbor type could be read from. */
export function chartIdentifiers(resources: readonly unknown[]): string[] {
  const out = new Set<string>();
  const add = (v: unknown, min = 3): void => {
    if (typeof v === 'string' && v.trim().length >= min) {
      out.add(v.trim());
    }
  };
  for (const r of resources as Record<string, unknown>[]) {
    if (!r || typeof r !== 'object') {
      continue;
    }
    add(r.id, 6);
    if (['Patient', 'Practitioner', 'RelatedPerson', 'Person'].includes(r.resourceType as string)) {
      for (const n of (r.name as { given?: string[]; family?: string; text?: string }[] | undefined) ?? []) {
        n.given?.forEach((g) => add(g));
        add(n.family);
        add(n.text);
      }
      add(r.birthDate);
      for (const t of (r.telecom as { value?: string }[] | undefined) ?? []) {
        add(t.value);
      }
      for (const a of (r.address as { line?: string[]; city?: string; postalCode?: string; text?: string }[] | undefined) ?? []) {
        a.line?.forEach((l) => add(l));
        add(a.city);
        add(a.postalCode);
        add(a.text);
      }
    }
    for (const i of (r.identifier as { value?: string }[] | undefined) ?? []) {
      add(i.value, 4);
    }
  }
  return [...out];
}

/**
 * @param text - what would be sent
 * @param identifiers - the chart's identifying values (chartIdentifiers)
 * @returns every identifier found (empty: none recognised)
 */
export function findIdentifiers(text: string, identifiers: readonly string[] = []): IdentifierHit[] {
  const hits: IdentifierHit[] = [];
  for (const [type, re] of PATTERNS) {
    const m = re.exec(text);
    if (m) {
      hits.push({ type, match: m[0] });
    }
  }
  const lower = text.toLowerCase();
  for (const id of identifiers) {
    const needle = id.toLowerCase();
    // Whole words only: a name like "Ann" must not hit "annual".
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
      const before = at === 0 ? ' ' : lower[at - 1];
      const after = at + needle.length >= lower.length ? ' ' : lower[at + needle.length];
      if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) {
        hits.push({ type: 'chart identifier', match: id });
        break;
      }
    }
  }
  return hits;
}
