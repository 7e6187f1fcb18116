// name: edge-by-fact-id
// description: A fact relationship from its id `source|TYPE|target`, matched through the two unique entity ids.
// param: id string — fact id
// param: source string — source entity id
// param: type string — relationship type
// param: target string — target entity id
MATCH (a:Entity {id: $source})-[r]->(b:Entity {id: $target})
WHERE type(r) = $type AND r.id = $id
RETURN r, a, b
LIMIT 1
