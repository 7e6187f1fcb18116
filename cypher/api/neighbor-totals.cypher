// name: neighbor-totals
// description: Number of distinct neighbours of a node per neighbour type, before paging.
// param: eid string — elementId of the centre node
// param: relTypes string[] — relationship types to follow (empty = all but excluded)
// param: excluded string[] — bookkeeping relationship types skipped when relTypes is empty
// param: hiddenStatuses string[] — fact statuses left out (a relationship without a status counts as asserted)
// param: types string[] — neighbour types to keep (empty = all)
MATCH (n) WHERE elementId(n) = $eid
MATCH (n)-[r]-(m)
WHERE CASE WHEN size($relTypes) = 0 THEN NOT type(r) IN $excluded ELSE type(r) IN $relTypes END
  AND NOT coalesce(r.status, 'asserted') IN $hiddenStatuses
WITH DISTINCT m
WITH m, CASE WHEN m:Entity AND m.type IS NOT NULL AND m.type IS :: STRING THEN m.type
             ELSE coalesce(head([l IN labels(m) WHERE l <> 'Entity']), head(labels(m)), 'Node') END AS mtype
WHERE size($types) = 0 OR mtype IN $types
RETURN mtype AS type, count(*) AS count
ORDER BY count DESC, type
