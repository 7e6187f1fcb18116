// name: neighbors-by-ids
// description: One page cut from neighbor-ranking: the neighbours and their linking relationships, looked up by element id (never by walking the centre's relationships, which for a hub are tens of thousands), in the given order.
// param: ids string[] — elementIds of the neighbours, in page order
// param: rels string[][] — for each neighbour, elementIds of the relationships linking it to the centre
UNWIND range(0, size($ids) - 1) AS i
MATCH (m) WHERE elementId(m) = $ids[i]
CALL (i) {
  UNWIND $rels[i] AS rid
  MATCH ()-[r]->() WHERE elementId(r) = rid
  RETURN collect(r) AS rels
}
RETURN m, rels
ORDER BY i
