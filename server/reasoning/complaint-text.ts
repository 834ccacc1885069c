/**
 * Presenting problems from chief-complaint free text ("SOB", "CP x2 days", "abd pain", "no chest pain").
 *
 * A pure, bounded dictionary tagger: the text is normalised (case, accents, British/American spelling,
 * a plural "s"), split into word tokens and matched, longest phrase first, against every problem's
 * `name` and `synonyms` from the knowledge base plus the abbreviation/phrasing table below. Matching is
 * by whole tokens, so "CP" is not found in "CPAP" nor "HA" in "HAD", and "pain in throat" is not chest
 * pain. A phrase is dropped when a negation trigger ("no", "denies", "without", "negative for", "not",
 * "r/o" ...) precedes it within {@link NEGATION_WINDOW} tokens of the same clause (a clause ends at
 * , ; . ! ? ( ) a line break, or a word such as "but"), or when it is directly followed by "free",
 * "denied" or "absent", or by a clause-final "no"/"none"/"negative" ("Chest pain: no").
 *
 * Table entries whose problem is not in the loaded knowledge base are skipped (a test keeps the table's
 * ids in step with the curated problems). A problem's name is used without its parenthesis or the text
 * after a comma, which qualify it ("Chronic cough (more than 8 weeks)" gives "chronic cough", not
 * "more than 8 weeks"); alternatives belong in its synonyms. The compiled phrase index is cached per
 * knowledge base (WeakMap). Never throws; texts longer than {@link MAX_COMPLAINT_TEXT_LENGTH} characters
 * are truncated first.
 */
import type { KnowledgeBase } from '../knowledge/load-knowledge';

export interface ComplaintPhrase {
  /** The phrase as written in notes; normalised the same way as the text (case, punctuation, spelling). */
  readonly phrase: string;
  /** A presenting problem id; entries whose problem is not in the loaded knowledge base are skipped. */
  readonly problemId: string;
}

export interface ComplaintTextMatch {
  problemId: string;
  /** The span of the original text that matched, e.g. "SOB" or "coughing up blood". */
  matched: string;
}

/** Texts longer than this are truncated before matching. */
export const MAX_COMPLAINT_TEXT_LENGTH = 2000;

/** A phrase must start within this many tokens after the end of a negation trigger (NegEx uses 5-6). */
export const NEGATION_WINDOW = 6;

const entries = (problemId: string, ...phrases: string[]): ComplaintPhrase[] => phrases.map((phrase) => ({ phrase, problemId }));

/**
 * Abbreviations and everyday phrasings of presenting problems, beyond the problems' own names and
 * synonyms. Spelling variants need not be listed twice (haem/hem, oe/e, ae/e, -ise/-ize are folded),
 * nor plurals ending in "s". "pain in (the|my) X" is generated for every "X pain" phrase.
 */
export const COMPLAINT_PHRASES: readonly ComplaintPhrase[] = [
  ...entries('chest-pain', 'CP', 'chest pain', 'chest pressure', 'chest tightness', 'tight chest', 'chest heaviness', 'pain in chest', 'pain in the chest', 'pleuritic pain', 'pleuritic chest pain', 'angina'),
  ...entries(
    'dyspnoea',
    'SOB', 'SOBOE', 'DOE', 'dyspnoea', 'dyspnoea on exertion', 'short of breath', 'shortness of breath', 'breathless', 'breathlessness',
    'difficulty breathing', 'trouble breathing', 'breathing difficulty', 'breathing difficulties', 'laboured breathing', 'cannot breathe',
    "can't breathe", 'unable to breathe', "can't catch breath", "can't catch my breath", 'out of breath', 'orthopnoea',
  ),
  ...entries('wheeze', 'wheeze', 'wheezing', 'wheezy', 'wheezy chest'),
  ...entries('cough', 'cough', 'coughing', 'productive cough', 'dry cough'),
  ...entries('chronic-cough', 'chronic cough', 'persistent cough', 'longstanding cough', 'long standing cough', 'cough for months', 'cough for several months'),
  ...entries(
    'haemoptysis',
    'haemoptysis', 'coughing up blood', 'coughing blood', 'coughed up blood', 'blood in sputum', 'bloody sputum', 'blood stained sputum', 'blood streaked sputum',
  ),
  ...entries('nasal-congestion', 'runny nose', 'blocked nose', 'stuffy nose', 'nasal congestion', 'congested nose', 'nasal blockage', 'rhinorrhoea', 'coryza', 'nasal discharge'),
  ...entries('ear-pain', 'ear pain', 'earache', 'ear ache', 'otalgia', 'sore ear'),
  ...entries('sore-throat', 'sore throat', 'throat pain', 'pain in throat', 'pain in the throat', 'painful swallowing', 'odynophagia', 'scratchy throat'),
  ...entries(
    'dysphagia',
    'dysphagia', 'difficulty swallowing', 'trouble swallowing', 'swallowing difficulty', 'swallowing difficulties', 'food sticking', 'food getting stuck', 'food stuck',
  ),
  ...entries(
    'acute-abdominal-pain',
    'abd pain', 'abdo pain', 'abdominal pain', 'abdominal cramps', 'abdominal cramping', 'stomach pain', 'stomach ache', 'stomachache', 'belly pain',
    'tummy pain', 'tummy ache', 'epigastric pain', 'RUQ pain', 'RLQ pain', 'LUQ pain', 'LLQ pain', 'right upper quadrant pain', 'right lower quadrant pain',
    'left upper quadrant pain', 'left lower quadrant pain', 'flank pain', 'pain in abdomen', 'pain in the abdomen', 'pain in stomach', 'pain in the stomach',
  ),
  ...entries(
    'nausea-and-vomiting',
    'nausea', 'nauseous', 'nauseated', 'vomiting', 'vomit', 'vomited', 'emesis', 'throwing up', 'threw up', 'N/V', 'N&V', 'N/V/D', 'nausea and vomiting',
  ),
  ...entries('diarrhoea', 'diarrhoea', 'loose stool', 'watery stool', 'runny stool', 'loose bowel movements', 'N/V/D'),
  ...entries('constipation', 'constipation', 'constipated', 'hard stool', 'infrequent stool', 'infrequent bowel movements', 'straining at stool', 'difficulty opening bowels'),
  ...entries('gi-bleeding', 'GI bleed', 'GI bleeding', 'GIB', 'gastrointestinal bleed', 'gastrointestinal bleeding', 'GI haemorrhage'),
  ...entries(
    'haematemesis-or-melaena',
    'haematemesis', 'melaena', 'black stool', 'tarry stool', 'black tarry stool', 'vomiting blood', 'vomited blood', 'throwing up blood', 'threw up blood',
    'coffee ground emesis', 'coffee ground vomit', 'coffee ground vomiting', 'UGIB', 'upper GI bleed', 'upper GI bleeding',
  ),
  ...entries(
    'rectal-bleeding',
    'BRBPR', 'bright red blood per rectum', 'blood per rectum', 'bleeding per rectum', 'PR bleeding', 'PR bleed', 'rectal bleeding', 'rectal bleed',
    'blood in stool', 'bloody stool', 'blood on toilet paper', 'haematochezia', 'LGIB', 'lower GI bleed', 'lower GI bleeding',
  ),
  ...entries('jaundice', 'jaundice', 'jaundiced', 'icterus', 'icteric', 'yellow skin', 'yellow eyes', 'yellowing of skin', 'yellowing of the skin', 'yellowing of eyes', 'yellowing of the eyes', 'scleral icterus'),
  ...entries(
    'early-pregnancy-pain-or-bleeding',
    'bleeding in pregnancy', 'bleeding in early pregnancy', 'vaginal bleeding in pregnancy', 'vaginal bleeding in early pregnancy', 'PV bleeding in pregnancy',
    'pain in early pregnancy', 'abdominal pain in pregnancy', 'abdominal pain in early pregnancy', 'abd pain in pregnancy', 'pregnant with bleeding',
    'pregnant with vaginal bleeding', 'pregnant with abdominal pain', 'pregnant with abd pain', 'threatened miscarriage',
  ),
  ...entries('pelvic-pain', 'pelvic pain', 'pain in pelvis', 'pain in the pelvis', 'pelvic discomfort'),
  ...entries(
    'vaginal-bleeding',
    'vaginal bleeding', 'PV bleeding', 'PV bleed', 'PVB', 'abnormal vaginal bleeding', 'abnormal uterine bleeding', 'AUB', 'heavy periods', 'heavy menstrual bleeding',
    'menorrhagia', 'intermenstrual bleeding', 'bleeding between periods', 'postcoital bleeding', 'post coital bleeding',
  ),
  ...entries(
    'postmenopausal-bleeding',
    'PMB', 'postmenopausal bleeding', 'post menopausal bleeding', 'postmenopausal vaginal bleeding', 'post menopausal vaginal bleeding',
    'bleeding after menopause', 'bleeding after the menopause',
  ),
  ...entries(
    'vaginal-discharge',
    'vaginal discharge', 'PV discharge', 'discharge PV', 'abnormal vaginal discharge', 'vaginal itch', 'vaginal itching', 'vulval itch', 'vulval itching',
    'vulvar itch', 'vulvar itching',
  ),
  ...entries('scrotal-pain', 'scrotal pain', 'testicular pain', 'testicle pain', 'testis pain', 'sore testicle', 'painful testicle', 'painful scrotum', 'acute scrotum'),
  ...entries('haematuria', 'haematuria', 'blood in urine', 'blood in the urine', 'bloody urine', 'visible haematuria'),
  ...entries(
    'dysuria',
    'dysuria', 'burning when urinating', 'burning on urination', 'burning with urination', 'burning urination', 'burning when peeing', 'burning on micturition',
    'pain when urinating', 'pain on urination', 'pain with urination', 'painful urination', 'urinary frequency', 'urinary symptoms', 'UTI', 'UTI symptoms', 'UTI sx',
    'urinary tract infection symptoms',
  ),
  ...entries('polyuria-or-polydipsia', 'polyuria', 'polydipsia', 'excessive thirst', 'increased thirst', 'excessive urination'),
  ...entries(
    'hyperglycaemia',
    'hyperglycaemia', 'high blood sugar', 'high blood sugars', 'high sugars', 'high blood glucose', 'raised blood glucose', 'raised blood sugar', 'elevated blood sugar',
    'elevated blood glucose',
  ),
  ...entries('headache', 'HA', 'H/A', 'headache', 'head ache', 'migraine', 'pain in head', 'head pain'),
  ...entries('low-back-pain', 'LBP', 'low back pain', 'lower back pain', 'back pain', 'backache', 'back ache', 'lumbar pain', 'sciatica'),
  ...entries('joint-pain', 'joint pain', 'arthralgia', 'painful joint', 'swollen joint', 'joint swelling', 'hot joint', 'hot swollen joint'),
  ...entries(
    'palpitations',
    'palps', 'palpitations', 'heart racing', 'racing heart', 'heart pounding', 'pounding heart', 'heart fluttering', 'fluttering in chest',
    'skipped beats', 'irregular heartbeat', 'irregular heart beat', 'fast heartbeat', 'fast heart beat', 'rapid heartbeat',
  ),
  ...entries(
    'syncope',
    'syncope', 'syncopal episode', 'syncopal event', 'passed out', 'passing out', 'fainted', 'fainting', 'faint episode', 'collapse', 'collapsed',
    'blacked out', 'blackout', 'loss of consciousness', 'transient loss of consciousness', 'TLOC',
  ),
  ...entries('seizure', 'seizure', 'seizures', 'seizure like activity', 'convulsion', 'convulsions', 'convulsing', 'fitting', 'had a fit', 'epileptic fit'),
  ...entries(
    'dizziness',
    'dizzy', 'dizziness', 'lightheaded', 'light headed', 'lightheadedness', 'light headedness', 'vertigo', 'room spinning', 'giddy', 'giddiness',
    'woozy', 'presyncope', 'pre syncope', 'near syncope', 'feeling faint', 'felt faint', 'unsteady', 'off balance',
  ),
  ...entries(
    'focal-weakness',
    'focal weakness', 'one sided weakness', 'unilateral weakness', 'weakness on one side', 'left sided weakness', 'right sided weakness', 'L sided weakness',
    'R sided weakness', 'arm weakness', 'leg weakness', 'weak arm', 'weak leg', 'facial droop', 'facial weakness', 'face drooping', 'hemiparesis', 'numbness',
    'numb arm', 'numb leg', 'numb face', 'slurred speech', 'slurring speech', 'difficulty speaking', 'speech difficulty', 'dysarthria', 'word finding difficulty',
    'stroke symptoms', 'stroke like symptoms',
  ),
  ...entries('fever', 'fever', 'feverish', 'febrile', 'pyrexia', 'pyrexial', 'high temperature', 'raised temperature', 'temperature spike', 'rigors', 'fever and chills'),
  ...entries(
    'confusion',
    'confusion', 'confused', 'acute confusion', 'AMS', 'altered mental status', 'altered mental state', 'altered mentation', 'change in mental status',
    'mental status change', 'delirium', 'delirious', 'disoriented', 'disorientated', 'disorientation',
  ),
  ...entries('rash', 'rash', 'skin rash', 'itchy rash', 'pruritic rash', 'hives', 'urticaria', 'skin eruption'),
  ...entries('pruritus', 'pruritus', 'pruritic', 'itch', 'itching', 'itchy skin', 'itchy all over', 'itching all over', 'generalised itch', 'generalised itching'),
  ...entries('red-eye', 'red eye', 'eye redness', 'redness of eye', 'redness of the eye', 'pink eye', 'bloodshot eye'),
  ...entries('lymphadenopathy', 'lymphadenopathy', 'swollen glands', 'swollen lymph nodes', 'swollen lymph glands', 'enlarged lymph nodes', 'enlarged glands', 'lymph node swelling'),
  ...entries(
    'leg-swelling',
    'swollen leg', 'leg swelling', 'swelling of leg', 'swelling of the leg', 'swelling in leg', 'swelling in the leg', 'oedema of leg', 'oedema of the leg',
    'swollen feet', 'leg oedema', 'ankle swelling', 'swollen ankle', 'pedal oedema', 'peripheral oedema', 'LE oedema', 'lower extremity swelling',
    'lower extremity oedema', 'lower limb oedema',
  ),
  ...entries(
    'unilateral-leg-swelling',
    'one swollen leg', 'swelling of one leg', 'unilateral leg swelling', 'unilateral leg oedema', 'swollen left leg', 'swollen right leg', 'left leg swelling',
    'right leg swelling', 'L leg swelling', 'R leg swelling', 'swollen L leg', 'swollen R leg', 'calf swelling', 'swollen calf',
  ),
  ...entries(
    'bilateral-leg-swelling',
    'bilateral leg swelling', 'bilateral leg oedema', 'both legs swollen', 'swelling of both legs', 'both ankles swollen', 'swollen both legs', 'bilateral ankle swelling',
    'bilateral pedal oedema', 'bilateral lower extremity oedema', 'bilateral lower limb oedema', 'bilateral LE oedema',
  ),
  ...entries('fatigue', 'fatigue', 'fatigued', 'tired', 'tiredness', 'tired all the time', 'TATT', 'exhausted', 'exhaustion', 'lethargy', 'lethargic', 'no energy', 'low energy', 'generalised weakness', 'general weakness', 'malaise'),
  ...entries('weight-loss', 'weight loss', 'wt loss', 'losing weight', 'lost weight', 'unintentional weight loss', 'unexplained weight loss'),
  ...entries('anaemia', 'anaemia', 'anaemic', 'low haemoglobin', 'low Hb', 'low Hgb', 'low blood count'),
];

/**
 * Phrases that are consumed without naming a problem, because a shorter phrase inside them would
 * otherwise match the wrong problem ("upper back pain" is not low back pain, "fit and well" is no seizure).
 */
export const COMPLAINT_STOP_PHRASES: readonly string[] = [
  'upper back pain', 'mid back pain', 'middle back pain', 'thoracic back pain', 'collapsed lung', 'lung collapse',
  // "fit" is a synonym of seizure
  'fit and well', 'fit and healthy',
];

/** Words that negate (or make hypothetical) a phrase that follows within the same clause. */
export const NEGATION_TRIGGERS: readonly string[] = [
  'no', 'not', 'denies', 'denied', 'denying', 'deny', 'without', 'w/o', 'negative for', 'neg for', 'free of', 'absence of', 'never', 'nil',
  'r/o', 'rule out', 'ruled out', 'rules out', 'ruling out', 'family history of', 'FHx', 'FH of',
  "doesn't", "don't", "didn't", "isn't", "wasn't", "hasn't", "haven't", "hadn't", "aren't", "weren't", 'doesnt', 'dont', 'didnt',
];

/** Look like triggers but do not negate what follows ("no relief of headache" is a headache). */
export const NEGATION_PSEUDO_TRIGGERS: readonly string[] = [
  'no change', 'no improvement', 'not improved', 'not improving', 'no relief', 'not relieved', 'no better', 'not better', 'no increase', 'not only',
  'not resolved', 'not resolving', 'without relief', 'without improvement',
];

/** End a negation's scope within a sentence (commas, full stops etc. end it too). */
export const CLAUSE_TERMINATORS: readonly string[] = [
  'but', 'however', 'although', 'though', 'except', 'apart from', 'aside from', 'whereas', 'c/o', 'complains', 'complaining', 'presents', 'presenting', 'reports', 'reporting',
];

/** Negate the phrase they directly follow ("CP free", "fever denied"). */
const POST_TRIGGERS = new Set(['free', 'denied', 'absent']);
/** Negate the phrase they directly follow when they end the clause ("Chest pain: no"). */
const POST_TRIGGERS_CLAUSE_FINAL = new Set(['no', 'none', 'negative', 'neg', 'nil']);

/** A '.' after these does not end a clause ("abd. pain", "pt. denies"). */
const DOTTED_ABBREVIATIONS = new Set(['abd', 'abdo', 'pt', 'hx', 'sx', 'dx', 'tx', 'approx', 'temp', 'resp', 'bilat', 'rt', 'lt', 'l', 'r', 'c', 's', 'h', 'w', 'hr', 'hrs', 'wk', 'wks', 'yr', 'yrs', 'mo', 'min', 'mins', 'dr', 'vs', 'incl', 'eg', 'ie', 'etc']);

// ---------------------------------------------------------------------------------------------------
// Normalisation and tokens

/** British to American spelling folds, applied to text and phrases alike. */
const SPELLING_FOLDS: readonly [RegExp, string][] = [
  [/aem/g, 'em'], // haemoptysis, anaemia, leukaemia, ischaemia, septicaemia
  [/oea/g, 'ea'], // dyspnoea, diarrhoea, apnoea, gonorrhoea
  [/^oe/, 'e'], // oedema, oesophagus
  [/oedem/g, 'edem'], // lymphoedema, myxoedema
  [/melaen/g, 'melen'],
  [/paed/g, 'ped'],
  [/faec/g, 'fec'],
  [/foet/g, 'fet'],
  [/caec/g, 'cec'],
  [/anaes/g, 'anes'],
  [/(tum|col|behavi|lab)our/g, '$1or'], // tumour, colour, behaviour, laboured
  [/(.{3,})is(e|ed|es|ing|ation)$/, '$1iz$2'], // generalised, disorganised
  [/(.{3,})ys(e|ed|es|ing)$/, '$1yz$2'], // paralysed
];

const NO_STEM = new Set(['does']);

function normaliseToken(raw: string): string {
  let t = raw.toLowerCase();
  if (/[^a-z0-9]/.test(t)) {
    t = t.normalize('NFKD').replace(/\p{M}/gu, '');
  }
  for (const [pattern, replacement] of SPELLING_FOLDS) {
    t = t.replace(pattern, replacement);
  }
  // a plural "s" (palpitations, headaches, legs), but not "loss", "sepsis", "haemoptysis", "does"
  if (t.length >= 4 && t.endsWith('s') && !/(ss|us|is)$/.test(t) && !NO_STEM.has(t)) {
    t = t.slice(0, -1);
  }
  return t;
}

interface Token {
  norm: string;
  start: number;
  end: number;
  /** A clause break (punctuation) lies between this token and the previous one. */
  breakBefore: boolean;
}

// dotted acronyms (S.O.B., p.r.), numbers with decimals, words, clause-breaking punctuation
const TOKEN_RE = /(?<![\p{L}\p{N}])((?:\p{L}\.)+\p{L}\.?)(?![\p{L}\p{N}])|(\p{N}+(?:[.,]\p{N}+)*)|([\p{L}\p{N}]+)|([.,;!?()[\]\n\r]|\u2022)/gu;

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingBreak = false;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const [whole, acronym, number, word, punct] = m;
    if (punct !== undefined) {
      const previous = tokens[tokens.length - 1];
      const abbreviationDot = punct === '.' && previous !== undefined && previous.end === m.index && DOTTED_ABBREVIATIONS.has(previous.norm);
      if (!abbreviationDot) {
        pendingBreak = true;
      }
      continue;
    }
    const raw = acronym !== undefined ? acronym.replace(/\./g, '') : (number ?? word ?? whole);
    tokens.push({ norm: normaliseToken(raw), start: m.index, end: m.index + whole.length, breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return tokens;
}

/** The normalised tokens of a phrase (exported for tests and for curators checking a synonym). */
export function phraseTokens(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

// ---------------------------------------------------------------------------------------------------
// Phrase index

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Problems named by the phrase ending here; an empty array marks a stop phrase or a trigger. */
  values?: string[];
}

const newNode = (): TrieNode => ({ next: new Map() });

function addPhrase(root: TrieNode, tokens: readonly string[], value?: string): void {
  if (tokens.length === 0) {
    return;
  }
  let node = root;
  for (const token of tokens) {
    let child = node.next.get(token);
    if (child === undefined) {
      child = newNode();
      node.next.set(token, child);
    }
    node = child;
  }
  node.values ??= [];
  if (value !== undefined && !node.values.includes(value)) {
    node.values.push(value);
  }
}

/** The longest phrase starting at token `i` that does not cross a clause break. */
function longestMatch(root: TrieNode, tokens: readonly Token[], i: number): { length: number; values: string[] } | undefined {
  let node: TrieNode | undefined = root;
  let best: { length: number; values: string[] } | undefined;
  for (let j = i; j < tokens.length; j++) {
    if (j > i && tokens[j]!.breakBefore) {
      break;
    }
    node = node.next.get(tokens[j]!.norm);
    if (node === undefined) {
      break;
    }
    if (node.values !== undefined) {
      best = { length: j - i + 1, values: node.values };
    }
  }
  return best;
}

function triggerTrie(phrases: readonly string[]): TrieNode {
  const root = newNode();
  for (const phrase of phrases) {
    addPhrase(root, phraseTokens(phrase));
  }
  return root;
}

const TRIGGERS = triggerTrie(NEGATION_TRIGGERS);
const PSEUDO_TRIGGERS = triggerTrie(NEGATION_PSEUDO_TRIGGERS);
const TERMINATORS = triggerTrie(CLAUSE_TERMINATORS);

/** "pain in (the|my) X" for an "X pain" phrase of one to three words. */
function phrasingVariants(tokens: readonly string[]): string[][] {
  const out: string[][] = [tokens.slice()];
  if (tokens.length >= 2 && tokens.length <= 4 && tokens[tokens.length - 1] === 'pain' && !tokens.includes('in')) {
    const site = tokens.slice(0, -1);
    for (const article of [[], ['the'], ['my']]) {
      out.push(['pain', 'in', ...article, ...site]);
    }
  }
  return out;
}

/**
 * The phrase a problem's name gives: the name without parentheses and without what follows a comma,
 * which qualify the problem ("Chronic cough (more than 8 weeks)", "Abnormal vaginal bleeding (not known
 * to be postmenopausal)", "Gastrointestinal bleeding, source not stated") and would match text that
 * does not name it.
 */
function namePhrases(name: string): string[] {
  const bare = name.replace(/\([^)]*\)?/g, ' ').split(',')[0]!.trim();
  return bare.length > 0 ? [bare] : [];
}

const cache = new WeakMap<KnowledgeBase, TrieNode>();

function compile(kb: KnowledgeBase): TrieNode {
  const cached = cache.get(kb);
  if (cached !== undefined) {
    return cached;
  }
  const root = newNode();
  const add = (phrase: string, problemId: string): void => {
    for (const tokens of phrasingVariants(phraseTokens(phrase))) {
      addPhrase(root, tokens, problemId);
    }
  };
  for (const problem of kb.problems.values()) {
    for (const phrase of [...namePhrases(problem.name), ...(problem.synonyms ?? [])]) {
      add(phrase, problem.id);
    }
  }
  for (const { phrase, problemId } of COMPLAINT_PHRASES) {
    if (kb.problems.has(problemId)) {
      add(phrase, problemId);
    }
  }
  for (const phrase of COMPLAINT_STOP_PHRASES) {
    addPhrase(root, phraseTokens(phrase));
  }
  cache.set(kb, root);
  return root;
}

// ---------------------------------------------------------------------------------------------------
// Matching

function negatedAfter(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j];
  if (next === undefined || next.breakBefore) {
    return false;
  }
  if (POST_TRIGGERS.has(next.norm)) {
    return true;
  }
  const after = tokens[j + 1];
  return POST_TRIGGERS_CLAUSE_FINAL.has(next.norm) && (after === undefined || after.breakBefore);
}

/**
 * The presenting problems a chief-complaint text names, each once, in order of first (non-negated)
 * appearance, with the span of text that matched. Unknown, empty or non-string text gives [].
 */
export function matchComplaintText(kb: KnowledgeBase, text: string): ComplaintTextMatch[] {
  try {
    if (typeof text !== 'string' || text.length === 0) {
      return [];
    }
    const bounded = text.length > MAX_COMPLAINT_TEXT_LENGTH ? text.slice(0, MAX_COMPLAINT_TEXT_LENGTH) : text;
    const root = compile(kb);
    const source = bounded.normalize('NFC');
    const tokens = tokenise(source);
    const out: ComplaintTextMatch[] = [];
    const seen = new Set<string>();
    let negatedBefore = -1; // a phrase starting before this token index is negated
    let i = 0;
    while (i < tokens.length) {
      if (tokens[i]!.breakBefore) {
        negatedBefore = -1;
      }
      const phrase = longestMatch(root, tokens, i);
      if (phrase !== undefined) {
        const end = i + phrase.length;
        if (i >= negatedBefore && !negatedAfter(tokens, end)) {
          for (const problemId of phrase.values) {
            if (!seen.has(problemId)) {
              seen.add(problemId);
              out.push({ problemId, matched: source.slice(tokens[i]!.start, tokens[end - 1]!.end) });
            }
          }
        }
        i = end;
        continue;
      }
      const terminator = longestMatch(TERMINATORS, tokens, i);
      if (terminator !== undefined) {
        negatedBefore = -1;
        i += terminator.length;
        continue;
      }
      const pseudo = longestMatch(PSEUDO_TRIGGERS, tokens, i);
      if (pseudo !== undefined) {
        i += pseudo.length;
        continue;
      }
      const trigger = longestMatch(TRIGGERS, tokens, i);
      if (trigger !== undefined) {
        i += trigger.length;
        negatedBefore = i + NEGATION_WINDOW;
        continue;
      }
      i += 1;
    }
    return out;
  } catch {
    return [];
  }
}
