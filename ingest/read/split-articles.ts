/**
 * Splits a plain-text file into articles. News dumps often hold one long article followed by
 * one-line articles that open with an upper-case kicker and a colon ("ON ALERT: subtitle Body…").
 * The kicker and its subtitle become the title; the space that ends the subtitle becomes a newline
 * so that sentence splitting never glues the subtitle onto the first body sentence. No other
 * character of the input is changed, so offsets stay meaningful.
 */

/** One article found in a text: its title (may be empty) and its text. */
export interface SplitArticle {
  title: string;
  text: string;
}

const QUOTE = `'"‘’“”«»`;
/** 1-6 upper-case words (quotes, digits, & and hyphens allowed) then a colon, at line start. */
const KICKER_RE = new RegExp(
  `^[${QUOTE}]?[A-Z0-9][A-Z0-9&'’\\-.]*(?:[${QUOTE}]?\\s+[${QUOTE}]?[A-Z0-9][A-Z0-9&'’\\-.]*){0,5}[${QUOTE}]?:\\s+`,
);
/** Words that, capitalised mid-line after a lower-case word, start a new sentence. */
const SENTENCE_STARTERS =
  'The|A|An|In|On|At|After|Before|For|When|While|As|But|It|He|She|They|We|This|That|These|Those|Under|Since|With|From|By|According|Officials|Some|Many|Last|Earlier|Meanwhile|However';
/** End of a subtitle: an attribution verb before a capitalised word, or a clause end before a starter. */
const SUBTITLE_END_RE = new RegExp(
  `(?:\\b(?:said|says|reported|reports|added|warned|announced|wrote)|[a-z0-9’'”])(\\s+)(?=(?:${SENTENCE_STARTERS})\\s)|\\b(?:said|says|reported|reports|added|warned|announced|wrote)(\\s+)(?=[A-Z“"‘])|[.!?][’”"]?(\\s+)(?=[A-Z“"‘])`,
  'g',
);
const MAX_SUBTITLE = 320;

/** True when the line opens with an upper-case kicker followed by a colon. */
export function isKickerLine(line: string): boolean {
  const m = KICKER_RE.exec(line);
  if (!m) return false;
  const kicker = m[0];
  // Require at least two letters and no lower-case letters in the kicker (rules out "Photo: AFP").
  return /[A-Z].*[A-Z]/.test(kicker) && !/[a-z]/.test(kicker) && line.length > kicker.length + 20;
}

/**
 * Locates the end of the subtitle in a kicker line: returns the index of the whitespace that
 * separates subtitle from body, or -1 when the line has no recognisable body.
 */
export function findSubtitleEnd(line: string, from: number): number {
  SUBTITLE_END_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SUBTITLE_END_RE.exec(line))) {
    const ws = m[1] ?? m[2] ?? m[3] ?? '';
    const idx = m.index + m[0].length - ws.length;
    if (idx - from > MAX_SUBTITLE) return -1;
    if (idx - from >= 12) return idx;
  }
  return -1;
}

/** Collapses whitespace and trims a title. */
function cleanTitle(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** First line or sentence of a text, cut to a readable length, as a fallback title. */
export function fallbackTitle(text: string): string {
  const first = text.trim().split(/\n/)[0] ?? '';
  const sentence = /^(.{20,200}?[.!?])(?:\s|$)/.exec(first)?.[1] ?? first;
  return cleanTitle(sentence.length > 160 ? `${sentence.slice(0, 157).replace(/\s+\S*$/, '')}…` : sentence);
}

/**
 * Splits text into articles: lines before the first kicker line form one article; each kicker line
 * (with any following non-kicker lines) forms another. A text without kicker lines is one article.
 */
export function splitArticles(text: string): SplitArticle[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: SplitArticle[] = [];
  let current: string[] = [];
  let currentTitle: string | null = null;
  const flush = (): void => {
    const body = current.join('\n').trim();
    if (body) out.push({ title: currentTitle ?? fallbackTitle(body), text: body });
    current = [];
    currentTitle = null;
  };
  for (const line of lines) {
    if (isKickerLine(line.trim())) {
      flush();
      const trimmed = line.trim();
      const kickerEnd = KICKER_RE.exec(trimmed)?.[0].length ?? 0;
      const end = findSubtitleEnd(trimmed, kickerEnd);
      if (end > 0) {
        const ws = /^\s+/.exec(trimmed.slice(end))?.[0] ?? ' ';
        currentTitle = cleanTitle(trimmed.slice(0, end));
        current.push(`${trimmed.slice(0, end)}\n${trimmed.slice(end + ws.length)}`);
      } else {
        currentTitle = cleanTitle(trimmed.slice(0, Math.min(trimmed.length, kickerEnd + 120)));
        current.push(trimmed);
      }
    } else {
      current.push(line);
    }
  }
  flush();
  return out;
}
