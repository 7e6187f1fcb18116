// name: shared-entities-between-documents
// title: Entities two documents share
// description: Entities mentioned by both documents, with how often each document mentions them.
// param: documentA string — first document: id, or else exact title
// param: documentB string — second document: id, or else exact title
// A document is found by id (unique index); titles (not indexed) are read only when no id matches.
CALL () {
  MATCH (d1:Document {id: $documentA}) RETURN d1
  UNION
  WITH 1 AS byTitle WHERE NOT EXISTS { MATCH (:Document {id: $documentA}) }
  MATCH (d1:Document) WHERE d1.title = $documentA
  RETURN d1
}
CALL () {
  MATCH (d2:Document {id: $documentB}) RETURN d2
  UNION
  WITH 1 AS byTitle WHERE NOT EXISTS { MATCH (:Document {id: $documentB}) }
  MATCH (d2:Document) WHERE d2.title = $documentB
  RETURN d2
}
WITH d1, d2 WHERE d2 <> d1
MATCH (d1)-[m1:MENTIONS]->(e:Entity)<-[m2:MENTIONS]-(d2)
RETURN e AS entity, e.type AS type, coalesce(m1.count, 1) AS mentionsInA, coalesce(m2.count, 1) AS mentionsInB
ORDER BY mentionsInA + mentionsInB DESC, entity.name
