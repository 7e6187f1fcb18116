/**
 * Puts what an add brought into the graph on the canvas: reads the induced subgraph of the added
 * documents' entities, merges the new entities and the ends of the new facts (with every link the
 * database holds to the canvas, one undoable step), and returns what to emphasise.
 */
import { SUBGRAPH_MAX_IDS } from '../../../core/api-schemas.ts';
import * as api from '../api/client.ts';
import { addedIdsToRead, planAddedView, type AddedIds } from '../state/added-view.ts';
import { track } from '../ui/dom.ts';
import type { Explorer } from './explorer.ts';

/** Merges what was new into the canvas; returns the nodes and links to emphasise (empty when nothing was new). */
export async function showAdded(explorer: Explorer, added: AddedIds, label: string): Promise<{ nodes: Set<string>; edges: Set<string> }> {
  if (!added.newEntityIds.length && !added.newFactIds.length) return { nodes: new Set(), edges: new Set() };
  const sub = await track(api.getSubgraph(addedIdsToRead(added, SUBGRAPH_MAX_IDS)));
  const view = planAddedView(sub, added);
  if (view.payload.nodes.length) await explorer.mergeWithLinks(view.payload, label);
  return { nodes: view.nodes, edges: view.edges };
}
