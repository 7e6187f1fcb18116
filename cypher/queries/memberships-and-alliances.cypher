// name: memberships-and-alliances
// title: Memberships and alliances
// description: Memberships of organizations and blocs, joinings and withdrawals; optionally for one actor or one organization.
// param: actor string "" — only this member or organization (entity id, name or alias); empty = all
// param: limit integer 200 — rows returned
MATCH (a:Entity)-[r:MEMBER_OF|JOINED|WITHDREW_FROM]->(o:Entity)
WHERE $actor = '' OR (a.id = $actor OR toLower(a.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(a.aliases, []) | toLower(al)]) OR (o.id = $actor OR toLower(o.name) = toLower($actor) OR toLower($actor) IN [al IN coalesce(o.aliases, []) | toLower(al)])
RETURN a AS member, type(r) AS relation, o AS organization, r.date AS date, r AS link
ORDER BY organization.name, member.name
LIMIT $limit
