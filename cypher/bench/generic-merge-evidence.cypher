// name: generic-merge-evidence
// description: The generic loader's evidence nodes (benchmark baseline only): MERGE on the constrained id, SET the rest.
// param: rows list — {id, properties}; properties.start and .end are stored as integers (code points)
UNWIND $rows AS row
MERGE (v:Evidence {id: row.id})
SET v += row.properties, v.start = toInteger(row.properties.start), v.end = toInteger(row.properties.end)
