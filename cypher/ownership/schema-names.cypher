// name: schema-names
// description: Names of user-made constraints and indexes (the built-in token lookup indexes left out).
SHOW INDEXES YIELD name, type
WHERE type <> 'LOOKUP'
RETURN name
