import { describe, expect, it } from 'vitest';
import { popoverPosition } from './popover-position.ts';

const stage = { w: 800, h: 600 };
const size = { w: 280, h: 300 };
const covers = (p: { left: number; top: number }, a: { x: number; y: number; r: number }) =>
  a.x + a.r > p.left && a.x - a.r < p.left + size.w && a.y + a.r > p.top && a.y - a.r < p.top + size.h;

describe('popoverPosition', () => {
  it('goes right of the node when there is room', () => {
    const p = popoverPosition({ x: 100, y: 200, r: 12 }, size, stage);
    expect(p.left).toBe(122);
  });

  it('never covers a node near any edge or corner, and stays inside the stage', () => {
    for (const a of [
      { x: 790, y: 300, r: 14 },
      { x: 780, y: 590, r: 20 },
      { x: 10, y: 10, r: 8 },
      { x: 400, y: 590, r: 10 },
      { x: 600, y: 20, r: 26 },
    ]) {
      const p = popoverPosition(a, size, stage);
      expect(covers(p, a), JSON.stringify(a)).toBe(false);
      expect(p.left).toBeGreaterThanOrEqual(0);
      expect(p.top).toBeGreaterThanOrEqual(0);
      expect(p.left + size.w).toBeLessThanOrEqual(stage.w);
      expect(p.top + size.h).toBeLessThanOrEqual(stage.h);
    }
  });
});
