// name: links-between-actors
// title: Everything linking two actors
// description: Direct facts between two actors and indirect links through one intermediary (paths of 1-2 facts, bookkeeping relationships and co-mentions skipped), shortest first, with how each fact is told (asserted, alleged, denied, negated, planned).
// param: actorA string — first actor: entity id, name or alias
// param: actorB string — second actor: entity id, name or alias
// param: limit integer 50 — paths returned
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; nothing scans every entity.
CALL () {
  MATCH (a:Entity {id: $actorA}) RETURN a
  UNION
  WITH 1 AS named WHERE $actorA <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actorA, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
  WITH a WHERE toLower(a.name) = toLower($actorA) OR toLower($actorA) IN [al IN coalesce(a.aliases, []) | toLower(al)]
  RETURN a
}
CALL () {
  MATCH (b:Entity {id: $actorB}) RETURN b
  UNION
  WITH 1 AS named WHERE $actorB <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actorB, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS b
  WITH b WHERE toLower(b.name) = toLower($actorB) OR toLower($actorB) IN [al IN coalesce(b.aliases, []) | toLower(al)]
  RETURN b
}
WITH b, a WHERE b <> a
// Two-fact paths are joined on the intermediary, so each end is expanded once (hubs have 10^5 links).
CALL (a, b) {
  MATCH p = (a)-[r]-(b)
  WHERE NOT type(r) IN ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED']
  RETURN p
  UNION ALL
  MATCH p = (a)-[r1]-(m)-[r2]-(b)
  USING JOIN ON m
  WHERE r1 <> r2 AND NOT type(r1) IN ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED'] AND NOT type(r2) IN ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED']
  RETURN p
}
RETURN p AS path, length(p) AS hops,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | coalesce(r.status, 'asserted')] AS statuses,
       [n IN nodes(p)[1..-1] | n.name] AS via
ORDER BY hops, relations
LIMIT $limit
