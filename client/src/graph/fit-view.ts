/**
 * Camera framing that keeps what is framed readable: every disc and its label (drawn to the right
 * of the disc) inside the canvas, and clear of what covers the canvas (the legend strip along the
 * top). Sigma's own reset frames node centres only, so right-hand labels were cut at the edge and
 * top nodes sat under the legend. The state is solved for, not animated blindly: node positions
 * scale with the zoom ratio while discs and labels keep their pixel size, so the smallest ratio
 * whose extent fits is found by bisection, then the camera is centred on that extent.
 */
import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';
import { LABEL_GAP } from './label-boxes.ts';

/** Pixels of the canvas covered by overlays, per side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitOptions {
  /** Nodes to frame (hidden or unknown ones are skipped). */
  ids: Iterable<string>;
  insets: Insets;
  /** Width in pixels of a node's label. */
  labelWidth(key: string): number;
  /** Label font size in pixels. */
  labelSize: number;
  /** Free pixels kept around the framed extent. */
  margin?: number;
  /** Bounds of the zoom ratio (a small ratio zooms in). */
  minRatio?: number;
  maxRatio?: number;
}

const RESET: CameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

/** The camera state framing `ids`, or undefined when none is displayed. */
export function fitCameraState(sigma: Sigma, options: FitOptions): CameraState | undefined {
  const { width, height } = sigma.getDimensions();
  const cx = width / 2;
  const cy = height / 2;
  const items: { qx: number; qy: number; size: number; label: number }[] = [];
  for (const id of options.ids) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d, { cameraState: RESET });
    items.push({ qx: p.x - cx, qy: p.y - cy, size: d.size, label: options.labelWidth(id) });
  }
  if (!items.length) return undefined;
  const margin = options.margin ?? 16;
  const box = { left: options.insets.left + margin, right: width - options.insets.right - margin, top: options.insets.top + margin, bottom: height - options.insets.bottom - margin };
  const availW = Math.max(40, box.right - box.left);
  const availH = Math.max(40, box.bottom - box.top);
  const halfLabel = options.labelSize * 0.7;
  // A label wider than this does not get room: one long label would otherwise push the camera
  // until every node left the view.
  const maxLabel = availW * 0.4;
  for (const it of items) it.label = Math.min(it.label, maxLabel);
  // Extent, in pixels relative to the canvas centre, of discs and labels at ratio r.
  const extent = (r: number) => {
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    for (const it of items) {
      const rad = sigma.scaleSize(it.size, r);
      const x = it.qx / r;
      const y = it.qy / r;
      const half = it.label ? Math.max(rad, halfLabel) : rad;
      x0 = Math.min(x0, x - rad);
      x1 = Math.max(x1, x + rad + (it.label ? LABEL_GAP + it.label : 0));
      y0 = Math.min(y0, y - half);
      y1 = Math.max(y1, y + half);
    }
    return { x0, x1, y0, y1 };
  };
  const fits = (r: number) => {
    const e = extent(r);
    return e.x1 - e.x0 <= availW && e.y1 - e.y0 <= availH;
  };
  let lo = options.minRatio ?? 0.25;
  let hi = options.maxRatio ?? 8;
  let ratio: number;
  if (fits(lo)) ratio = lo;
  else if (!fits(hi)) ratio = hi;
  else {
    for (let i = 0; i < 40 && hi - lo > 1e-4; i++) {
      const mid = (lo + hi) / 2;
      if (fits(mid)) hi = mid;
      else lo = mid;
    }
    ratio = hi;
  }
  // A node lands at centre + q/r - d/r, where d is the camera's offset from the reset centre in
  // reset pixels: choose d so the extent's middle lands on the free box's middle.
  const e = extent(ratio);
  const dx = ratio * ((e.x0 + e.x1) / 2 + cx - (box.left + box.right) / 2);
  const dy = ratio * ((e.y0 + e.y1) / 2 + cy - (box.top + box.bottom) / 2);
  const c = sigma.viewportToFramedGraph({ x: cx + dx, y: cy + dy }, { cameraState: RESET });
  return { x: c.x, y: c.y, ratio, angle: 0 };
}
