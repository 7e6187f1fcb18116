// name: documents-mentioning-both
// title: Documents that mention both of two actors
// description: Articles mentioning both actors, newest first, with how often each is mentioned.
// param: actorA string — first actor: entity id, name or alias
// param: actorB string — second actor: entity id, name or alias
// param: limit integer 50 — rows returned
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
MATCH (a)<-[ma:MENTIONS]-(d:Document)-[mb:MENTIONS]->(b)
RETURN d.id AS id, d.title AS title, d.publishedAt AS publishedAt, d.source AS source,
       coalesce(ma.count, 1) AS mentionsA, coalesce(mb.count, 1) AS mentionsB
ORDER BY publishedAt DESC, title
LIMIT $limit
