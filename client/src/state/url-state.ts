/**
 * The canvas in the URL hash, so a reload or a shared link restores it: node ids (refetched on
 * load), filters (the timeline brush too), the selection, the link colouring and which held-back
 * links (denied facts, co-mentions) are shown. Ids are percent-encoded one by one and joined with commas, so ids
 * holding `:` `|` or `,` survive.
 */
import { PARTIAL_ISO_DATE } from '../../../core/fact-status.ts';
import { EMPTY_FILTERS, type Filters } from './filters.ts';

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

export interface UrlState {
  nodes: string[];
  filters: Filters;
  selection?: Selection;
  /** Only when not the default (`plain`). */
  edgeColoring?: 'quadClass';
  /** Only when not the default (`degree`). */
  nodeSizing?: 'sources';
  /** Node property that colours nodes (absent: the type). */
  nodeColoring?: string;
  /** Denied and negated facts shown (absent: held back). */
  showDenied?: true;
  /** Co-mentions shown (absent: held back). */
  coMentions?: true;
}

const encodeList = (ids: readonly string[]) => ids.map(encodeURIComponent).join(',');
const decodeList = (text: string | undefined) =>
  text ? text.split(',').filter(Boolean).map((s) => safeDecode(s)) : [];

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Encodes the state as a hash (without the leading `#`); empty parts are left out. */
export function encodeUrlState(state: UrlState): string {
  const parts: string[] = [];
  if (state.nodes.length) parts.push(`n=${encodeList(state.nodes)}`);
  const f = state.filters;
  if (f.hiddenEntityTypes.length) parts.push(`xt=${encodeList(f.hiddenEntityTypes)}`);
  if (f.hiddenRelTypes.length) parts.push(`xr=${encodeList(f.hiddenRelTypes)}`);
  if (f.dateFrom) parts.push(`df=${encodeURIComponent(f.dateFrom)}`);
  if (f.dateTo) parts.push(`dt=${encodeURIComponent(f.dateTo)}`);
  if (f.factFrom) parts.push(`tf=${encodeURIComponent(f.factFrom)}`);
  if (f.factTo) parts.push(`tt=${encodeURIComponent(f.factTo)}`);
  if (state.showDenied) parts.push('sd=1');
  if (state.coMentions) parts.push('cm=1');
  if (state.edgeColoring) parts.push(`ec=${state.edgeColoring}`);
  if (state.nodeSizing) parts.push(`ns=${state.nodeSizing}`);
  if (state.nodeColoring) parts.push(`nc=${encodeURIComponent(state.nodeColoring)}`);
  if (state.selection) parts.push(`sel=${state.selection.kind === 'node' ? 'n' : 'e'}:${encodeURIComponent(state.selection.id)}`);
  return parts.join('&');
}

/** Decodes a hash (with or without `#`); unknown keys and malformed parts are ignored. */
export function decodeUrlState(hash: string): UrlState {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const map = new Map<string, string>();
  for (const part of raw.split('&')) {
    const i = part.indexOf('=');
    if (i > 0) map.set(part.slice(0, i), part.slice(i + 1));
  }
  const filters: Filters = {
    ...EMPTY_FILTERS,
    hiddenEntityTypes: decodeList(map.get('xt')),
    hiddenRelTypes: decodeList(map.get('xr')),
  };
  const df = map.get('df');
  const dt = map.get('dt');
  if (df) filters.dateFrom = safeDecode(df);
  if (dt) filters.dateTo = safeDecode(dt);
  // The brush takes partial ISO dates only; anything else is dropped rather than filtering oddly.
  const tf = safeDecode(map.get('tf') ?? '');
  const tt = safeDecode(map.get('tt') ?? '');
  if (PARTIAL_ISO_DATE.test(tf)) filters.factFrom = tf;
  if (PARTIAL_ISO_DATE.test(tt)) filters.factTo = tt;
  const state: UrlState = { nodes: decodeList(map.get('n')), filters };
  if (map.get('ec') === 'quadClass') state.edgeColoring = 'quadClass';
  if (map.get('ns') === 'sources') state.nodeSizing = 'sources';
  if (map.get('sd') === '1') state.showDenied = true;
  if (map.get('cm') === '1') state.coMentions = true;
  const nc = map.get('nc');
  if (nc) state.nodeColoring = safeDecode(nc);
  const sel = map.get('sel');
  if (sel && /^[ne]:./.test(sel)) {
    state.selection = { kind: sel[0] === 'n' ? 'node' : 'edge', id: safeDecode(sel.slice(2)) };
  }
  return state;
}
