// name: graph-version
// description: Node and relationship counts from the count store (constant time): a fingerprint that changes when an ingest adds or removes anything.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
