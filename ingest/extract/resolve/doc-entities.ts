/**
 * The entity table of one document: candidate entities keyed by (type, name), with aliases and
 * mention counts. Resolution (resolve.ts) fills it; relation patterns refer to it by index.
 */
import type { EntityType, RelationType } from '../../../core/index.ts';

/** An entity as one document knows it. */
export interface LocalEntity {
  type: EntityType;
  name: string;
  aliases: Set<string>;
  mentions: number;
  properties: Record<string, string | number | boolean>;
  /** Not typed by any cue: kept only if a relation pattern uses it. */
  tentative: boolean;
  /** A state the document names only by demonyms ("Russian flags"): an entity of it only in a fact. */
  onlyDemonyms?: boolean;
  /** For places: the country they lie in or stand for (capitals, seats). */
  country?: string;
  /** For people: a state's office a title gave them with no state written ("President X"), and its first sentence. */
  bareOffice?: { rel: RelationType; sentence: number; title: string };
  /** Position of the first mention in the document's mention order (-1 before counting). */
  first: number;
  /** Sentences that mention it (a title and its holder's name in one sentence count once). */
  sentences: number;
  /** For people: the person they are named as serving ("an aide to Y"), and the sentence that says so. */
  aideOf?: { principal: number; sentence: number };
}

/** Entity table of a document. */
export class DocEntities {
  readonly list: LocalEntity[] = [];
  private readonly byKey = new Map<string, number>();

  /** Index of the entity (type, name), created if missing. */
  get(type: EntityType, name: string, tentative = false): number {
    const key = `${type}|${name.toLowerCase()}`;
    let idx = this.byKey.get(key);
    if (idx === undefined) {
      idx = this.list.length;
      // Every field present from the start: one hidden class for all entities (see makeMention).
      this.list.push({ type, name, aliases: new Set(), mentions: 0, first: -1, sentences: 0, properties: {}, tentative, onlyDemonyms: undefined, country: undefined });
      this.byKey.set(key, idx);
    } else if (!tentative) {
      this.list[idx]!.tentative = false;
    }
    return idx;
  }

  /** Looks up without creating. */
  find(type: EntityType, name: string): number | undefined {
    return this.byKey.get(`${type}|${name.toLowerCase()}`);
  }

  /** Records a surface form for an entity. */
  alias(idx: number, surface: string): void {
    const e = this.list[idx]!;
    const s = surface.replace(/\s+/g, ' ').trim();
    if (s && s !== e.name) e.aliases.add(s);
  }
}
