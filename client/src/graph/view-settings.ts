/**
 * The sigma settings that decide how much is drawn (sizes, label culling, padding), apart from the
 * explorer's looks. The explorer uses them, and so does the bare-sigma page of the rendering
 * benchmark, so the two draw the same amount and their frame times can be compared.
 */

/** Display size of a node from its degree (shared with the layout's noverlap). */
export function nodeDisplaySize(degree: number): number {
  return Math.min(26, 6 + 3.2 * Math.sqrt(degree));
}

/** Display width of an edge from the number of sources supporting it. */
export function edgeDisplaySize(evidenceCount: number): number {
  return Math.min(7, 1.2 + 1.6 * Math.log2(evidenceCount));
}

/** Display width of an aggregate co-mention from the number of sentences naming both ends: thin, up to 3 px. */
export function coMentionDisplaySize(count: number): number {
  return Math.min(3, 0.6 + 0.6 * Math.log2(Math.max(1, count)));
}

/** Label font, culling and padding settings (a subset of sigma's settings). */
export const VIEW_SETTINGS = {
  labelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
  labelSize: 12,
  labelWeight: '500',
  // The grid offers at most two labels per 120 px cell at the default zoom (more when zoomed in);
  // the label drawer then drops any that would still overlap (labels are wider than cells).
  labelDensity: 1.5,
  labelGridCellSize: 120,
  labelRenderedSizeThreshold: 8,
  minEdgeThickness: 0.8,
  stagePadding: 44,
} as const;
