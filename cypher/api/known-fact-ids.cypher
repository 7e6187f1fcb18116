// name: known-fact-ids
// description: Which of the given facts are already stored (to report what a new document added).
// param: facts list — {id, source, target, type}: fact id, source and target entity ids, relationship type
UNWIND $facts AS f
MATCH (a:Entity {id: f.source})
MATCH (b:Entity {id: f.target})
CALL (a, b, f) {
  MATCH (a)-[r:$(f.type)]->(b)
  WHERE r.id = f.id
  RETURN r
}
RETURN collect(r.id) AS ids
