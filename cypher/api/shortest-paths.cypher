// name: shortest-paths
// description: Up to k shortest paths between two nodes, skipping bookkeeping relationships. {{k}} and {{maxHops}} are whitelisted integers filled by the server (Cypher needs literals there).
// param: from string — elementId of the start node
// param: to string — elementId of the end node
// param: relTypes string[] — relationship types allowed (empty = all)
// param: excluded string[] — relationship types never followed
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = SHORTEST {{k}} (a)-[r WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND NOT type(r) IN $excluded]-{1,{{maxHops}}}(b)
RETURN p
