// name: document
// description: A document by our id or elementId.
// param: id string — document id
CALL {
  MATCH (d:Document {id: $id}) RETURN d
  UNION
  MATCH (d:Document) WHERE elementId(d) = $id RETURN d
}
RETURN d
LIMIT 1
