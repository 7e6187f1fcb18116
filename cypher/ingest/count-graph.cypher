// name: count-graph
// description: Counts of documents, entities, facts, co-mentions and evidence, for summaries and tests. Every count comes from Neo4j's count store (constant time, also at start-up on a big graph): facts are all relationships but the bookkeeping ones and the aggregate co-mentions, since in our model only those link entity to entity.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH ()-[f:FROM_DOCUMENT]->() RETURN count(f) AS fromDocument }
CALL () { MATCH ()-[c:CO_MENTIONED]->() RETURN count(c) AS coMentions }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN documents, entities, relationships - mentions - fromDocument - coMentions AS facts, coMentions, evidence, mentions
