// name: document-entities
// description: Entities a document mentions, most mentioned first.
// param: eid string — elementId of the document
MATCH (d:Document) WHERE elementId(d) = $eid
MATCH (d)-[m:MENTIONS]->(e)
RETURN e, coalesce(m.count, 1) AS count
ORDER BY count DESC, e.name
