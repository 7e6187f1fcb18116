/**
 * Stable keys. The same input always yields the same ids, across runs and machines, so re-ingesting
 * merges instead of duplicating and URLs to nodes stay valid.
 */
import type { EntityType } from './model.ts';

/** Lower-case ASCII slug: "Jinan University" → "jinan-university", "São Tomé" → "sao-tome". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9\u3400-\u9fff]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Entity id: `<type>:<slug of canonical name>`, e.g. `country:united-states`. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${slugify(canonicalName)}`;
}

/**
 * Relationship id: one relationship per (source, type, target, status), whatever the number of sources.
 * An asserted fact keeps the plain `source|TYPE|target`; an alleged, denied, negated or planned one
 * gets its status appended, so "Iran supplied drones" and "Iran denied supplying drones" stay apart.
 */
export function relationId(sourceId: string, type: string, targetId: string, status: string = 'asserted'): string {
  const base = `${sourceId}|${type}|${targetId}`;
  return status === 'asserted' ? base : `${base}|${status}`;
}

/** Co-mention id: one per unordered pair of entities, ends sorted. */
export function coMentionId(a: string, b: string): string {
  const [x, y] = a < b ? [a, b] : [b, a];
  return `${x}|CO_MENTIONED|${y}`;
}

/** Evidence id: one per (relationship, document, character span). */
export function evidenceId(relId: string, documentId: string, start: number, end: number): string {
  return `${relId}@${documentId}:${start}-${end}`;
}

/**
 * 64-bit FNV-1a as 16 hex chars. Used for document ids and content hashes: fast, pure and the
 * same in Node and the browser (no crypto import needed in core).
 */
export function hash64(text: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x050c5d1f | 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 13);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
