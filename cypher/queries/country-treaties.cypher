// name: country-treaties
// title: Treaties and agreements of a country, with counterparts
// description: Treaties and agreements a country signed, is party to, joined or left, with the other actors party to each.
// param: country string — country: entity id, name or alias
MATCH (c:Entity) WHERE (c.id = $country OR toLower(c.name) = toLower($country) OR toLower($country) IN [al IN coalesce(c.aliases, []) | toLower(al)])
MATCH (c)-[r:SIGNED|PARTY_TO|JOINED|WITHDREW_FROM]->(t:Treaty)
OPTIONAL MATCH (other:Entity)-[r2:SIGNED|PARTY_TO|JOINED]->(t) WHERE other <> c
RETURN t AS treaty, type(r) AS relation, collect(DISTINCT other.name) AS counterparts,
       r AS link, collect(DISTINCT r2) AS counterpartLinks
ORDER BY treaty.name
