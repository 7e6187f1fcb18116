/**
 * Canvas drawing for the dark theme: node labels with a soft shadow (skipping labels that would
 * overlap one already drawn), and the hover card (sigma's default draws a white box, which glares on
 * a dark canvas, and one line that runs off the canvas).
 */
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { Settings } from 'sigma/settings';
import { hoverCardLayout } from './hover-card.ts';
import { LABEL_GAP, labelBox, type Box, type LabelBoxes } from './label-boxes.ts';

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

/** Node label to the right of the disc. */
export function drawNodeLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  paintLabel(context, data, settings);
}

/**
 * A label drawer that skips labels overlapping one already drawn this frame (`boxes` is reset
 * before each frame, forced labels reserved first); forced labels are always drawn. Highlighted
 * nodes (the hovered or selected one among them) get their label from the hover card instead,
 * which may sit left of the disc: a copy here would show beside it.
 */
export function createNodeLabelDrawer(boxes: LabelBoxes): (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => void {
  const box: Box = { x1: 0, y1: 0, x2: 0, y2: 0 };
  return (context, data, settings) => {
    if (!data.label || data.highlighted) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    if (!data.forceLabel) {
      labelBox(data.x, data.y, data.size, context.measureText(data.label).width, size, 2, box);
      if (!boxes.tryAdd(box)) return;
    }
    paintLabel(context, data, settings);
  };
}

function paintLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = '#0f141a';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(15,20,26,0.85)';
  const x = data.x + data.size + LABEL_GAP;
  const y = data.y + size / 3;
  context.strokeText(data.label, x, y);
  context.fillStyle = (settings.labelColor as { color?: string }).color ?? '#d5dde6';
  context.fillText(data.label, x, y);
}

/**
 * Hover card: a dark rounded box holding the disc and the label, with a ring in the type colour. A
 * long label wraps and the card turns to the side with room (hover-card.ts), so it is read whole.
 */
export function drawNodeHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const size = settings.labelSize;
  context.font = `600 ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  const pad = 5;
  const view = { width: context.canvas.clientWidth || context.canvas.width, height: context.canvas.clientHeight || context.canvas.height };
  const card = label ? hoverCardLayout(data, label, view, (s) => context.measureText(s).width, size, pad) : undefined;
  context.save();
  context.shadowColor = 'rgba(0,0,0,0.5)';
  context.shadowBlur = 10;
  context.fillStyle = '#1a222c';
  context.beginPath();
  if (card) context.roundRect(card.x1, card.y1, card.x2 - card.x1, card.y2 - card.y1, card.radius);
  else context.arc(data.x, data.y, data.size + pad, 0, Math.PI * 2);
  context.closePath();
  context.fill();
  context.restore();
  context.strokeStyle = data.color;
  context.lineWidth = 2;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.stroke();
  if (card) {
    context.fillStyle = '#eef3f8';
    card.lines.forEach((line, i) => context.fillText(line, card.textX, card.baseline + i * card.lineHeight));
  }
}
