// name: find-document-entities
// description: Ids of the entities that stored documents mention, and of the ends of the facts and co-mentions their evidence supports (mentioned too, as a rule, but a co-mention share is planned against the whole batch's entities), which removing those documents may change or delete: they are locked before anything is removed.
// param: docIds string[] — ids of documents being replaced or removed
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
CALL (d) {
  MATCH (d)-[:MENTIONS]->(e:Entity)
  RETURN e.id AS id
  UNION
  MATCH (d)<-[:FROM_DOCUMENT]-(v:Evidence)
  WITH DISTINCT split(v.relId, '|') AS parts
  UNWIND [parts[0], parts[2]] AS id
  RETURN id
}
RETURN DISTINCT id
