// name: meetings-and-talks
// title: Meetings, talks and cooperation
// description: Who met, negotiated, cooperates with or thanked whom; optionally involving one actor.
// param: actor string "" — only links of this actor (entity id, name or alias); empty = all
// param: limit integer 100 — rows returned
// The actor is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates, then only its own links are expanded; an empty actor scans every fact.
CALL () {
  WITH 1 AS everything WHERE $actor = ''
  MATCH (a:Entity)-[r:MET_WITH|NEGOTIATED_WITH|COOPERATES_WITH|THANKED]->(b:Entity)
  RETURN a, r, b
  UNION
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    WITH 1 AS named WHERE $actor <> ''
    CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS x
    WITH x WHERE toLower(x.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(x.aliases, []) | toLower(al)]
    RETURN x
  }
  MATCH (x)-[r:MET_WITH|NEGOTIATED_WITH|COOPERATES_WITH|THANKED]-(:Entity)
  RETURN startNode(r) AS a, r, endNode(r) AS b
}
RETURN a AS actor, type(r) AS relation, b AS counterpart,
       coalesce(r.evidenceCount, 0) AS evidence, r AS link, r.cameo AS cameo, r.quadClass AS quadClass
ORDER BY evidence DESC, actor.name, counterpart.name
LIMIT $limit
