/**
 * Fixes up search queries before they reach @medplum/fhir-router's in-memory search, which
 * (in 4.5.2) differs from the FHIR search spec in two ways that SMART apps hit:
 * - a reference parameter with a bare id (`patient=123`, allowed by
 *   http://hl7.org/fhir/R4/search.html#reference) matches nothing; it is rewritten to `Patient/123`
 *   when the parameter targets one type (or is `patient`/`subject`);
 * - a month-precision date (`date=2024-02`) ends on the invalid day `2024-02-31`, which rolls over
 *   into March; it is rewritten to explicit first/last days.
 */
import { getSearchParameter } from '@medplum/core';

/** A parsed query: parameter name → values (a repeated parameter has several). */
export type SearchQuery = Record<string, string[]>;

const MONTH = /^(eq|ne|gt|lt|ge|le|sa|eb|ap)?(\d{4})-(\d{2})$/;

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Rewrites one month-precision date value into one or two day-precision values. */
function fixDate(value: string): string[] {
  const match = MONTH.exec(value);
  if (!match) {
    return [value];
  }
  const [, prefix = 'eq', yearText, monthText] = match;
  const first = `${yearText}-${monthText}-01`;
  const last = lastDayOfMonth(Number(yearText), Number(monthText));
  switch (prefix) {
    case 'eq':
    case 'ap':
      return [`ge${first}`, `le${last}`];
    case 'gt':
    case 'le':
    case 'sa':
      return [`${prefix}${last}`];
    case 'ge':
    case 'lt':
    case 'eb':
      return [`${prefix}${first}`];
    default:
      return [value];
  }
}

/** Prefixes a bare id with its target type when that type is unambiguous. */
function fixReference(code: string, targets: readonly string[], value: string): string {
  return value
    .split(',')
    .map((v) => {
      if (v.includes('/') || v.includes(':') || v === '') {
        return v;
      }
      if (targets.length === 1) {
        return `${targets[0]}/${v}`;
      }
      return (code === 'patient' || code === 'subject') && targets.includes('Patient') ? `Patient/${v}` : v;
    })
    .join(',');
}

/**
 * Applies the fix-ups to a type-level search query.
 * @param resourceType - the searched type
 * @param query - the parsed query
 * @returns a new query
 */
export function fixSearchQuery(resourceType: string, query: SearchQuery): SearchQuery {
  const fixed: SearchQuery = {};
  for (const [key, values] of Object.entries(query)) {
    const [code, modifier] = key.split(':');
    const param = code.startsWith('_') ? undefined : getSearchParameter(resourceType, code);
    let out = values;
    if (param?.type === 'reference' && modifier === undefined) {
      out = values.map((v) => fixReference(code, param.target ?? [], v));
    } else if (param?.type === 'date' && modifier === undefined) {
      out = values.flatMap((v) => (v.includes(',') ? [v] : fixDate(v)));
    }
    fixed[key] = [...(fixed[key] ?? []), ...out];
  }
  return fixed;
}

/**
 * Parses a URL query string into a {@link SearchQuery}.
 * @param search - the query string, with or without `?`
 * @returns the query
 */
export function parseQueryString(search: string): SearchQuery {
  const query: SearchQuery = {};
  for (const [k, v] of new URLSearchParams(search)) {
    (query[k] ??= []).push(v);
  }
  return query;
}
