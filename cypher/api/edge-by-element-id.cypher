// name: edge-by-element-id
// description: Any relationship by elementId (graphs not built by our ingest).
// param: id string — elementId
MATCH (a)-[r]->(b) WHERE elementId(r) = $id
RETURN r, a, b
LIMIT 1
