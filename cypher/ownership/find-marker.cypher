// name: find-marker
// description: The marker node this project writes into a database it builds (at most one).
MATCH (m:NewsgraphDatabase {id: 'newsgraph'})
RETURN m.schemaVersion AS schemaVersion, toString(m.createdAt) AS createdAt
LIMIT 1
