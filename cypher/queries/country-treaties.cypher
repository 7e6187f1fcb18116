// name: country-treaties
// title: Treaties and agreements of a country, with counterparts
// description: Treaties and agreements a country signed, is party to, joined or left, with the other actors party to each.
// param: country string — country: entity id, name or alias
// param: limit integer 200 — treaty links returned
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
MATCH (c)-[r:SIGNED|PARTY_TO|JOINED|WITHDREW_FROM]->(t:Treaty)
// Counterparts are gathered only for the treaties returned (a treaty may have 10^3 parties).
WITH c, r, t ORDER BY t.name LIMIT $limit
OPTIONAL MATCH (other:Entity)-[r2:SIGNED|PARTY_TO|JOINED]->(t) WHERE other <> c
RETURN t AS treaty, type(r) AS relation, collect(DISTINCT other.name) AS counterparts,
       r AS link, collect(DISTINCT r2) AS counterpartLinks
ORDER BY treaty.name
