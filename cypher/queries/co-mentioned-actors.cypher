// name: co-mentioned-actors
// title: Actors named together with no fact between them
// description: Pairs of actors (people, countries, organizations) named in the same sentence where the sentence gives no fact between them (the CO_MENTIONED links), by number of such sentences, with the number of documents and a few of the sentences; optionally only pairs with one actor.
// param: actor string "" — only pairs including this actor (entity id, name or alias); empty = all pairs
// param: minDocuments integer 1 — least number of documents naming the pair together
// param: limit integer 25 — rows returned
// The actor is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates, then only its own links are expanded; only an empty actor reads every pair.
CALL () {
  WITH 1 AS everything WHERE $actor = ''
  MATCH (a:Entity)-[c:CO_MENTIONED]->(b:Entity)
  RETURN a, c, b
  UNION ALL
  CALL () {
    MATCH (a:Entity {id: $actor}) RETURN a
    UNION
    WITH 1 AS named WHERE $actor <> ''
    CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
    WITH a WHERE toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]
    RETURN a
  }
  MATCH (a)-[c:CO_MENTIONED]-(b:Entity)
  RETURN a, c, b
}
WITH a, c, b, size(coalesce(c.documentIds, [])) AS documents
WHERE documents >= $minDocuments
RETURN a AS actor, b AS other, coalesce(c.count, 0) AS sentences, documents,
       COLLECT { MATCH (v:Evidence {relId: c.id}) RETURN v.text ORDER BY v.documentId, v.start LIMIT 3 } AS examples,
       c AS link
ORDER BY sentences DESC, documents DESC, actor.name, other.name
LIMIT $limit
