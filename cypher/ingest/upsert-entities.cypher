// name: upsert-entities
// description: Creates or updates entities, adding their type label and merging aliases with those already known.
// param: entities list — {id, type, name, aliases, properties}
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e:$(row.type)
SET e += row.properties
WITH e, row, [a IN coalesce(e.aliases, []) + row.aliases WHERE a <> row.name] AS all
WITH e, reduce(acc = [], a IN all | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
SET e.aliases = aliases,
    e.aliasText = reduce(text = e.name, a IN aliases | text + ' | ' + a)
