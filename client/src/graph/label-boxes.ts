/**
 * Labels that do not pile up. Sigma's label grid keeps at most a few labels per cell, but labels
 * are wider than cells, so neighbouring cells still overlap. `LabelBoxes` keeps the rectangles of
 * the labels drawn in the current frame (in a coarse spatial hash) and refuses a label whose box
 * would overlap one already drawn. Forced labels (selection, hover, small highlights) are reserved
 * first and always drawn. Also the label geometry shared with the layout's noverlap.
 */

/** A label's rectangle in viewport pixels. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Gap between a disc and its label, in pixels (see drawNodeLabel). */
export const LABEL_GAP = 4;

/** Rectangle of a node's label, drawn to the right of the disc (pixels); fills `out` when given. */
export function labelBox(x: number, y: number, size: number, labelWidth: number, fontSize: number, pad = 2, out: Box = { x1: 0, y1: 0, x2: 0, y2: 0 }): Box {
  const half = Math.max(fontSize * 0.7, 1);
  out.x1 = x + size + LABEL_GAP - pad;
  out.y1 = y - half - pad;
  out.x2 = x + size + LABEL_GAP + labelWidth + pad;
  out.y2 = y + half + pad;
  return out;
}

const CELL = 64;

/** Rectangles placed this frame, to test new ones against. Reset once per frame. */
export class LabelBoxes {
  private readonly cells = new Map<number, Box[]>();
  private readonly pool: Box[] = [];
  private used = 0;

  /** Forgets every box (call before each frame). */
  reset(): void {
    for (const list of this.cells.values()) list.length = 0;
    this.used = 0;
  }

  /** Whether `b` overlaps a placed box. */
  collides(b: Box): boolean {
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) {
        const list = this.cells.get(key(cx, cy));
        if (!list) continue;
        for (const o of list) if (b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2) return true;
      }
    }
    return false;
  }

  /** Places `b` (copied into a pooled box, so callers may reuse theirs). */
  add(b: Box): void {
    let box = this.pool[this.used];
    if (!box) {
      box = { x1: 0, y1: 0, x2: 0, y2: 0 };
      this.pool.push(box);
    }
    this.used++;
    box.x1 = b.x1;
    box.y1 = b.y1;
    box.x2 = b.x2;
    box.y2 = b.y2;
    for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++) {
      for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) {
        const k = key(cx, cy);
        let list = this.cells.get(k);
        if (!list) this.cells.set(k, (list = []));
        list.push(box);
      }
    }
  }

  /** Places `b` unless it collides; returns whether it was placed. */
  tryAdd(b: Box): boolean {
    if (this.collides(b)) return false;
    this.add(b);
    return true;
  }
}

/** Cell key; viewport cells stay well inside ±32k. */
function key(cx: number, cy: number): number {
  return (cx + 32768) * 65536 + (cy + 32768);
}

/** Measures label widths with a canvas font, caching per text (names repeat across frames). */
export function createLabelMeasurer(font: string, context?: CanvasRenderingContext2D | null): (text: string) => number {
  const ctx = context ?? (typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null);
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      if (ctx) {
        ctx.font = font;
        w = ctx.measureText(text).width;
      } else w = text.length * 6.5;
      if (cache.size > 20000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}
