// name: shortest-paths-legacy
// description: Fallback for servers before Neo4j 5.21 (no SHORTEST k): all shortest paths that cross no hub, first k. {{maxHops}} is a whitelisted integer filled by the server.
// param: from string — elementId of the start node
// param: to string — elementId of the end node
// param: relTypes string[] — relationship types allowed (empty = all)
// param: excluded string[] — relationship types never followed
// param: hiddenStatuses string[] — fact statuses left out (a relationship without a status counts as asserted)
// param: maxDegree integer — nodes with more relationships than this are not crossed
// param: k integer — paths returned
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = allShortestPaths((a)-[*..{{maxHops}}]-(b))
WHERE all(r IN relationships(p) WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND NOT type(r) IN $excluded AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses)
  AND all(x IN nodes(p)[1..-1] WHERE COUNT { (x)--() } <= $maxDegree)
RETURN p
LIMIT $k
