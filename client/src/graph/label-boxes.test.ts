import { describe, expect, it } from 'vitest';
import { createLabelMeasurer, labelBox, LabelBoxes } from './label-boxes.ts';

describe('label boxes', () => {
  it('refuses a label overlapping one already placed, accepts one beside it, and forgets on reset', () => {
    const boxes = new LabelBoxes();
    expect(boxes.tryAdd(labelBox(100, 100, 10, 120, 12))).toBe(true);
    // Same row, starts inside the first label's text.
    expect(boxes.tryAdd(labelBox(160, 104, 8, 80, 12))).toBe(false);
    // Well below: free.
    expect(boxes.tryAdd(labelBox(160, 140, 8, 80, 12))).toBe(true);
    // Across a spatial-hash cell boundary (the first box spans several cells).
    expect(boxes.collides(labelBox(200, 98, 4, 10, 12))).toBe(true);
    boxes.reset();
    expect(boxes.tryAdd(labelBox(160, 104, 8, 80, 12))).toBe(true);
  });

  it('puts the label to the right of the disc', () => {
    const b = labelBox(50, 20, 10, 100, 12, 0);
    expect(b.x1).toBe(64);
    expect(b.x2).toBe(164);
    expect(b.y1).toBeLessThan(20);
    expect(b.y2).toBeGreaterThan(20);
  });

  it('estimates widths without a canvas and caches them', () => {
    const measure = createLabelMeasurer('12px sans-serif', null);
    expect(measure('Russia')).toBeGreaterThan(measure('Iran'));
    expect(measure('Russia')).toBe(measure('Russia'));
  });
});
