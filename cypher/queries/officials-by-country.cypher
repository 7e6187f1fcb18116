// name: officials-by-country
// title: Officials and their roles by country
// description: People holding an office (president, minister, spokesperson, head…) in a country or in a body belonging to it; optionally for one country.
// param: country string "" — only this country (entity id, name or alias); empty = all
// param: limit integer 200 — rows returned
MATCH (p:Person)-[r:PRESIDENT_OF|PRIME_MINISTER_OF|LEADER_OF|MINISTER_OF|SPOKESPERSON_OF|HEAD_OF|OFFICIAL_OF]->(body:Entity)
OPTIONAL MATCH (body)-[:PART_OF|CONTROLLED_BY|LOCATED_IN]->(owner:Country)
WITH p, r, body, CASE WHEN body:Country THEN body ELSE owner END AS country
WHERE $country = '' OR (country IS NOT NULL AND (country.id = $country OR toLower(country.name) = toLower($country) OR toLower($country) IN [al IN coalesce(country.aliases, []) | toLower(al)]))
RETURN country.name AS country, p AS official, type(r) AS relation,
       coalesce(r.role, r.title, p.title) AS role, body, r AS link
ORDER BY country, official.name, relation
LIMIT $limit
