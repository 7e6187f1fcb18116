// name: co-mentioned-actors
// title: Actors mentioned together most often
// description: Pairs of entities mentioned in the same documents, by number of shared documents; optionally only pairs with one actor.
// param: actor string "" — only pairs including this actor (entity id, name or alias); empty = all pairs
// param: minDocuments integer 1 — least number of shared documents
// param: limit integer 25 — rows returned
MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
WHERE a <> b
  AND (($actor = '' AND a.id < b.id) OR ($actor <> '' AND (a.id = $actor OR toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)])))
WITH a, b, count(DISTINCT d) AS documents
WHERE documents >= $minDocuments
RETURN a AS actor, b AS other, documents
ORDER BY documents DESC, actor.name, other.name
LIMIT $limit
