// name: find-document-entities
// description: Ids of the entities that stored documents mention (every end of their facts among them), which removing those documents may change or delete: they are locked before anything is removed.
// param: docIds string[] — ids of documents being replaced or removed
UNWIND $docIds AS docId
MATCH (:Document {id: docId})-[:MENTIONS]->(e:Entity)
RETURN DISTINCT e.id AS id
