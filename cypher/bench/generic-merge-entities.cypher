// name: generic-merge-entities
// description: The generic loader's entities (benchmark baseline only): MERGE on the constrained id, type label, properties.
// param: rows list — {id, type, properties}; properties hold name, type, aliases and aliasText
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.type)
SET e += row.properties
