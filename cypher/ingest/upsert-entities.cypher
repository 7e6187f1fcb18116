// name: upsert-entities
// description: Creates or updates entities (rows sorted by id, the lock order), adding their type label and merging aliases with those already known (kept sorted, so the result does not depend on which batch came first); returns their element ids, by which the rest of the batch finds them without another index lookup, and whether this transaction created each (a fact touching an entity created here cannot exist yet: no other transaction can link to it before this one commits). `createdHere` lives only inside the transaction.
// param: entities list — {id, type, name, aliases, properties}
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type, e.createdHere = true
SET e:$(row.type)
SET e += row.properties
WITH e, row, e.createdHere IS NOT NULL AS created, [a IN coalesce(e.aliases, []) + row.aliases WHERE a <> row.name] AS all
REMOVE e.createdHere
WITH e, created, reduce(acc = [], a IN all | CASE WHEN a IN acc THEN acc ELSE [x IN acc WHERE x < a] + a + [x IN acc WHERE x > a] END) AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(text = e.name, a IN aliases | text + ' | ' + a)
RETURN e.id AS id, elementId(e) AS eid, created
