// name: write-marker
// description: Marks the database as built by this project (idempotent); start-up writes only into a marked or empty database.
// param: schemaVersion integer — version of cypher/schema the database was brought to
MERGE (m:NewsgraphDatabase {id: 'newsgraph'})
ON CREATE SET m.createdAt = datetime(), m.builtBy = 'newsgraph'
SET m.schemaVersion = $schemaVersion, m.checkedAt = datetime()
