// name: subgraph
// description: The subgraph induced by a list of API ids: the nodes that exist and every relationship among them, bookkeeping types excluded.
// param: ids string[] — API ids: our `id` on Entity/Document/Evidence, else elementId
// param: excluded string[] — relationship types left out (MENTIONS, FROM_DOCUMENT, and CO_MENTIONED unless asked)
// param: hiddenStatuses string[] — fact statuses left out (a relationship without a status counts as asserted)
UNWIND $ids AS id
CALL {
  WITH id MATCH (n:Entity {id: id}) RETURN n
  UNION
  WITH id MATCH (n:Document {id: id}) RETURN n
  UNION
  WITH id MATCH (n:Evidence {id: id}) RETURN n
  UNION
  WITH id MATCH (n) WHERE elementId(n) = id RETURN n
}
WITH collect(DISTINCT n) AS nodes
CALL {
  WITH nodes
  UNWIND nodes AS a
  MATCH (a)-[r]->(b)
  WHERE NOT type(r) IN $excluded AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses AND b IN nodes
  RETURN collect(r) AS rels
}
RETURN nodes, rels
