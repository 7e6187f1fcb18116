/**
 * Where the hover card goes and how its label wraps, so a long label (a Document's whole title) is
 * read whole instead of running off the canvas: beside the disc on the right, or on the left when
 * the right has too little room; the label wrapped to HOVER_MAX_WIDTH and to the room on its side;
 * extra lines growing down from the disc, or up near the bottom edge. Pure (the caller measures
 * text), unit-tested; draw-hover.ts paints it.
 */

/** Widest a hover label line gets, in pixels. */
export const HOVER_MAX_WIDTH = 320;
/** Narrowest wrap width: below it the card goes to the other side of the disc. */
const HOVER_MIN_WIDTH = 140;
/** Room kept between the card and the canvas edges (the card's shadow fits in it). */
export const HOVER_EDGE_MARGIN = 16;

export interface HoverCard {
  lines: string[];
  /** Left end of every line and the first line's baseline. */
  textX: number;
  baseline: number;
  lineHeight: number;
  /** The card's box and corner radius. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  radius: number;
}

/** Splits `text` at spaces into lines no wider than `maxWidth` (a longer single word keeps its own line). */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays out the hover card of a disc at (x, y) of radius `size` in a view of `width` × `height`
 * pixels, with labels of `labelSize` pixels.
 */
export function hoverCardLayout(
  node: { x: number; y: number; size: number },
  label: string,
  view: { width: number; height: number },
  measure: (s: string) => number,
  labelSize: number,
  pad = 5,
): HoverCard {
  const gap = pad + 4;
  // Half the height of a one-line card, which is also its corner radius (a pill round the disc).
  const half = Math.max(node.size, labelSize / 2) + pad;
  const endPad = Math.max(half, 2 * pad) + pad;
  const rightStart = node.x + node.size + gap;
  const leftEnd = node.x - node.size - gap;
  const roomRight = view.width - HOVER_EDGE_MARGIN - endPad - rightStart;
  const roomLeft = leftEnd - endPad - HOVER_EDGE_MARGIN;
  const right = roomRight >= Math.min(measure(label), HOVER_MIN_WIDTH) || roomRight >= roomLeft;
  const wrapWidth = Math.max(HOVER_MIN_WIDTH, Math.min(HOVER_MAX_WIDTH, right ? roomRight : roomLeft));
  const lines = wrapLabel(label, wrapWidth, measure);
  const textWidth = Math.max(0, ...lines.map(measure));
  const lineHeight = labelSize + 4;
  const extra = Math.max(0, lines.length - 1) * lineHeight;
  const up = node.y + half + extra > view.height - HOVER_EDGE_MARGIN && node.y - half - extra >= HOVER_EDGE_MARGIN;
  const y1 = up ? node.y - half - extra : node.y - half;
  const textX = right ? rightStart : leftEnd - textWidth;
  return {
    lines,
    textX,
    baseline: y1 + half + labelSize / 3,
    lineHeight,
    x1: right ? node.x - node.size - pad : textX - endPad,
    y1,
    x2: right ? rightStart + textWidth + endPad : node.x + node.size + pad,
    y2: y1 + 2 * half + extra,
    radius: half,
  };
}
