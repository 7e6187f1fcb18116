// name: evidence-for-relationships
// description: Evidence sentences for fact relationships (by fact id), newest documents first, capped per fact, each with how it tells the fact (status, claimants) and the date it gives.
// param: relIds string[] — fact relationship ids
// param: perRel integer — sentences kept per fact
UNWIND $relIds AS relId
CALL {
  WITH relId
  MATCH (v:Evidence {relId: relId})
  OPTIONAL MATCH (v)-[:FROM_DOCUMENT]->(d:Document)
  RETURN v, d
  ORDER BY d.publishedAt DESC, v.documentId, v.start
  LIMIT $perRel
}
RETURN relId, v.documentId AS documentId, d.title AS documentTitle, d.publishedAt AS publishedAt,
       v.text AS text, v.start AS start, v.end AS end,
       v.status AS status, v.claimedBy AS claimedBy, v.date AS date, v.dateText AS dateText
