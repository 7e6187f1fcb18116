/**
 * Pure planning of one load batch: which documents are new, changed or unchanged, and the rows to
 * write for the new and changed ones only. Keeping this free of neo4j-driver makes the loader's
 * idempotence and replacement rules testable without a database.
 */
import type { CameoRoot, DocumentRecord, EntityRecord, FactStatus, ExtractionResult, QuadClass, RelationRecord } from '../../core/index.ts';
import { classOfRelation, evidenceId, quadClassOfRoot, utf16ToCodePointOffsets } from '../../core/index.ts';

export interface BatchRows {
  docs: DocumentRecord[];
  /** Changed documents whose old version must be removed first. */
  replacedDocIds: string[];
  unchangedDocIds: string[];
  /** Unchanged documents now read from another file or URL: only their `sourceKey` is updated. */
  movedDocs: { id: string; sourceKey: string }[];
  entities: { id: string; type: string; name: string; aliases: string[]; properties: Record<string, unknown> }[];
  mentions: { documentId: string; entityId: string; count: number }[];
  facts: {
    id: string;
    source: string;
    target: string;
    type: string;
    properties: Record<string, unknown>;
    confidence: number;
    /** CAMEO root class and QuadClass; null for states (roles, places, membership), which removes them on update. */
    cameo: CameoRoot | null;
    quadClass: QuadClass | null;
    documentIds: string[];
    /** Evidence sentences this batch adds to the fact. */
    evidenceCount: number;
  }[];
  /** `start` and `end` in code points of the document's text (Cypher's unit), not UTF-16 units. */
  evidence: {
    id: string;
    relId: string;
    documentId: string;
    text: string;
    start: number;
    end: number;
    /** How this sentence tells the fact, who it says claims it, and when (null: not known). */
    status: FactStatus;
    claimedBy: string[] | null;
    date: string | null;
    dateText: string | null;
  }[];
}

/**
 * How a fact is told and when, as stored properties: `status` always (asserted when the record is
 * silent), `claimedBy`, `date` and `dateText` only when known (Neo4j stores no nulls).
 */
export function factTelling(rel: Pick<RelationRecord, 'status' | 'claimedBy' | 'date' | 'dateText'>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { status: rel.status ?? 'asserted' };
  if (rel.claimedBy?.length) out['claimedBy'] = [...new Set(rel.claimedBy)].sort(); // in id order, as update-facts keeps them
  if (rel.date) out['date'] = rel.date;
  if (rel.dateText) out['dateText'] = rel.dateText;
  return out;
}

/**
 * CAMEO root and QuadClass of a relation: the record's own when it has them, else core/cameo.ts's
 * table by type, so results that predate the classes (an old `--out` file) or come from an extractor
 * that does not set them (the LLM one) are classified like the offline rules' output.
 */
export function factClass(rel: Pick<RelationRecord, 'type' | 'cameo' | 'quadClass'>): { cameo: CameoRoot | null; quadClass: QuadClass | null } {
  const cameo = rel.cameo ?? classOfRelation(rel.type)?.cameo ?? null;
  return { cameo, quadClass: rel.quadClass ?? (cameo ? quadClassOfRoot(cameo) : null) };
}

/** Index of an extraction result by document, built once for all batches. */
export interface ExtractionIndex {
  entitiesById: Map<string, EntityRecord>;
  relationsByDoc: Map<string, RelationRecord[]>;
  mentionsByDoc: Map<string, Map<string, number>>;
}

export function indexExtraction(result: ExtractionResult): ExtractionIndex {
  const entitiesById = new Map(result.entities.map((e) => [e.id, e]));
  const relationsByDoc = new Map<string, RelationRecord[]>();
  const mentionsByDoc = new Map<string, Map<string, number>>();
  const mention = (docId: string, entityId: string, count: number, keepMax: boolean) => {
    let m = mentionsByDoc.get(docId);
    if (!m) mentionsByDoc.set(docId, (m = new Map()));
    const prev = m.get(entityId) ?? 0;
    m.set(entityId, keepMax ? Math.max(prev, count) : prev + count);
  };
  for (const entity of result.entities) {
    for (const [docId, count] of Object.entries(entity.mentions ?? {})) mention(docId, entity.id, count, false);
  }
  for (const rel of result.relations) {
    for (const docId of new Set(rel.evidence.map((v) => v.documentId))) {
      let list = relationsByDoc.get(docId);
      if (!list) relationsByDoc.set(docId, (list = []));
      list.push(rel);
      // An entity named in evidence is mentioned by that document even if the extractor forgot to say so.
      mention(docId, rel.source, 1, true);
      mention(docId, rel.target, 1, true);
    }
  }
  return { entitiesById, relationsByDoc, mentionsByDoc };
}

/**
 * Cuts documents into write batches of at most `maxDocs` documents and, unless one document alone
 * exceeds it, about `maxRows` rows (evidence, mentions and facts, estimated from the index): long
 * documents make smaller batches, so a transaction's size stays bounded whatever the articles' length.
 */
export function batchBounds(docs: readonly DocumentRecord[], index: ExtractionIndex, maxDocs: number, maxRows: number): [number, number][] {
  const bounds: [number, number][] = [];
  let start = 0;
  let rows = 0;
  docs.forEach((doc, i) => {
    const relations = index.relationsByDoc.get(doc.id) ?? [];
    let evidence = 0;
    for (const rel of relations) for (const v of rel.evidence) if (v.documentId === doc.id) evidence++;
    const docRows = 1 + evidence + relations.length + (index.mentionsByDoc.get(doc.id)?.size ?? 0);
    if (i > start && (i - start >= maxDocs || rows + docRows > maxRows)) {
      bounds.push([start, i]);
      start = i;
      rows = 0;
    }
    rows += docRows;
  });
  if (start < docs.length) bounds.push([start, docs.length]);
  return bounds;
}

/**
 * Rows for one batch of documents. `storedHashes` maps ids of documents already in the database to
 * their content hash; documents whose hash is unchanged contribute nothing (but a new source key,
 * when `storedSources` says they were stored from another file).
 */
export function planBatch(
  docs: DocumentRecord[],
  index: ExtractionIndex,
  storedHashes: Map<string, string>,
  storedSources: Map<string, string | null> = new Map(),
): BatchRows {
  const rows: BatchRows = { docs: [], replacedDocIds: [], unchangedDocIds: [], movedDocs: [], entities: [], mentions: [], facts: [], evidence: [] };
  const entityIds = new Set<string>();
  const evidenceIds = new Set<string>();
  const seenDocs = new Set<string>();
  const facts = new Map<string, BatchRows['facts'][number]>();
  for (const doc of docs) {
    if (seenDocs.has(doc.id)) continue; // a document given twice is written once
    seenDocs.add(doc.id);
    const stored = storedHashes.get(doc.id);
    if (stored === doc.contentHash) {
      rows.unchangedDocIds.push(doc.id);
      if (doc.sourceKey && storedSources.has(doc.id) && storedSources.get(doc.id) !== doc.sourceKey) {
        rows.movedDocs.push({ id: doc.id, sourceKey: doc.sourceKey });
      }
      continue;
    }
    if (stored !== undefined) rows.replacedDocIds.push(doc.id);
    rows.docs.push(doc);
    let codePoint: ((offset: number) => number) | undefined;
    for (const [entityId, count] of index.mentionsByDoc.get(doc.id) ?? []) {
      if (!index.entitiesById.has(entityId)) continue;
      entityIds.add(entityId);
      rows.mentions.push({ documentId: doc.id, entityId, count });
    }
    for (const rel of index.relationsByDoc.get(doc.id) ?? []) {
      if (!index.entitiesById.has(rel.source) || !index.entitiesById.has(rel.target)) continue;
      let fact = facts.get(rel.id);
      if (!fact) {
        fact = {
          id: rel.id,
          source: rel.source,
          target: rel.target,
          type: rel.type,
          properties: { ...(rel.properties ?? {}), ...factTelling(rel) },
          confidence: rel.confidence ?? 0.5,
          ...factClass(rel),
          documentIds: [],
          evidenceCount: 0,
        };
        facts.set(rel.id, fact);
      }
      fact.documentIds.push(doc.id);
      codePoint ??= utf16ToCodePointOffsets(doc.text);
      for (const v of rel.evidence) {
        if (v.documentId !== doc.id) continue;
        const id = evidenceId(rel.id, doc.id, v.start, v.end);
        if (evidenceIds.has(id)) continue; // the same sentence given twice for one fact
        evidenceIds.add(id);
        fact.evidenceCount++;
        rows.evidence.push({
          id,
          relId: rel.id,
          documentId: doc.id,
          text: v.text,
          start: codePoint(v.start),
          end: codePoint(v.end),
          status: v.status ?? rel.status ?? 'asserted',
          claimedBy: v.claimedBy ?? null,
          date: v.date ?? null,
          dateText: v.dateText ?? null,
        });
      }
    }
  }
  // Entities in id order: the order in which every writer locks them (see cypher/ingest/lock-entities.cypher).
  for (const id of [...entityIds].sort()) {
    const e = index.entitiesById.get(id)!;
    rows.entities.push({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, properties: { ...(e.properties ?? {}) } });
  }
  // Documents of a fact in id order, as update-facts keeps them: the stored list does not depend on batch order.
  rows.facts = [...facts.values()].map((f) => ({ ...f, documentIds: [...f.documentIds].sort() }));
  return rows;
}
