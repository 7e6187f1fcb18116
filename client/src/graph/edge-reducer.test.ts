import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../../../core/api-schemas.ts';
import { edgeToAttrs } from '../state/graph-state.ts';
import { ExplorerStore } from '../state/store.ts';
import { createEdgeReducer, curvedProgramType, edgeLabel, edgeProgramType } from './edge-reducer.ts';
import { NO_CLASS_COLOR, QUAD_CLASS_COLORS, THEME } from './style.ts';

const node = (id: string) => ({ id, labels: ['Entity', 'Country'], type: 'Country', name: id, properties: {} });
const edge = (source: string, type: string, target: string, cls: Partial<Pick<GraphEdge, 'cameo' | 'quadClass'>> = {}): GraphEdge => ({
  id: `${source}|${type}|${target}`,
  source,
  target,
  type,
  ...cls,
  properties: { evidenceCount: 2, ...cls },
});

const SANCTION = 'eu|SANCTIONED|ru';
const MEETING = 'fr|MET_WITH|de';
const AID = 'de|PROVIDED_AID_TO|ua';
const THREAT = 'ru|THREATENED|ua';
const ROLE = 'fr|PRESIDENT_OF|de';

function setup() {
  const store = new ExplorerStore();
  store.merge(
    {
      nodes: ['eu', 'ru', 'fr', 'de', 'ua'].map(node),
      edges: [
        edge('eu', 'SANCTIONED', 'ru', { cameo: '16', quadClass: 'material-conflict' }),
        edge('fr', 'MET_WITH', 'de', { cameo: '04', quadClass: 'verbal-cooperation' }),
        edge('de', 'PROVIDED_AID_TO', 'ua', { cameo: '07', quadClass: 'material-cooperation' }),
        edge('ru', 'THREATENED', 'ua', { cameo: '13', quadClass: 'verbal-conflict' }),
        edge('fr', 'PRESIDENT_OF', 'de'),
      ],
    },
    'Add',
  );
  let focus: string | undefined;
  const reduce = createEdgeReducer({ graph: store.graph, store, focusKey: () => focus, zoomedIn: () => false, dimsOnFocus: () => true, smallHighlight: 12 });
  // Sigma hands the reducer a copy of the attributes, as here.
  const color = (key: string) => reduce(key, { ...store.graph.getEdgeAttributes(key) }).color;
  return { store, color, focusOn: (n: string | undefined) => (focus = n) };
}

describe('edgeToAttrs', () => {
  it('carries cameo and quadClass into the edge attributes, and nothing for a state', () => {
    expect(edgeToAttrs(edge('a', 'SANCTIONED', 'b', { cameo: '16', quadClass: 'material-conflict' }))).toMatchObject({ cameo: '16', quadClass: 'material-conflict' });
    const role = edgeToAttrs(edge('a', 'PRESIDENT_OF', 'b'));
    expect('cameo' in role || 'quadClass' in role).toBe(false);
  });
});

describe('edge reducer: colour by cooperation and conflict', () => {
  it('draws links plainly by default, whatever their class', () => {
    const { color } = setup();
    for (const key of [SANCTION, MEETING, ROLE]) expect(color(key)).toBe(THEME.edge);
  });

  it('colours each link by its QuadClass when switched on, and grey when it has none', () => {
    const { store, color } = setup();
    store.setEdgeColoring('quadClass');
    expect(color(MEETING)).toBe(QUAD_CLASS_COLORS['verbal-cooperation']);
    expect(color(AID)).toBe(QUAD_CLASS_COLORS['material-cooperation']);
    expect(color(THREAT)).toBe(QUAD_CLASS_COLORS['verbal-conflict']);
    expect(color(SANCTION)).toBe(QUAD_CLASS_COLORS['material-conflict']);
    expect(color(ROLE)).toBe(NO_CLASS_COLOR);
    // Four distinct colours and a fifth for no class.
    expect(new Set([MEETING, AID, THREAT, SANCTION, ROLE].map(color)).size).toBe(5);
    store.setEdgeColoring('plain');
    expect(color(SANCTION)).toBe(THEME.edge);
  });

  it('keeps the class colour of hovered and highlighted links and still dims the others', () => {
    const { store, color, focusOn } = setup();
    store.setEdgeColoring('quadClass');
    focusOn('ru');
    expect(color(SANCTION)).toBe(QUAD_CLASS_COLORS['material-conflict']);
    expect(color(MEETING)).toBe(THEME.dimEdge);
    focusOn(undefined);
    store.setHighlight({ nodes: new Set(['de', 'ua']), edges: new Set([AID]) });
    expect(color(AID)).toBe(QUAD_CLASS_COLORS['material-cooperation']);
    expect(color(THREAT)).toBe(THEME.dimEdge);
    store.select({ kind: 'edge', id: THREAT });
    expect(color(THREAT)).toBe('#ffffff');
  });

  it('changes looks only: the graph data keeps no colour', () => {
    const { store, color } = setup();
    store.setEdgeColoring('quadClass');
    color(SANCTION);
    expect(store.graph.getEdgeAttributes(SANCTION)).not.toHaveProperty('color');
  });
});

describe('edge reducer: how a fact is told, and co-mentions', () => {
  it('draws alleged facts dash-dotted, planned and denied ones dotted, others by their sources', () => {
    const a = (status: GraphEdge['status'], evidenceCount = 2) => ({ relType: 'SUPPLIED', status, evidenceCount });
    expect(edgeProgramType(a('alleged'))).toBe('dashdot');
    expect(edgeProgramType(a('alleged', 1))).toBe('dashdot');
    expect(edgeProgramType(a('planned'))).toBe('dotted');
    expect(edgeProgramType(a('denied'))).toBe('dotted');
    expect(edgeProgramType(a('negated'))).toBe('dotted');
    expect(edgeProgramType(a('asserted'))).toBe('arrow');
    expect(edgeProgramType(a(undefined, 1))).toBe('dashed');
    expect(edgeProgramType({ relType: 'CO_MENTIONED', evidenceCount: 1 })).toBe('plain');
  });

  it('keeps the line pattern of a link drawn as a curve beside its parallel links, in its own colour', () => {
    const store = new ExplorerStore();
    const told = (status: GraphEdge['status'], evidenceCount = 2): GraphEdge => ({ id: `ir|SUPPLIED|ru|${status}`, source: 'ir', target: 'ru', type: 'SUPPLIED', status, properties: { evidenceCount } });
    store.merge({ nodes: ['ir', 'ru'].map(node), edges: [told('alleged'), told('planned'), told('denied'), told('asserted', 1)] }, 'Add');
    store.setLinkKinds({ showDenied: true, coMentions: false });
    const reduce = createEdgeReducer({ graph: store.graph, store, curvature: () => 0.3, focusKey: () => undefined, zoomedIn: () => false, dimsOnFocus: () => true, smallHighlight: 12 });
    const look = (status: string) => reduce(`ir|SUPPLIED|ru|${status}`, { ...store.graph.getEdgeAttributes(`ir|SUPPLIED|ru|${status}`) });
    expect(look('alleged')).toMatchObject({ type: 'curvedDashdot', curvature: 0.3, color: THEME.edge });
    expect(look('planned')).toMatchObject({ type: 'curvedDotted', color: THEME.edge });
    expect(look('denied')).toMatchObject({ type: 'curvedDotted', color: THEME.edgeDenied });
    expect(look('asserted')).toMatchObject({ type: 'curvedDashed', color: THEME.edgeSingle });
    expect(curvedProgramType('arrow')).toBe('curved');
    expect(curvedProgramType('plain')).toBe('curvedPlain');
  });

  it('draws a co-mention beside parallel links as a curve without an arrow head (it has no direction)', () => {
    const store = new ExplorerStore();
    store.merge({ nodes: ['ir', 'ru'].map(node), edges: [{ id: 'ir|CO_MENTIONED|ru', source: 'ir', target: 'ru', type: 'CO_MENTIONED', properties: { evidenceCount: 1, coMentionCount: 3 } }] }, 'Add');
    store.setLinkKinds({ showDenied: false, coMentions: true });
    const reduce = createEdgeReducer({ graph: store.graph, store, curvature: () => 0.3, focusKey: () => undefined, zoomedIn: () => false, dimsOnFocus: () => true, smallHighlight: 12 });
    expect(reduce('ir|CO_MENTIONED|ru', { ...store.graph.getEdgeAttributes('ir|CO_MENTIONED|ru') })).toMatchObject({ type: 'curvedPlain', curvature: 0.3 });
  });

  it('names the status in the label of a fact that is not asserted, and the count of a co-mention', () => {
    expect(edgeLabel({ relType: 'SUPPLIED', status: 'alleged' })).toBe('supplied · alleged');
    expect(edgeLabel({ relType: 'SUPPLIED', status: 'asserted' })).toBe('supplied');
    expect(edgeLabel({ relType: 'CO_MENTIONED', coMentionCount: 4 })).toBe('co-mentioned ×4');
  });

  it('hides denied facts and co-mentions until shown; co-mentions thin, grey and wider with more sentences', () => {
    const store = new ExplorerStore();
    store.merge(
      {
        nodes: ['ir', 'ru', 'de'].map(node),
        edges: [
          { id: 'ir|SUPPLIED|ru|denied', source: 'ir', target: 'ru', type: 'SUPPLIED', status: 'denied', properties: { evidenceCount: 2 } },
          { id: 'de|CO_MENTIONED|ir', source: 'de', target: 'ir', type: 'CO_MENTIONED', properties: { count: 2 } },
          { id: 'de|CO_MENTIONED|ru', source: 'de', target: 'ru', type: 'CO_MENTIONED', properties: { count: 16 } },
        ],
      },
      'Add',
    );
    const reduce = createEdgeReducer({ graph: store.graph, store, focusKey: () => undefined, zoomedIn: () => false, dimsOnFocus: () => true, smallHighlight: 12 });
    const look = (key: string) => reduce(key, { ...store.graph.getEdgeAttributes(key) });
    expect(look('ir|SUPPLIED|ru|denied').hidden).toBe(true);
    expect(look('de|CO_MENTIONED|ir').hidden).toBe(true);
    store.setLinkKinds({ showDenied: true, coMentions: true });
    expect(look('ir|SUPPLIED|ru|denied')).toMatchObject({ hidden: false, color: THEME.edgeDenied, type: 'dotted' });
    // Colour by class leaves co-mentions grey.
    store.setEdgeColoring('quadClass');
    const few = look('de|CO_MENTIONED|ir');
    const many = look('de|CO_MENTIONED|ru');
    expect(few).toMatchObject({ hidden: false, color: THEME.coMention, type: 'plain' });
    expect(many.size!).toBeGreaterThan(few.size!);
    expect(many.size!).toBeLessThanOrEqual(3);
  });
});
