// name: search-scan
// description: Fallback search for graphs without our full-text index: a case-insensitive CONTAINS scan over name/title.
// param: q string — text to find
// param: limit integer — results returned
// param: types string[] — labels or entity types to keep (empty = all)
MATCH (n)
WITH n, coalesce(n.name, n.title) AS label
WHERE label IS NOT NULL AND label IS :: STRING AND toLower(label) CONTAINS toLower($q)
  AND (size($types) = 0 OR n.type IN $types OR any(l IN labels(n) WHERE l IN $types))
WITH n, label,
  CASE WHEN toLower(label) = toLower($q) THEN 1.0
       WHEN toLower(label) STARTS WITH toLower($q) THEN 0.75
       ELSE 0.5 END AS score
RETURN n AS node, score
ORDER BY score DESC, size(label), label
LIMIT $limit
