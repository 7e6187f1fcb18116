// name: create-facts
// description: Creates the facts of a batch that do not exist yet (find-existing-facts said so). CREATE, not MERGE: a MERGE between two hubs rescans every relationship the transaction has added to them, which made first loads quadratic. Each fact is a list of values and its ends positions in one list of element ids, so a batch sends each key and each end's id once.
// param: eids string[] — element ids of the facts' ends
// param: facts list — [id, s, t, type, properties, confidence, cameo, quadClass, documentIds, evidenceCount]; s and t are positions in eids of source and target; cameo and quadClass are null for states (no property then)
UNWIND $facts AS f
MATCH (a) WHERE elementId(a) = $eids[toInteger(f[1])]
MATCH (b) WHERE elementId(b) = $eids[toInteger(f[2])]
CREATE (a)-[r:$(f[3])]->(b)
SET r = f[4],
    r.id = f[0],
    r.confidence = f[5],
    r.cameo = f[6],
    r.quadClass = f[7],
    r.documentIds = f[8],
    r.evidenceCount = f[9]
