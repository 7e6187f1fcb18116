// name: schema-relationship-types
// description: Relationship types with their counts.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY count DESC, type
