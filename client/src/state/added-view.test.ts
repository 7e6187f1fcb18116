import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../../../core/api-schemas.ts';
import { addedIdsToRead, planAddedView } from './added-view.ts';

const node = (id: string) => ({ id, labels: ['Entity', 'Country'], type: 'Country', name: id, properties: {} });
const edge = (source: string, type: string, target: string) => ({ id: `${source}|${type}|${target}`, source, target, type, properties: {} });

describe('what an add puts on the canvas', () => {
  const sub: GraphPayload = {
    nodes: [node('chile'), node('peru'), node('bolivia'), node('lima')],
    edges: [edge('chile', 'SIGNED_WITH', 'peru'), edge('chile', 'MET_WITH', 'bolivia'), edge('peru', 'LOCATED_IN', 'lima')],
  };

  it('adds the new entities and the ends of the new facts, and emphasises them with the new facts only', () => {
    const view = planAddedView(sub, { newEntityIds: ['bolivia'], newFactIds: ['chile|MET_WITH|bolivia'], entityIds: ['chile', 'peru', 'bolivia', 'lima'] });
    expect([...view.nodes].sort()).toEqual(['bolivia', 'chile']);
    expect([...view.edges]).toEqual(['chile|MET_WITH|bolivia']);
    expect(view.payload.nodes.map((n) => n.id).sort()).toEqual(['bolivia', 'chile']);
    expect(view.payload.edges.map((e) => e.id)).toEqual(['chile|MET_WITH|bolivia']);
  });

  it('brings nothing when nothing was new', () => {
    const view = planAddedView(sub, { newEntityIds: [], newFactIds: [], entityIds: ['chile', 'peru'] });
    expect(view.payload).toEqual({ nodes: [], edges: [] });
    expect(view.nodes.size).toBe(0);
  });

  it('reads the new entities first and stays within the cap', () => {
    expect(addedIdsToRead({ newEntityIds: ['z'], newFactIds: [], entityIds: ['a', 'b', 'z'] }, 2)).toEqual(['z', 'a']);
  });
});
