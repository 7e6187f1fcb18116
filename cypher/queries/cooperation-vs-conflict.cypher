// name: cooperation-vs-conflict
// title: Cooperation vs conflict between two countries over time
// description: Events between two actors (either direction) counted per month and QuadClass (verbal or material, cooperation or conflict): sentences telling them and distinct facts, with the types seen. A sentence is dated by its own date, else its article's publication date, else its fact's date; a date that gives only a year counts in that year with month null (year and month null: undated).
// param: countryA string — first country (or any actor): entity id, name or alias
// param: countryB string — second country (or any actor): entity id, name or alias
// param: statuses string[] asserted,alleged — statuses of the facts counted (asserted, alleged, denied, negated, planned)
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; nothing scans every entity.
CALL () {
  MATCH (a:Entity {id: $countryA}) RETURN a
  UNION
  WITH 1 AS named WHERE $countryA <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($countryA, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
  WITH a WHERE toLower(a.name) = toLower($countryA) OR toLower($countryA) IN [al IN coalesce(a.aliases, []) | toLower(al)]
  RETURN a
}
CALL () {
  MATCH (b:Entity {id: $countryB}) RETURN b
  UNION
  WITH 1 AS named WHERE $countryB <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($countryB, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS b
  WITH b WHERE toLower(b.name) = toLower($countryB) OR toLower($countryB) IN [al IN coalesce(b.aliases, []) | toLower(al)]
  RETURN b
}
WITH b, a WHERE b <> a
MATCH (a)-[r]-(b)
WHERE r.quadClass IS NOT NULL AND coalesce(r.status, 'asserted') IN $statuses
MATCH (v:Evidence {relId: r.id})-[:FROM_DOCUMENT]->(d:Document)
WITH r, v, [t IN [v.date, left(d.publishedAt, 10), r.date] WHERE t =~ '\\d{4}(-.*)?'][0] AS dated
WITH r, v, left(dated, 4) AS year, CASE WHEN dated =~ '\\d{4}-(0[1-9]|1[0-2]).*' THEN left(dated, 7) END AS month
RETURN year, month, r.quadClass AS quadClass, count(v) AS sentences, count(DISTINCT r) AS facts, collect(DISTINCT type(r)) AS types
ORDER BY year, month, quadClass
