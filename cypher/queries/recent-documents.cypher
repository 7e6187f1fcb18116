// name: recent-documents
// title: Recently ingested documents
// description: The latest documents loaded, with their publication date and how many entities each mentions.
// param: limit integer 20 — rows returned
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.source AS source, d.publishedAt AS publishedAt,
       d.ingestedAt AS ingestedAt, COUNT { (d)-[:MENTIONS]->() } AS entities
ORDER BY ingestedAt DESC, publishedAt DESC, title
LIMIT $limit
