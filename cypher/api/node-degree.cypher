// name: node-degree
// description: Degree of a node per relationship type and direction.
// param: eid string — elementId of the node
MATCH (n) WHERE elementId(n) = $eid
CALL {
  WITH n
  MATCH (n)-[r]->()
  RETURN type(r) AS type, 'out' AS direction, count(*) AS count
  UNION ALL
  WITH n
  MATCH (n)<-[r]-()
  RETURN type(r) AS type, 'in' AS direction, count(*) AS count
}
RETURN type, direction, count
ORDER BY count DESC, type, direction
