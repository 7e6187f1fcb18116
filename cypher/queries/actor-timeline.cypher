// name: actor-timeline
// title: Timeline of an actor
// description: Every fact involving an actor, dated by the fact's own date or else its article's publication date, with the supporting sentence, oldest first.
// param: actor string — entity id, name or alias
// param: limit integer 200 — rows returned
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; nothing scans every entity.
CALL () {
  MATCH (a:Entity {id: $actor}) RETURN a
  UNION
  WITH 1 AS named WHERE $actor <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
  WITH a WHERE toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]
  RETURN a
}
MATCH (a)-[r]-(other:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'FROM_DOCUMENT']
MATCH (v:Evidence {relId: r.id})-[:FROM_DOCUMENT]->(d:Document)
RETURN coalesce(r.date, d.publishedAt) AS date, type(r) AS relation,
       CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction,
       other, v.text AS sentence, d.title AS document, d.id AS documentId, r AS link,
       r.cameo AS cameo, r.quadClass AS quadClass
ORDER BY date, relation, other.name
LIMIT $limit
