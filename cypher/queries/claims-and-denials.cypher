// name: claims-and-denials
// title: Claims and denials about an actor
// description: Acts involving an actor that someone alleges, denies or says did not happen, and acts the actor itself claims or denies, one row per sentence, with who claims it, the date it gives and whether the act is disputed (the same act both claimed or asserted, and denied or said not to have happened, as the explorer's badge reads it); oldest first.
// param: actor string — entity id, name or alias
// param: limit integer 200 — rows returned
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; acts the actor claims are found
// through the documents that mention it.
CALL () {
  MATCH (x:Entity {id: $actor}) RETURN x
  UNION
  WITH 1 AS named WHERE $actor <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS x
  WITH x WHERE toLower(x.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(x.aliases, []) | toLower(al)]
  RETURN x
}
CALL (x) {
  MATCH (x)-[r]-(:Entity)
  WHERE r.status IN ['alleged', 'denied', 'negated']
  RETURN r
  UNION
  MATCH (x)<-[:MENTIONS]-(:Document)<-[:FROM_DOCUMENT]-(v:Evidence)
  WHERE x.id IN coalesce(v.claimedBy, [])
  WITH DISTINCT v.relId AS relId, split(v.relId, '|') AS parts
  MATCH (:Entity {id: parts[0]})-[r]->(:Entity {id: parts[2]})
  WHERE r.id = relId AND type(r) <> 'CO_MENTIONED'
  RETURN r
}
MATCH (v:Evidence {relId: r.id})-[:FROM_DOCUMENT]->(d:Document)
WITH x, r, v, d, coalesce(v.status, r.status, 'asserted') AS status
WHERE (status IN ['alleged', 'denied', 'negated'] AND x IN [startNode(r), endNode(r)]) OR x.id IN coalesce(v.claimedBy, [])
WITH x, r, v, d, status, startNode(r) AS source, endNode(r) AS target
RETURN source, type(r) AS act, target, status,
       COLLECT { MATCH (c:Entity) WHERE c.id IN coalesce(v.claimedBy, []) RETURN c.name ORDER BY c.name } AS claimedBy,
       x.id IN coalesce(v.claimedBy, []) AS byActor,
       coalesce(v.date, r.date) AS date, v.dateText AS dateText,
       EXISTS {
         MATCH (source)-[o]->(target)
         WHERE o <> r AND type(o) = type(r)
           AND ((coalesce(r.status, 'asserted') IN ['denied', 'negated'] AND coalesce(o.status, 'asserted') IN ['asserted', 'alleged'])
             OR (coalesce(r.status, 'asserted') IN ['asserted', 'alleged'] AND o.status IN ['denied', 'negated']))
       } AS disputed,
       v.text AS sentence, d.title AS document, d.id AS documentId, d.publishedAt AS publishedAt, r AS link
ORDER BY date, publishedAt, act, source.name
LIMIT $limit
