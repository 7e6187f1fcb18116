/**
 * Where a popover goes so it never covers the node it belongs to: to the right of the disc, else to
 * its left, else below, else above (the first side where it fits inside the stage), kept inside
 * the stage along the other axis. Pure, unit-tested.
 */

export interface Anchor {
  /** Centre of the node's disc and its radius, in stage pixels. */
  x: number;
  y: number;
  r: number;
}

/** Top-left corner for a popover of `size` next to `anchor` inside a stage of `stage` size. */
export function popoverPosition(anchor: Anchor, size: { w: number; h: number }, stage: { w: number; h: number }, gap = 10, pad = 8): { left: number; top: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const top = clamp(anchor.y - 24, pad, stage.h - size.h - pad);
  const left = clamp(anchor.x - size.w / 2, pad, stage.w - size.w - pad);
  const right = anchor.x + anchor.r + gap;
  if (right + size.w <= stage.w - pad) return { left: right, top };
  const leftSide = anchor.x - anchor.r - gap - size.w;
  if (leftSide >= pad) return { left: leftSide, top };
  const below = anchor.y + anchor.r + gap;
  if (below + size.h <= stage.h - pad) return { left, top: below };
  const above = anchor.y - anchor.r - gap - size.h;
  if (above >= pad) return { left, top: above };
  // Nowhere clear (a tiny stage): the side with the most room.
  return anchor.x > stage.w / 2 ? { left: pad, top } : { left: stage.w - size.w - pad, top };
}
