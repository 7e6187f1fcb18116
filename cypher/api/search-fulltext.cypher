// name: search-fulltext
// description: Entities by the full-text index over names and aliases (the query is an escaped Lucene string).
// param: lucene string — escaped Lucene query
// param: fetch integer — candidates read from the index before the type filter
// param: limit integer — results returned
// param: types string[] — entity types to keep (empty = all)
CALL db.index.fulltext.queryNodes('entity_text', $lucene, {limit: $fetch}) YIELD node, score
WITH node, score
WHERE size($types) = 0 OR node.type IN $types OR any(l IN labels(node) WHERE l IN $types)
RETURN node, score
ORDER BY score DESC
LIMIT $limit
