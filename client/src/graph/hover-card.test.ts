import { describe, expect, it } from 'vitest';
import { HOVER_EDGE_MARGIN, HOVER_MAX_WIDTH, hoverCardLayout, wrapLabel } from './hover-card.ts';

/** Six pixels a character, like a 12 px font roughly. */
const measure = (s: string) => s.length * 6;
const TITLE = 'AT RISK: The council reiterated that people should seriously consider the necessity of visiting China, after Beijing passed 22 guidelines';
const view = { width: 800, height: 600 };

describe('hover card', () => {
  it('wraps a label at spaces into lines no wider than asked, keeping every word', () => {
    const lines = wrapLabel(TITLE, 120, measure);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(TITLE);
    expect(wrapLabel('Iran', 120, measure)).toEqual(['Iran']);
  });

  it('keeps a short label on one line to the right of the disc', () => {
    const card = hoverCardLayout({ x: 100, y: 100, size: 8 }, 'Vladimir Putin', view, measure, 12);
    expect(card.lines).toEqual(['Vladimir Putin']);
    expect(card.textX).toBeGreaterThan(108);
    expect(card.x1).toBeLessThan(92);
    expect(card.y1).toBeLessThan(92);
    expect(card.y2).toBeGreaterThan(108);
  });

  it('wraps a long title to the maximum width and keeps the card inside the view', () => {
    const card = hoverCardLayout({ x: 100, y: 100, size: 8 }, TITLE, view, measure, 12);
    expect(card.lines.length).toBeGreaterThan(2);
    expect(Math.max(...card.lines.map(measure))).toBeLessThanOrEqual(HOVER_MAX_WIDTH);
    expect(card.x2).toBeLessThanOrEqual(view.width - HOVER_EDGE_MARGIN);
    expect(card.lines.join(' ')).toBe(TITLE);
  });

  it('puts the card left of a disc near the right edge, and above one near the bottom', () => {
    const card = hoverCardLayout({ x: 760, y: 560, size: 8 }, TITLE, view, measure, 12);
    expect(card.lines.length).toBeGreaterThan(2);
    expect(card.x1).toBeGreaterThanOrEqual(HOVER_EDGE_MARGIN);
    expect(card.x2).toBeLessThan(780);
    expect(card.textX + Math.max(...card.lines.map(measure))).toBeLessThan(752);
    // Its lines end at the disc's height: the card grew upwards.
    expect(card.y2).toBeLessThanOrEqual(560 + 13);
    expect(card.baseline).toBeLessThan(560 - card.lineHeight);
  });
});
