/**
 * Looks per entity type: colour, pictogram (Material-style 24px paths) and display order. Shared by
 * the sigma reducers, the legend and the lists, so a type looks the same everywhere.
 */
import type { QuadClass } from '../../../core/cameo.ts';
import { ENTITY_TYPES } from '../../../core/model.ts';

export interface TypeStyle {
  color: string;
  /** SVG path in a 24×24 box. */
  icon: string;
}

const ICONS = {
  person: 'M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4zm0 2c-2.67 0-8 1.34-8 4v2h16v-2c0-2.66-5.33-4-8-4z',
  flag: 'M14.4 6L14 4H5v17h2v-7h5.6l.4 2h7V6z',
  building:
    'M12 7V3H2v18h20V7H12zM6 19H4v-2h2v2zm0-4H4v-2h2v2zm0-4H4V9h2v2zm0-4H4V5h2v2zm4 12H8v-2h2v2zm0-4H8v-2h2v2zm0-4H8V9h2v2zm0-4H8V5h2v2zm10 12h-8v-2h2v-2h-2v-2h2v-2h-2V9h8v10zm-2-8h-2v2h2v-2zm0 4h-2v2h2v-2z',
  document:
    'M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  event:
    'M17 12h-5v5h5v-5zM16 1v2H8V1H6v2H5c-1.11 0-1.99.9-1.99 2L3 19c0 1.1.89 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2h-1V1h-2zm3 18H5V8h14v11z',
  place: 'M12 2C8.13 2 5 5.13 5 9c0 5.25 7 13 7 13s7-7.75 7-13c0-3.87-3.13-7-7-7zm0 9.5c-1.38 0-2.5-1.12-2.5-2.5s1.12-2.5 2.5-2.5 2.5 1.12 2.5 2.5-1.12 2.5-2.5 2.5z',
  dot: 'M12 6a6 6 0 1 0 0 12 6 6 0 1 0 0-12z',
} as const;

export const TYPE_STYLES: Record<string, TypeStyle> = {
  Person: { color: '#f2a65a', icon: ICONS.person },
  Country: { color: '#5ab1ef', icon: ICONS.flag },
  Organization: { color: '#a48cf0', icon: ICONS.building },
  Treaty: { color: '#4fd1a5', icon: ICONS.document },
  Event: { color: '#f0707f', icon: ICONS.event },
  Place: { color: '#e3c565', icon: ICONS.place },
};

const OTHER_COLORS = ['#8fb8a8', '#c49bd1', '#d1a38f', '#9fb0d6', '#b5c77a'];

/** Style of a type; types outside the model (foreign graphs) get a stable colour and a dot. */
export function typeStyle(type: string): TypeStyle {
  const known = TYPE_STYLES[type];
  if (known) return known;
  let h = 0;
  for (let i = 0; i < type.length; i++) h = (h * 31 + type.charCodeAt(i)) >>> 0;
  return { color: OTHER_COLORS[h % OTHER_COLORS.length]!, icon: ICONS.dot };
}

/** Types in display order: the model's first, then the others alphabetically. */
export function sortTypes(types: Iterable<string>): string[] {
  const order = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
  return [...types].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99) || a.localeCompare(b));
}

/** Every pictogram path, in the order of the canvas's icon atlas (pictogram-program.ts). */
export const PICTOGRAMS: readonly string[] = Object.values(ICONS);

const pictogramIndices = new Map<string, number>();

/** Index in PICTOGRAMS of a type's pictogram (what the node program draws over its disc). */
export function pictogramIndex(type: string): number {
  let i = pictogramIndices.get(type);
  if (i === undefined) {
    i = PICTOGRAMS.indexOf(typeStyle(type).icon);
    pictogramIndices.set(type, i);
  }
  return i;
}

/** Inline SVG markup of a type's icon for the DOM (legend, lists). */
export function iconSvg(type: string, size = 14): string {
  const s = typeStyle(type);
  return `<svg class="type-icon" width="${size}" height="${size}" viewBox="0 0 24 24" aria-hidden="true"><path fill="${s.color}" d="${s.icon}"/></svg>`;
}

/** Theme colours the canvas uses (kept in sync with styles.css). */
export const THEME = {
  background: '#0f141a',
  label: '#d5dde6',
  edge: '#5f7086',
  edgeSingle: '#75869b',
  dim: '#222b35',
  dimEdge: '#1b232c',
  accent: '#7aa2f7',
  path: '#ffd166',
  /** Denied and negated facts, when shown. */
  edgeDenied: '#b46a76',
  /** Aggregate co-mentions: thin and grey, beneath the facts. */
  coMention: '#4a5562',
};

/**
 * Link colours by QuadClass when the explorer colours links by cooperation and conflict: teal and
 * green for verbal and material cooperation, orange and red for verbal and material conflict (the
 * material, stronger class in the stronger hue), grey for facts with no class (roles, places, membership).
 */
export const QUAD_CLASS_COLORS: Record<QuadClass, string> = {
  'verbal-cooperation': '#5ccfc4',
  'material-cooperation': '#3fb96b',
  'verbal-conflict': '#f5a142',
  'material-conflict': '#ea4b4b',
};
export const NO_CLASS_COLOR = '#4b5867';

/** Colour of a link in the colour-by-class view. */
export function quadClassColor(quadClass: QuadClass | undefined): string {
  return quadClass ? QUAD_CLASS_COLORS[quadClass] : NO_CLASS_COLOR;
}

/** Human form of a QuadClass: `material-conflict` → `material conflict`. */
export function quadClassLabel(quadClass: QuadClass): string {
  return quadClass.replace('-', ' ');
}

/** Human form of a relationship type: `PRESIDENT_OF` → `president of`. */
export function relLabel(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}
