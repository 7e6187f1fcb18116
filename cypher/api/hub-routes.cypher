// name: hub-routes
// description: Short routes from a node to the hubs near it (nodes with more than $maxDegree relationships), through at most one ordinary node: the server joins the routes of both ends at a shared hub into paths that cross exactly one hub, without ever expanding the hub itself.
// param: from string — elementId of the end node the routes start from
// param: relTypes string[] — relationship types allowed (empty = all)
// param: excluded string[] — relationship types never followed
// param: hiddenStatuses string[] — fact statuses left out (a relationship without a status counts as asserted)
// param: maxDegree integer — nodes with more relationships than this are hubs
// param: limit integer — routes returned at most
MATCH (a) WHERE elementId(a) = $from
MATCH p = (a)(()-[r WHERE (size($relTypes) = 0 OR type(r) IN $relTypes) AND NOT type(r) IN $excluded AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses]-(x WHERE COUNT { (x)--() } <= $maxDegree)){0,1}()-[rh WHERE (size($relTypes) = 0 OR type(rh) IN $relTypes) AND NOT type(rh) IN $excluded AND NOT coalesce(rh.status, 'asserted') IN $hiddenStatuses]-(h WHERE COUNT { (h)--() } > $maxDegree)
RETURN p
ORDER BY length(p)
LIMIT $limit
