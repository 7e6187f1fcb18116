// name: create-facts
// description: Creates the facts of a batch that do not exist yet (find-existing-facts said so). CREATE, not MERGE: a MERGE between two hubs rescans every relationship the transaction has added to them, which made first loads quadratic.
// param: facts list — {id, s, t, type, properties, confidence, cameo, quadClass, documentIds, evidenceCount}; s and t are the element ids of source and target; cameo and quadClass are null for states (no property then)
UNWIND $facts AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties,
    r.id = row.id,
    r.confidence = row.confidence,
    r.cameo = row.cameo,
    r.quadClass = row.quadClass,
    r.documentIds = row.documentIds,
    r.evidenceCount = row.evidenceCount
