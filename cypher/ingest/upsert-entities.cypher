// name: upsert-entities
// description: Creates or updates entities, adding their type label and merging aliases with those already known; returns their element ids, by which the rest of the batch finds them without another index lookup, and whether each is new (a fact touching a new entity cannot exist yet).
// param: entities list — {id, type, name, aliases, properties}
UNWIND $entities AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old IS NULL AS created
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:$(row.type)
SET e += row.properties
WITH e, row, created, [a IN coalesce(e.aliases, []) + row.aliases WHERE a <> row.name] AS all
WITH e, created, reduce(acc = [], a IN all | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(text = e.name, a IN aliases | text + ' | ' + a)
RETURN e.id AS id, elementId(e) AS eid, created
