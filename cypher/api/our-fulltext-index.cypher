// name: our-fulltext-index
// description: Our full-text index, only when it is ours: named entity_text AND defined over Entity name and aliasText (a foreign index of that name does not count).
SHOW FULLTEXT INDEXES YIELD name, entityType, labelsOrTypes, properties, state
WHERE name = 'entity_text' AND entityType = 'NODE' AND labelsOrTypes = ['Entity'] AND properties = ['name', 'aliasText']
RETURN state
