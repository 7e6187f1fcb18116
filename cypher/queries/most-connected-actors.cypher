// name: most-connected-actors
// title: Most connected actors
// description: Entities with the most distinct fact partners (bookkeeping relationships and co-mentions skipped), with their fact and document counts; optionally of one type.
// param: type string "" — only this entity type (Person, Country, Organization…); empty = all
// param: limit integer 20 — rows returned
MATCH (a:Entity)
WHERE $type = '' OR a.type = $type
CALL {
  WITH a
  MATCH (a)-[r]-(b:Entity)
  WHERE NOT type(r) IN ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED']
  RETURN count(DISTINCT b) AS partners, count(r) AS facts
}
WITH a, partners, facts
WHERE facts > 0
RETURN a AS actor, a.type AS type, partners, facts, COUNT { (a)<-[:MENTIONS]-(:Document) } AS documents
ORDER BY partners DESC, facts DESC, actor.name
LIMIT $limit
