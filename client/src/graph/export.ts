/**
 * Exports of the current canvas: PNG (sigma's canvases composited in paint order over the theme
 * background, right after a synchronous render so WebGL buffers are still there), GEXF (graphology-gexf,
 * with type colours and positions) and JSON (graphology's serialization).
 */
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { EdgeAttrs, ExplorerGraph, NodeAttrs } from '../state/graph-state.ts';
import { THEME, typeStyle } from './style.ts';

/** Draws the current view into one canvas and returns it as a PNG blob. */
export async function viewToPngBlob(sigma: Sigma): Promise<Blob> {
  const container = sigma.getContainer();
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width * ratio));
  out.height = Math.max(1, Math.round(height * ratio));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D is not available.');
  ctx.fillStyle = THEME.background;
  ctx.fillRect(0, 0, out.width, out.height);
  sigma.refresh();
  const canvases = Array.from(container.querySelectorAll('canvas')).filter((c) => !c.classList.contains('sigma-mouse'));
  for (const c of canvases) ctx.drawImage(c, 0, 0, out.width, out.height);
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** GEXF 1.3 of the data graph with type colours, positions and properties. */
export function graphToGexf(graph: ExplorerGraph): string {
  // Version 1.3: the library's default (1.2) writes a malformed viz namespace ('http:///…').
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, a) => ({
      label: a.name,
      attributes: { type: a.entityType, ...flatten(a.properties) },
      viz: { color: typeStyle(a.entityType).color, x: a.x, y: a.y, size: 1 + Math.sqrt(graph.degree(_key)) },
    }),
    formatEdge: (_key, a) => ({
      label: a.relType,
      weight: a.evidenceCount,
      attributes: { type: a.relType, evidenceCount: a.evidenceCount, ...flatten(a.properties) },
    }),
  });
}

function flatten(props: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.join(' | ');
    else if (v !== null && v !== undefined) out[k] = JSON.stringify(v);
  }
  return out;
}

/** Offers a blob as a download. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** File name stem with the current date: `newsgraph-2025-01-31`. */
export function exportName(): string {
  return `newsgraph-${new Date().toISOString().slice(0, 10)}`;
}
