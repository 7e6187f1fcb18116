// name: schema-counts
// description: Labels and relationship types with counts from Neo4j's count store (constant time, no scan). The server falls back to schema-labels/schema-relationship-types where this procedure is not allowed.
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
RETURN [x IN data.nodes WHERE x.label IS NOT NULL AND x.count > 0 | {label: x.label, count: x.count}] AS labels,
       [x IN data.relationships
          WHERE x.relationshipType IS NOT NULL AND x.startLabel IS NULL AND x.endLabel IS NULL AND x.count > 0
          | {type: x.relationshipType, count: x.count}] AS relationshipTypes
