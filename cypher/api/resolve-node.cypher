// name: resolve-node
// description: Finds a node by API id: our `id` on Entity/Document/Evidence (unique-indexed), else its elementId.
// param: id string — API id
CALL {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Document {id: $id}) RETURN n
  UNION
  MATCH (n:Evidence {id: $id}) RETURN n
  UNION
  MATCH (n) WHERE elementId(n) = $id RETURN n
}
RETURN n
LIMIT 1
