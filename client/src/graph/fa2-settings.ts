/**
 * The explorer's ForceAtlas2 settings for a graph: graphology's inferred ones, Barnes–Hut above 300
 * nodes, and the gravity, scaling and slow-down that keep our clusters apart. One place, so the
 * layout and the rendering benchmark's layout step run the same thing.
 */
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type Graph from 'graphology';

export function explorerFa2Settings(graph: Graph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, gravity: 1, scalingRatio: 8, slowDown: 2 };
}
