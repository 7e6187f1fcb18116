/**
 * The prompt for the optional LLM extractor: the graph model (entity and relation types from core),
 * the JSON shape expected back, and the rules that keep answers checkable (evidence quoted verbatim).
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../../core/index.ts';

/** Chat messages asking for the entities and relations of one document as JSON. */
export function buildMessages(title: string, text: string): { role: 'system' | 'user'; content: string }[] {
  const relationList = Object.entries(RELATION_TYPES).map(([k, v]) => `- ${k}: ${v}`).join('\n');
  const system = `You extract a knowledge graph from one news article. Answer with one JSON object only:
{"entities":[{"name":"canonical name","type":"${ENTITY_TYPES.join('|')}","aliases":["other names used in the text"]}],
 "relations":[{"source":"entity name","type":"RELATION_TYPE","target":"entity name","evidence":"the exact sentence from the article that states it","properties":{"amount":"…","date":"…","role":"…"}}]}
Rules:
- Countries by official short name ("United States", alias "US"); people by full name without titles; a capital or seat of government acting for its country ("Moscow said", "the Kremlin") is that country.
- Treaties and agreements, named or described ("the 2015 deal"), are Treaty; talks, summits, wars, elections are Event.
- Relation types (direction is subject to object as the sentence states it):
${relationList}
- Only relations the article states. The evidence is copied character for character from the article and names both ends.
- Every relation's source and target must be names from "entities". Properties are optional strings.`;
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Title: ${title}\n\n${text}` },
  ];
}
