// name: documents-mentioning-both
// title: Documents that mention both of two actors
// description: Articles mentioning both actors, newest first, with how often each is mentioned.
// param: actorA string — first actor: entity id, name or alias
// param: actorB string — second actor: entity id, name or alias
// param: limit integer 50 — rows returned
MATCH (a:Entity) WHERE (a.id = $actorA OR toLower(a.name) = toLower($actorA) OR toLower($actorA) IN [al IN coalesce(a.aliases, []) | toLower(al)])
MATCH (b:Entity) WHERE (b.id = $actorB OR toLower(b.name) = toLower($actorB) OR toLower($actorB) IN [al IN coalesce(b.aliases, []) | toLower(al)]) AND b <> a
MATCH (a)<-[ma:MENTIONS]-(d:Document)-[mb:MENTIONS]->(b)
RETURN d.id AS id, d.title AS title, d.publishedAt AS publishedAt, d.source AS source,
       coalesce(ma.count, 1) AS mentionsA, coalesce(mb.count, 1) AS mentionsB
ORDER BY publishedAt DESC, title
LIMIT $limit
