// name: lock-entities
// description: Takes the write lock of stored entities, in the order given (sorted ids: every writer locks in the same order, so two batches meeting on the same entities wait for each other instead of deadlocking). Whoever holds an entity's lock alone may create, count or delete the facts that touch it, and delete it. Entities not stored yet are locked by the MERGE that creates them (upsert-entities).
// param: ids string[] — entity ids, sorted
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.writeLock = true
REMOVE e.writeLock
