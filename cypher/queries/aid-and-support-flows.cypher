// name: aid-and-support-flows
// title: Aid and support flows
// description: Who gives aid, supplies or support to whom, with amounts where the text gives them; optionally only flows involving one actor.
// param: actor string "" — only flows from or to this actor (entity id, name or alias); empty = all
// param: limit integer 100 — rows returned
MATCH (a:Entity)-[r:PROVIDED_AID_TO|SUPPLIED|SUPPORTED]->(b:Entity)
WHERE $actor = '' OR (a.id = $actor OR toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]) OR (b.id = $actor OR toLower(b.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(b.aliases, []) | toLower(al)])
RETURN a AS giver, type(r) AS flow, r.amount AS amount, b AS recipient,
       coalesce(r.evidenceCount, 0) AS evidence, r AS link
ORDER BY evidence DESC, giver.name, recipient.name
LIMIT $limit
