// name: count-graph
// description: Counts of documents, entities, facts and evidence, for summaries and tests.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN documents, entities, facts, evidence, mentions
