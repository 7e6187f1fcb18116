// name: meetings-and-talks
// title: Meetings, talks and cooperation
// description: Who met, negotiated, cooperates with or thanked whom; optionally involving one actor.
// param: actor string "" — only links of this actor (entity id, name or alias); empty = all
// param: limit integer 100 — rows returned
MATCH (a:Entity)-[r:MET_WITH|NEGOTIATED_WITH|COOPERATES_WITH|THANKED]->(b:Entity)
WHERE $actor = '' OR (a.id = $actor OR toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]) OR (b.id = $actor OR toLower(b.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(b.aliases, []) | toLower(al)])
RETURN a AS actor, type(r) AS relation, b AS counterpart,
       coalesce(r.evidenceCount, 0) AS evidence, r AS link
ORDER BY evidence DESC, actor.name, counterpart.name
LIMIT $limit
