// name: find-existing-facts
// description: Which of a batch's facts already exist. Asked inside the write transaction, after a changed document's old facts are removed and before anything is written, so it reads the committed graph and stays cheap on hubs.
// param: facts list — {id, source, target, type}
UNWIND $facts AS f
MATCH (a:Entity {id: f.source})-[r:$(f.type)]->(b:Entity {id: f.target})
WHERE r.id = f.id
RETURN collect(f.id) AS ids
