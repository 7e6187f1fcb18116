// name: memberships-and-alliances
// title: Memberships and alliances
// description: Memberships of organizations and blocs, joinings and withdrawals; optionally for one actor or one organization.
// param: actor string "" — only this member or organization (entity id, name or alias); empty = all
// param: limit integer 200 — rows returned
// The actor is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates, then only its own links are expanded; an empty actor scans every fact.
CALL () {
  WITH 1 AS everything WHERE $actor = ''
  MATCH (a:Entity)-[r:MEMBER_OF|JOINED|WITHDREW_FROM]->(o:Entity)
  RETURN a, r, o
  UNION
  CALL () {
    MATCH (x:Entity {id: $actor}) RETURN x
    UNION
    WITH 1 AS named WHERE $actor <> ''
    CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS x
    WITH x WHERE toLower(x.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(x.aliases, []) | toLower(al)]
    RETURN x
  }
  MATCH (x)-[r:MEMBER_OF|JOINED|WITHDREW_FROM]-(:Entity)
  RETURN startNode(r) AS a, r, endNode(r) AS o
}
RETURN a AS member, type(r) AS relation, o AS organization, r.date AS date, r AS link, r.cameo AS cameo, r.quadClass AS quadClass
ORDER BY organization.name, member.name
LIMIT $limit
