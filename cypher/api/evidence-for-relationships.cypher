// name: evidence-for-relationships
// description: Evidence sentences for fact relationships (by fact id), newest documents first, capped per fact.
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
       v.text AS text, v.start AS start, v.end AS end
