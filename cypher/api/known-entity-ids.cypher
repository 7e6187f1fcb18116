// name: known-entity-ids
// description: Which of the given entity ids are already stored (to report what a new document added).
// param: ids string[] — entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN collect(e.id) AS ids
