// name: actor-timeline
// title: Timeline of an actor's dated facts
// description: Every fact involving an actor, one row per sentence telling it, dated by the sentence's own date, else the fact's, else its article's publication date (dateFrom says which; undated rows last), with how the sentence tells it (status, who claims it) and the sentence itself, oldest first. Co-mentions are left out.
// param: actor string — entity id, name or alias
// param: statuses string[] asserted,alleged — statuses of the facts shown (asserted, alleged, denied, negated, planned)
// param: limit integer 200 — rows returned
// Actors are found by id (unique index) or by exact name/alias among the full-text index's best
// 100 candidates; nothing scans every entity.
CALL () {
  MATCH (a:Entity {id: $actor}) RETURN a
  UNION
  WITH 1 AS named WHERE $actor <> ''
  CALL db.index.fulltext.queryNodes('entity_text', '"' + replace(replace($actor, '\\', '\\\\'), '"', '\\"') + '"', {limit: 100}) YIELD node AS a
  WITH a WHERE toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]
  RETURN a
}
MATCH (a)-[r]-(other:Entity)
WHERE NOT type(r) IN ['MENTIONS', 'FROM_DOCUMENT', 'CO_MENTIONED'] AND coalesce(r.status, 'asserted') IN $statuses
MATCH (v:Evidence {relId: r.id})-[:FROM_DOCUMENT]->(d:Document)
// Only ISO dates (partial allowed) order the timeline; a fact's free-text date (an older extraction's "February 2022") is not one.
WITH a, r, other, v, d,
     CASE WHEN v.date =~ '\\d{4}(-\\d{2}(-\\d{2})?)?' THEN v.date END AS sentenceDate,
     CASE WHEN r.date =~ '\\d{4}(-\\d{2}(-\\d{2})?)?' THEN r.date END AS factDate
WITH a, r, other, v, d, sentenceDate, factDate,
     CASE WHEN sentenceDate IS NOT NULL THEN 'sentence' WHEN factDate IS NOT NULL THEN 'fact' WHEN d.publishedAt IS NOT NULL THEN 'published' END AS dateFrom
RETURN coalesce(sentenceDate, factDate, left(d.publishedAt, 10)) AS date, dateFrom,
       CASE dateFrom WHEN 'sentence' THEN v.dateText WHEN 'fact' THEN r.dateText END AS dateText,
       type(r) AS relation, CASE WHEN startNode(r) = a THEN 'out' ELSE 'in' END AS direction, other,
       coalesce(v.status, r.status, 'asserted') AS status,
       COLLECT { MATCH (c:Entity) WHERE c.id IN coalesce(v.claimedBy, r.claimedBy, []) RETURN c.name ORDER BY c.name } AS claimedBy,
       v.text AS sentence, d.title AS document, d.id AS documentId, r AS link,
       r.cameo AS cameo, r.quadClass AS quadClass
ORDER BY date, relation, other.name
LIMIT $limit
