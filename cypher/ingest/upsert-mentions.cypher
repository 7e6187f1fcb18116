// name: upsert-mentions
// description: Links documents to the entities they mention, grouped by document (one lookup each). Only new documents and new versions (whose old mentions were removed) come here, so CREATE is safe and spares a MERGE's lookup.
// param: docs list — {d, e, c}: d is the document's element id, e the element ids of the entities it mentions, c how often each
UNWIND $docs AS doc
MATCH (d) WHERE elementId(d) = doc.d
UNWIND range(0, size(doc.e) - 1) AS i
MATCH (e) WHERE elementId(e) = doc.e[i]
CREATE (d)-[:MENTIONS {count: doc.c[i]}]->(e)
