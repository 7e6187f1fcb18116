// name: shortest-paths
// description: Up to k shortest paths between two nodes that cross no hub (a node with more than $maxDegree relationships; the two ends may be hubs), skipping bookkeeping relationships. Crossing a hub would expand all its relationships; paths through one hub come from hub-routes. {{k}} and {{maxHops}} are whitelisted integers filled by the server (Cypher needs literals there).
// param: from string — elementId of the start node
// param: to string — elementId of the end node
// param: relTypes string[] — relationship types allowed (empty = all)
// param: excluded string[] — relationship types never followed
// param: hiddenStatuses string[] — fact statuses left out (a relationship without a status counts as asserted)
// param: maxDegree integer — nodes with more relationships than this are not crossed
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST {{k}} (a)(()-[r WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND NOT type(r) IN $excluded AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses]-(x WHERE x = b OR COUNT { (x)--() } <= $maxDegree)){1,{{maxHops}}}(b)
RETURN p
