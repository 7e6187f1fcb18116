/**
 * Co-mentions: actors named in one sentence that the sentence gives no typed fact between, directly or
 * through a third it links both to (co-signatories of a treaty); a fact of any status covers the pair,
 * an alleged or denied act too. Actors are people, countries and
 * organizations, the ends CAMEO codes events between; treaties, events and places are what actors act
 * on or where. One aggregate record per pair per corpus: the number of such sentences, by document, and
 * the first of them in each document. What a document contributes depends on it alone, so a corpus
 * ingested in one run, in chunks or resumed after an interruption stores the same sentences (the loader
 * stores a document's share with its sentence, so re-ingesting or removing a document finds it again).
 */
import { coMentionId, type CoMentionRecord, type EntityType, type Evidence } from '../../../core/index.ts';
import type { SentenceInfo } from '../resolve/resolve.ts';
import type { MentionKind } from '../mentions/mentions.ts';
import type { LocalRelation } from '../types.ts';

/** Entity types that act: co-mentions pair these only. */
export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['Person', 'Country', 'Organization']);
/** Evidence sentences kept per pair and document. */
export const CO_MENTION_EVIDENCE = 1;
/**
 * Mentions that name an actor: gazetteer entries, names, titled names and named noun phrases. Pronouns,
 * bare descriptions ("the alliance") and plurals ("two universities") are resolved less surely.
 */
const NAMING_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['gaz', 'name', 'role', 'np']);

interface Pair {
  source: string;
  target: string;
  count: number;
  countByDocument: Record<string, number>;
  /** Sentences by document, in document order, at most CO_MENTION_EVIDENCE each. */
  sentences: Map<string, Evidence[]>;
}

/** Collects co-mentions document by document; `records()` gives them sorted by id. */
export class CoMentionCollector {
  private readonly pairs = new Map<string, Pair>();

  /**
   * Adds one document's sentences. `globalId` maps a doc-local entity index to its corpus id and type
   * (undefined for entities the merge dropped); `rels` are the document's facts between local indices.
   */
  addDocument(
    documentId: string,
    text: string,
    sentences: readonly (Pick<SentenceInfo, 'start' | 'end' | 'evidenceStart'> & { mentions: readonly Pick<SentenceInfo['mentions'][number], 'kind' | 'refs'>[] })[],
    rels: readonly LocalRelation[],
    globalId: (local: number) => { id: string; type: EntityType } | undefined,
  ): void {
    // Per sentence, each entity's fact partners in it: a pair is covered by a fact between them, or by
    // facts of both with a third ("Kenya and Ethiopia signed the Moyale agreement").
    const partners = new Map<number, Map<string, Set<string>>>();
    const link = (i: number, x: string, y: string) => {
      let bySentence = partners.get(i);
      if (!bySentence) partners.set(i, (bySentence = new Map()));
      let set = bySentence.get(x);
      if (!set) bySentence.set(x, (set = new Set()));
      set.add(y);
    };
    for (const r of rels) {
      const s = globalId(r.source)?.id;
      const t = globalId(r.target)?.id;
      if (s && t) link(r.sentence, s, t), link(r.sentence, t, s);
    }
    const isCovered = (i: number, a: string, b: string) => {
      const pa = partners.get(i)?.get(a);
      const pb = partners.get(i)?.get(b);
      if (!pa || !pb) return false;
      if (pa.has(b)) return true;
      for (const c of pa) if (pb.has(c)) return true;
      return false;
    };
    sentences.forEach((sent, i) => {
      const actors = new Set<string>();
      for (const m of sent.mentions) {
        if (!NAMING_KINDS.has(m.kind)) continue;
        for (const ref of m.refs) {
          const g = globalId(ref);
          if (g && ACTOR_TYPES.has(g.type)) actors.add(g.id);
        }
      }
      if (actors.size < 2) return;
      const ids = [...actors].sort();
      const from = sent.evidenceStart ?? sent.start;
      for (let x = 0; x < ids.length; x++) {
        for (let y = x + 1; y < ids.length; y++) {
          const id = coMentionId(ids[x]!, ids[y]!);
          if (isCovered(i, ids[x]!, ids[y]!)) continue;
          this.add(id, ids[x]!, ids[y]!, { documentId, text: text.slice(from, sent.end), start: from, end: sent.end });
        }
      }
    });
  }

  private add(id: string, source: string, target: string, evidence: Evidence): void {
    let pair = this.pairs.get(id);
    if (!pair) this.pairs.set(id, (pair = { source, target, count: 0, countByDocument: {}, sentences: new Map() }));
    pair.count++;
    pair.countByDocument[evidence.documentId] = (pair.countByDocument[evidence.documentId] ?? 0) + 1;
    let list = pair.sentences.get(evidence.documentId);
    if (!list) pair.sentences.set(evidence.documentId, (list = []));
    if (list.length < CO_MENTION_EVIDENCE) list.push(evidence);
  }

  /** One record per pair, sorted by id; evidence: each document's first sentence naming both. */
  records(): CoMentionRecord[] {
    return [...this.pairs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, p]) => {
        const evidence = [...p.sentences.values()].flat();
        return { id, source: p.source, target: p.target, count: p.count, documents: [...p.sentences.keys()], countByDocument: p.countByDocument, evidence };
      });
  }
}
