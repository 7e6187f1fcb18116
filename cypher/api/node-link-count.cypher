// name: node-link-count
// description: Number of relationships of a node, all types and directions (read from the degree store for dense nodes).
// param: eid string — elementId of the node
MATCH (n) WHERE elementId(n) = $eid
RETURN COUNT { (n)--() } AS degree
