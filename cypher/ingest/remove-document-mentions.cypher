// name: remove-document-mentions
// description: Drops the mentions of documents being replaced, then deletes entities no document mentions any more.
// param: docIds string[] — ids of documents being replaced
UNWIND $docIds AS docId
MATCH (:Document {id: docId})-[m:MENTIONS]->(e:Entity)
DELETE m
WITH DISTINCT e
WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) }
DETACH DELETE e
RETURN count(*) AS deleted
