// name: government-linked-organizations
// title: Organizations controlled by or tied to a government
// description: Organizations controlled by or part of a country (up to 3 steps), led by one of its officials, or backed or funded by it.
// param: country string — country: entity id, name or alias
// param: limit integer 200 — rows returned
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; nothing scans every entity.
CALL () {
  MATCH (c:Entity {id: $country}) RETURN c
  UNION
  WITH 1 AS named WHERE $country <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($country, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS c
  WITH c WHERE toLower(c.name) = toLower($country) OR toLower($country) IN [al IN coalesce(c.aliases, []) | toLower(al)]
  RETURN c
}
CALL {
  WITH c
  MATCH p = (o:Organization)-[rels:CONTROLLED_BY|PART_OF*1..3]->(c)
  RETURN o, p, 'controlled by or part of' AS tie
  UNION
  WITH c
  MATCH p = (o:Organization)<-[:HEAD_OF|OFFICIAL_OF|SPOKESPERSON_OF]-(:Person)-[:PRESIDENT_OF|PRIME_MINISTER_OF|LEADER_OF|MINISTER_OF|OFFICIAL_OF]->(c)
  RETURN o, p, 'led by a state official' AS tie
  UNION
  WITH c
  MATCH p = (c)-[:SUPPORTED|PROVIDED_AID_TO|SUPPLIED]->(o:Organization)
  RETURN o, p, 'backed or funded by' AS tie
}
RETURN o AS organization, tie, p AS path
ORDER BY organization.name, tie
LIMIT $limit
