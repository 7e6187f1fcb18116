// name: find-existing-facts
// description: Which of a batch's facts already exist, with their element ids. Asked inside the write transaction, after a changed document's old facts are removed and before anything is written, so it reads the committed graph and stays cheap on hubs.
// param: facts list — {id, s, t, type}; s and t are the element ids of source and target
UNWIND $facts AS f
MATCH (a) WHERE elementId(a) = f.s
MATCH (b) WHERE elementId(b) = f.t
CALL (a, b, f) {
  // Both ends bound before the pattern: Expand(Into) from the end with fewer links of this type.
  MATCH (a)-[r:$(f.type)]->(b)
  WHERE r.id = f.id
  RETURN r
}
RETURN f.id AS id, elementId(r) AS eid
