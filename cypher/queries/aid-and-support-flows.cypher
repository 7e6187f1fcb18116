// name: aid-and-support-flows
// title: Aid and support flows
// description: Who gives aid, supplies or support to whom, with amounts where the text gives them; optionally only flows involving one actor.
// param: actor string "" — only flows from or to this actor (entity id, name or alias); empty = all
// param: limit integer 100 — rows returned
// The actor is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates, then only its own links are expanded; an empty actor scans every fact.
CALL () {
  WITH 1 AS everything WHERE $actor = ''
  MATCH (a:Entity)-[r:PROVIDED_AID_TO|SUPPLIED|SUPPORTED]->(b:Entity)
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
  MATCH (x)-[r:PROVIDED_AID_TO|SUPPLIED|SUPPORTED]-(:Entity)
  RETURN startNode(r) AS a, r, endNode(r) AS b
}
RETURN a AS giver, type(r) AS flow, r.amount AS amount, b AS recipient,
       coalesce(r.evidenceCount, 0) AS evidence, r AS link, r.cameo AS cameo, r.quadClass AS quadClass
ORDER BY evidence DESC, giver.name, recipient.name
LIMIT $limit
