// name: co-mentioned-actors
// title: Actors mentioned together most often
// description: Pairs of entities mentioned in the same documents, by number of shared documents; optionally only pairs with one actor.
// param: actor string "" — only pairs including this actor (entity id, name or alias); empty = all pairs
// param: minDocuments integer 1 — least number of shared documents
// param: limit integer 25 — rows returned
// The actor is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; only an empty actor pairs every entity.
CALL () {
  WITH 1 AS everything WHERE $actor = ''
  MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
  WHERE a.id < b.id
  RETURN a, b, d
  UNION ALL
  CALL () {
    MATCH (a:Entity {id: $actor}) RETURN a
    UNION
    WITH 1 AS named WHERE $actor <> ''
    CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
    WITH a WHERE toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]
    RETURN a
  }
  MATCH (a)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
  WHERE a <> b
  RETURN a, b, d
}
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $minDocuments
RETURN a AS actor, b AS other, documents
ORDER BY documents DESC, actor.name, other.name
LIMIT $limit
