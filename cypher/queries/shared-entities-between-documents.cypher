// name: shared-entities-between-documents
// title: Entities two documents share
// description: Entities mentioned by both documents, with how often each document mentions them.
// param: documentA string — first document: id or exact title
// param: documentB string — second document: id or exact title
MATCH (d1:Document) WHERE d1.id = $documentA OR d1.title = $documentA
MATCH (d2:Document) WHERE (d2.id = $documentB OR d2.title = $documentB) AND d2 <> d1
MATCH (d1)-[m1:MENTIONS]->(e:Entity)<-[m2:MENTIONS]-(d2)
RETURN e AS entity, e.type AS type, coalesce(m1.count, 1) AS mentionsInA, coalesce(m2.count, 1) AS mentionsInB
ORDER BY mentionsInA + mentionsInB DESC, entity.name
