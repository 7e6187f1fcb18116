// name: path-ends-ordinary
// description: Whether both ends of a path search are ordinary nodes (at most $maxDegree relationships), so that paths through one hub may be joined from their routes.
// param: from string — elementId of the start node
// param: to string — elementId of the end node
// param: maxDegree integer — nodes with more relationships than this are hubs
MATCH (n) WHERE elementId(n) IN [$from, $to]
WITH count(n) AS found, max(COUNT { (n)--() }) AS degree
RETURN found = 2 AND degree <= $maxDegree AS ok
