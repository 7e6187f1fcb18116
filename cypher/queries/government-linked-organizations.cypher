// name: government-linked-organizations
// title: Organizations controlled by or tied to a government
// description: Organizations controlled by or part of a country (up to 3 steps), led by one of its officials, or backed or funded by it.
// param: country string — country: entity id, name or alias
MATCH (c:Entity) WHERE (c.id = $country OR toLower(c.name) = toLower($country) OR toLower($country) IN [al IN coalesce(c.aliases, []) | toLower(al)])
CALL {
  WITH c
  MATCH p = (o:Organization)-[rels*1..3]->(c)
  WHERE all(r IN rels WHERE type(r) IN ['CONTROLLED_BY', 'PART_OF'])
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
