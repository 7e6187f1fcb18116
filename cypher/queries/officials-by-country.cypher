// name: officials-by-country
// title: Officials and their roles by country
// description: People holding an office (president, minister, spokesperson, head…) in a country or in a body belonging to it; optionally for one country.
// param: country string "" — only this country (entity id, name or alias); empty = all
// param: limit integer 200 — rows returned
// The country is found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; its offices and those of bodies belonging to it are expanded from it. Only an
// empty country reads every office.
CALL () {
  WITH 1 AS everything WHERE $country = ''
  MATCH (p:Person)-[r:PRESIDENT_OF|PRIME_MINISTER_OF|LEADER_OF|MINISTER_OF|SPOKESPERSON_OF|HEAD_OF|OFFICIAL_OF]->(body:Entity)
  OPTIONAL MATCH (body)-[:PART_OF|CONTROLLED_BY|LOCATED_IN]->(owner:Country)
  RETURN p, r, body, CASE WHEN body:Country THEN body ELSE owner END AS country
  UNION ALL
  CALL () {
    MATCH (country:Entity {id: $country}) RETURN country
    UNION
    WITH 1 AS named WHERE $country <> ''
    CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($country, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS country
    WITH country WHERE toLower(country.name) = toLower($country) OR toLower($country) IN [al IN coalesce(country.aliases, []) | toLower(al)]
    RETURN country
  }
  WITH country WHERE country:Country
  CALL (country) {
    // As in the scan above, an office of a country counts once per country it belongs to (at least once).
    OPTIONAL MATCH (country)-[:PART_OF|CONTROLLED_BY|LOCATED_IN]->(owner:Country)
    WITH country, count(owner) AS owners
    UNWIND range(1, CASE WHEN owners = 0 THEN 1 ELSE owners END) AS copy
    MATCH (p:Person)-[r:PRESIDENT_OF|PRIME_MINISTER_OF|LEADER_OF|MINISTER_OF|SPOKESPERSON_OF|HEAD_OF|OFFICIAL_OF]->(country)
    RETURN p, r, country AS body
    UNION ALL
    MATCH (body:Entity)-[:PART_OF|CONTROLLED_BY|LOCATED_IN]->(country)
    WHERE NOT body:Country
    MATCH (p:Person)-[r:PRESIDENT_OF|PRIME_MINISTER_OF|LEADER_OF|MINISTER_OF|SPOKESPERSON_OF|HEAD_OF|OFFICIAL_OF]->(body)
    RETURN p, r, body
  }
  RETURN p, r, body, country
}
RETURN country.name AS country, p AS official, type(r) AS relation,
       coalesce(r.role, r.title, p.title) AS role, body, r AS link
ORDER BY country, official.name, relation
LIMIT $limit
