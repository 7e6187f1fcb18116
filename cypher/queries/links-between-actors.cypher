// name: links-between-actors
// title: Everything linking two actors
// description: Direct facts between two actors and indirect links through one intermediary (paths of 1-2 facts, bookkeeping relationships skipped), shortest first.
// param: actorA string — first actor: entity id, name or alias
// param: actorB string — second actor: entity id, name or alias
// param: limit integer 50 — paths returned
MATCH (a:Entity) WHERE (a.id = $actorA OR toLower(a.name) = toLower($actorA) OR toLower($actorA) IN [al IN coalesce(a.aliases, []) | toLower(al)])
MATCH (b:Entity) WHERE (b.id = $actorB OR toLower(b.name) = toLower($actorB) OR toLower($actorB) IN [al IN coalesce(b.aliases, []) | toLower(al)]) AND b <> a
MATCH p = (a)-[rels*1..2]-(b)
WHERE none(r IN rels WHERE type(r) IN ['MENTIONS', 'FROM_DOCUMENT'])
RETURN p AS path, length(p) AS hops,
       [r IN relationships(p) | type(r)] AS relations,
       [n IN nodes(p)[1..-1] | n.name] AS via
ORDER BY hops, relations
LIMIT $limit
