/**
 * Free-text scrubbing for the quality team (issue 13, item 7): override comments and free-text
 * diagnoses are shown and exported only after direct identifiers are replaced by a bracketed tag.
 *
 * Pattern-based, so it errs on the side of removing: e-mail addresses, URLs, phone numbers, dates in
 * numeric or written form, record-like numbers (any run of 5 or more digits, or letters followed by
 * digits such as MRN 12A4567), ages over 89 (a HIPAA Safe Harbor identifier), and names introduced by a
 * title, a relationship or "patient"/"pt". It cannot recognise every bare name: comments are free
 * text, and the dashboard says so beside them.
 */

/** Words after which a capitalised word is taken to be a name. */
const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sr', 'nurse', 'patient', 'pt', 'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'partner', 'brother', 'sister'];

const RULES: readonly [RegExp, string][] = [
  [/[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}/gi, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[url]'],
  // Dates: 2026-12-03, 03/12/2026, 3.12.26, 3 Dec 2026, December 3rd, 2026.
  [/\b\d{4}-\d{1,2}-\d{1,2}\b/g, '[date]'],
  [/\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/g, '[date]'],
  [
    /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}\b/gi,
    '[date]',
  ],
  [/\b\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|june|july|august|september|october|november|december)\b/gi, '[date]'],
  [/\b(?:january|february|march|april|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b/gi, '[date]'],
  // Record-like identifiers: a labelled number (digits may be grouped), letters+digits codes, or any long digit run.
  [/\b(?:mrn|nhs|ssn|dob|id|record|acct|account|chart|bed|room)\b\s*(?:no\.?|number|#|:)?\s*[A-Z]*\d[\dA-Z]*(?:[ -]\d+)*/gi, '[id]'],
  // Phone numbers: +44 20 7946 0958, (555) 123-4567, 555-123-4567 (7 digits or more in groups).
  [/(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){1,4}\b/g, '[phone]'],
  [/\b[A-Z]{1,4}-?\d{4,}[A-Z0-9]*\b/gi, '[id]'],
  [/\b\d{5,}\b/g, '[id]'],
  // Ages above 89.
  [/\b(?:9\d|1[0-4]\d)\s*(?:-|\s)?(?:y(?:ea)?rs?|yo|y\/o)\b(?:[\s-]*old)?/gi, '[age 90+]'],
  // Names after a title, a relationship or a mention of the patient: "Mr Smith", "Dr. Jane Doe", "wife Mary".
  [new RegExp(`\\b(?:${TITLES.map((t) => `[${t[0].toUpperCase()}${t[0]}]${t.slice(1)}`).join('|')})\\b\\.?\\s+[A-Z][a-z'’-]+(?:\\s+[A-Z][a-z'’-]+)*`, 'g'), '[name]'],
];

/**
 * @param text - free text written by a clinician
 * @returns the text with direct identifiers replaced by bracketed tags, trimmed to 1,000 characters
 */
export function scrubIdentifiers(text: string): string {
  let out = text.normalize('NFKC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  for (const [pattern, tag] of RULES) {
    out = out.replace(pattern, (match) => {
      if (tag === '[phone]' && (match.match(/\d/g) ?? []).length < 7) {
        return match;
      }
      // Keep the leading title or relationship word so that "[name]" still reads naturally.
      const lead = new RegExp(`^(?:${TITLES.join('|')})\\b\\.?\\s+`, 'i').exec(match);
      return tag === '[name]' && lead ? `${lead[0]}${tag}` : tag;
    });
  }
  return out.length > 1000 ? `${out.slice(0, 1000)}…` : out;
}

const NEGATIVE = /\b(?:wrong|incorrect|inappropriate|irrelevant|not relevant|useless|unhelpful|annoying|noise|noisy|false|missed|misleading|absurd|nonsense|dangerous|unsafe|error|bad|not applicable|no evidence|already|too many|alert fatigue)\b/i;

/** True when a comment reads as a complaint about the suggestion (shown first in the dashboard). */
export function isNegative(text: string): boolean {
  return NEGATIVE.test(text);
}
