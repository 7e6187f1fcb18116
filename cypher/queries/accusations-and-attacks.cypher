// name: accusations-and-attacks
// title: Who accused or attacked whom
// description: Hostile acts between actors — accusations, attacks, invasions, sanctions, blacklistings, criticism, opposition; optionally involving one actor.
// param: actor string "" — only acts by or against this actor (entity id, name or alias); empty = all
// param: limit integer 100 — rows returned
MATCH (a:Entity)-[r:ACCUSED|ATTACKED|INVADED|SANCTIONED|BLACKLISTED|CRITICIZED|OPPOSES]->(b:Entity)
WHERE $actor = '' OR (a.id = $actor OR toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]) OR (b.id = $actor OR toLower(b.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(b.aliases, []) | toLower(al)])
RETURN a AS actor, type(r) AS act, b AS target, r.date AS date,
       coalesce(r.evidenceCount, 0) AS evidence, r AS link
ORDER BY evidence DESC, actor.name, target.name
LIMIT $limit
