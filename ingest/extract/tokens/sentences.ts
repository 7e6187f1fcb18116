/**
 * Sentence splitting and tokenisation. Evidence must be a whole sentence with exact offsets, so the
 * splitter returns spans into the original text. It knows abbreviations (U.S., Jan., Mr., Dr., St.),
 * initials, decimals ("5.3"), and closing quotes after the full stop.
 */

/** A sentence: `text.slice(start, end)`, trimmed of surrounding whitespace. */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st jr sr prof gen lt col maj capt cpt sgt adm rep sen gov rev fr no vs etc inc corp co ltd dept est
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun approx fig op vol ed eds al e.g i.e
  mt ft ave blvd u.s u.k u.n e.u a.m p.m d.c u.s.a pres min`.split(/\s+/),
);

const BREAK_RE = /[.!?…]+[’”"')\]]*(?=\s)|\n\s*\n|\n/g;
// (Character tests made in loops over the text, as constants: a regex literal is a new object each time it is evaluated.)
const SPACE = /\s/;
const WORD_OR_DOT = /[A-Za-z.]/;

/** Splits text into sentence spans. Newlines always end a sentence (lines are paragraphs in news dumps). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BREAK_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK_RE.exec(text))) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && !isSentenceEnd(text, m.index)) continue;
    pushSpan(text, start, end, spans);
    start = end;
  }
  pushSpan(text, start, text.length, spans);
  return spans;
}

function pushSpan(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** Decides whether the period at `dot` ends a sentence. */
function isSentenceEnd(text: string, dot: number): boolean {
  let ws = dot;
  while (ws > 0 && WORD_OR_DOT.test(text[ws - 1]!)) ws--;
  const word = text.slice(ws, dot).toLowerCase();
  const next = /^\s+(\S)/.exec(text.slice(dot + 1, dot + 6))?.[1] ?? '';
  if (!next) return true;
  const nextLower = next !== next.toUpperCase() || /\d/.test(next);
  // Single initials ("J. Smith") and known abbreviations continue unless the next word clearly opens
  // a sentence; "U.S." at a clause end followed by a capital is ambiguous: treat as continuing.
  if (/^[a-z]$/.test(word) && !nextLower) return false;
  // Initials before a name: "C.C. Wei", "J.R.R. Tolkien" (country abbreviations are handled below).
  if (/^(?:[a-z]\.){1,3}[a-z]$/.test(word) && !nextLower && !/^(u\.s|u\.k|u\.n|e\.u|d\.c|u\.s\.a|u\.a\.e)$/.test(word)) return false;
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) {
    if (/^(u\.s|u\.k|u\.n|e\.u|d\.c|u\.s\.a)\.?$/.test(word) && !nextLower) {
      const after = /^\s+([A-Z][a-z]+)/.exec(text.slice(dot + 1, dot + 20))?.[1];
      return after !== undefined && /^(The|A|An|In|On|It|He|She|They|But|This|That|We|Officials|Its|His|Her|Their)$/.test(after);
    }
    return false;
  }
  if (nextLower) return false;
  return true;
}

/** A token: a word, number, or punctuation mark, with offsets into the document text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-case text, computed once. */
  lower: string;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Contains a letter or digit. */
  word: boolean;
  /** Part of a wire dateline ("MANILA —", "RICHMOND, Virginia (Reuters) -"): a place, not an actor. */
  dateline?: boolean;
  /** Universal part-of-speech tag (tokens/tag.ts), set before relations are read. */
  pos?: string;
  /** Lemma, lower-case ("signed" → "sign"). */
  lemma?: string;
}

/**
 * The texts (or lower-case texts) of tokens from..to-1 joined by `sep`, built in one loop: the hot
 * paths ask for the words between two mentions thousands of times per document, and a
 * slice/map/join chain there allocates two arrays each time and keeps V8 re-optimising its caller.
 * Bounds are clamped to the tokens (a negative `from` is 0, not counted from the end as slice would).
 */
export function tokenText(tokens: readonly Token[], from: number, to: number, sep = ' ', lower = false): string {
  const first = Math.max(0, from);
  const end = Math.min(to, tokens.length);
  let out = '';
  for (let i = first; i < end; i++) {
    const w = lower ? tokens[i]!.lower : tokens[i]!.text;
    // ("Magistrates' Court": a plural's apostrophe stays against its word.)
    out = i === first ? w : out + (tokens[i]!.start === tokens[i - 1]!.end && /^['’]$/.test(w) ? '' : sep) + w;
  }
  return out;
}

const TOKEN_RE = /(?:[A-Za-z]\.){2,}|(?:pro|anti)(?=-\p{Lu})|[A-Z]\.(?=\s+(?:[A-Z]|(?:de|van|von|da|di|du|le|la|der|den|bin|ibn|al|el)\s))|\p{Lu}[\p{L}\p{M}]*(?=-(?:backed|led|based|registered|headquartered|owned|funded|allied|aligned|controlled|run|flagged|made|born|speaking|sponsored|supported|built|operated|linked|affiliated|brokered|mediated|facilitated|hosted|recognised|recognized|installed|imposed|appointed|designated|trained|armed|friendly)\b)|(?:US|U\.S\.|A|NZ|HK|C|S)?\$\d[\d,.]*|\d+(?:st|nd|rd|th)\b|\d+(?:[.,]\d+)*(?:-\w+)?|[\p{L}\p{M}\p{N}]+(?:(?:-|['’](?!s\b))[\p{L}\p{M}\p{N}]+)*(?:\.(?=[\s,;:)]|$)(?<=\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Gov|Sen|Rep|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Co|Ltd|Adm)\.))?|['’]s\b|[^\s\p{L}\p{N}]/gu;

/** First letters (char codes) of the particles that may open a capitalised hyphenated name ("al-Burhan"). */
const PARTICLE_FIRST = new Set([...'aebivdlwu'].map((ch) => ch.charCodeAt(0)));
/** Those particles before a capitalised name (a constant: it is tested for many tokens). */
const PARTICLE_NAME = /^(?:al|el|wal|ul|ud|bin|ibn|van|von|de|da|di|du|le|la)-[A-Z]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Tokenises `text.slice(start, end)`; offsets are absolute. An initial before a capitalised word
 * ("J. Smith") is one token; "Iran-backed" splits into "Iran" "-" "backed" so the country is a mention.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice))) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const possessive = t === '’s' || t === "'s";
    // "the Bahamas' envoy": an apostrophe closing a plural name before a word is its possessive (read as "'s").
    const prev = out[out.length - 1];
    const pluralPossessive = (t === "'" || t === '’') && !!prev && prev.end === start + m.index && /[sS]$/.test(prev.text) && prev.cap && /^ \p{L}/u.test(slice.slice(m.index + 1, m.index + 3));
    out.push({
      text: t,
      lower: pluralPossessive ? `${t}s` : t.toLowerCase(),
      start: start + m.index,
      end: start + m.index + t.length,
      cap: !possessive && ((c >= 65 && c <= 90) || (c > 127 && t[0] !== t[0]!.toLowerCase()) || (t.length > 3 && PARTICLE_FIRST.has(c) && PARTICLE_NAME.test(t))),
      word: !possessive && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || LETTER_OR_DIGIT.test(t)),
      // Set later (datelines, tagging); present from the start so every token has one hidden class.
      dateline: undefined,
      pos: undefined,
      lemma: undefined,
    });
    // ("Treasury bonds", "Treasury yields": government paper, written capitalised, is no body's name.)
    if (prev?.text === 'Treasury' && TREASURY_PAPER.test(t)) prev.cap = false;
  }
  return out;
}

/** Words after "Treasury" that make it the name of government paper, not of the body. */
const TREASURY_PAPER = /^(?:bonds?|bills?|notes?|yields?|securities|debt|market|markets|auctions?|prices?|futures)$/;

/**
 * Token spans of relative clauses set off by commas and closed before token `before`: [the relative
 * word, the closing comma]. `opener` says which relative words open them (", which …,", ", who …,").
 */
export function closedRelatives(t: readonly Token[], before: number, opener: RegExp): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < before; k++) {
    if (t[k - 1]!.text !== ',' || !opener.test(t[k]!.lower)) continue;
    let end = k + 1;
    while (end < before && t[end]!.text !== ',') end++;
    if (end < before) out.push([k, end]);
  }
  return out;
}

/** Spans of ", which …," clauses closed before token `before` (see closedRelatives). */
export function closedWhich(t: readonly Token[], before: number): [number, number][] {
  return closedRelatives(t, before, /^(?:which|whose)$/);
}

/** The token at `t` names a side after "pro-" or "anti-" ("the anti-Taliban front", "pro-Kremlin"). */
export function afterProOrAnti(t: readonly Token[], at: number): boolean {
  return t[at - 1]?.text === '-' && /^(?:pro|anti)$/.test(t[at - 2]?.lower ?? '');
}

/** "the capital, X", "the capital city X", "X, the capital,", "X, its capital": a capital the text names as one, with no owner said. */
export function namedAsCapital(tokens: readonly Token[], t0: number, t1: number): boolean {
  let k = t0 - 1;
  if (tokens[k]?.lower === ',') k--;
  if (tokens[k]?.lower === 'city') k--;
  if (tokens[k]?.lower === 'capital' && tokens[k - 1]?.lower === 'the') return true;
  // ("X, its capital atoll": the capital of the state just named.)
  // (Not "X, the capital of Y" nor "X, the capital city of Y", whose owner is said.)
  const after = tokens[t1 + 3]?.lower === 'city' ? tokens[t1 + 4]?.lower : tokens[t1 + 3]?.lower;
  return tokens[t1]?.lower === ',' && /^(?:the|its)$/.test(tokens[t1 + 1]?.lower ?? '') && tokens[t1 + 2]?.lower === 'capital' && after !== 'of';
}

/** -ing words that work as prepositions ("Excluding Russia, …", "Barring a deal, …"). */
export const ING_PREPOSITIONS = new Set(['excluding', 'including', 'barring', 'following', 'regarding', 'concerning', 'considering', 'according', 'pending', 'during', 'notwithstanding', 'assuming', 'counting', 'starting', 'beginning', 'ending', 'saving', 'touching']);

/**
 * The comma that ends a clause opening at `k` with no finite verb before it (an -ing or -ed form may
 * stand in it: "Speaking at the summit, …"), or -1 when a finite verb, an auxiliary or the sentence's
 * end comes first, or no comma within 14 tokens.
 */
export function openingClauseComma(tokens: readonly Token[], k: number): number {
  for (let j = k; j < tokens.length && j < k + 14; j++) {
    const x = tokens[j]!;
    if (x.text === ',') return j;
    if ((x.pos === 'VERB' && !/(?:ing|ed)$/.test(x.lower)) || x.pos === 'AUX' || /^[.;:!?]$/.test(x.text)) return -1;
  }
  return -1;
}

/** Weekdays and months, which close a phrase of time ("On Monday", "in May"). */
const TIME_NAMES = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words that open a clause set before a sentence's subject ("When X …, Y said", "Since replacing X, Y …"). */
const OPENING_CLAUSE_WORDS = new Set(['when', 'while', 'since', 'after', 'before', 'although', 'though', 'as', 'once', 'until', 'if', 'because']);
/** Prepositions that open a phrase set before a sentence's subject ("In a statement, X …", "According to X, Y …"). */
const OPENING_PHRASE_WORDS = new Set(['despite', 'following', 'in', 'on', 'at', 'by', 'with', 'under', 'for', 'during', 'amid', 'unlike', 'like', 'according']);

/**
 * Token where a sentence's main clause starts: after an opening clause or phrase and its comma, else
 * its start. (An opening phrase holds no verb: "On Monday X met Y, who …" has no opening phrase.)
 */
export function openingClauseEnd(tokens: readonly Token[], start: number): number {
  const first = tokens[start];
  if (!first) return start;
  const clause = OPENING_CLAUSE_WORDS.has(first.lower) || (first.pos === 'VERB' && /ing$/.test(first.lower));
  if (!clause && !OPENING_PHRASE_WORDS.has(first.lower)) return start;
  const comma = tokens.findIndex((t, k) => k > start && t.text === ',');
  if (comma < 0 || (!clause && tokens.slice(start + 1, comma).some((t) => t.pos === 'VERB' && !/ing$/.test(t.lower)))) return start;
  return comma + 1;
}

/**
 * A name that is no subject: inside a prepositional phrase (a preposition before it over determiners,
 * adjectives and titles, "by outgoing President X"; not the "of" inside a title, "Minister of Finance X"),
 * a possessor ("X's ally Y"), or inside quotation marks.
 */
export function isNoSubjectName(tokens: readonly Token[], t0: number, t1 = t0 + 1): boolean {
  if (/^['’]s?$/.test(tokens[t1]?.text ?? '')) return true;
  let quotes = 0;
  for (let k = 0; k < t0; k++) if (/^["“”]$/.test(tokens[k]!.text)) quotes++;
  if (quotes % 2 === 1) return true;
  for (let k = t0 - 1; k >= 0 && k >= t0 - 5; k--) {
    const t = tokens[k]!;
    // (A phrase of time ends before the name: "On Monday X met Y".)
    if (TIME_NAMES.test(t.text)) return false;
    if (t.pos === 'ADP' && !(t.lower === 'of' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? ''))) return true;
    // (Over a participle used as an adjective: "by departing President X".)
    const participle = t.pos === 'VERB' && /(?:ing|ed)$/.test(t.lower) && /^(?:PROPN|NOUN|ADJ)$/.test(tokens[k + 1]?.pos ?? '');
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'PROPN' && t.pos !== 'NOUN' && t.pos !== 'ADP' && !participle) return false;
  }
  return false;
}
