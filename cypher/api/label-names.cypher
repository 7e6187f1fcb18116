// name: label-names
// description: Every label in use, without a scan (search decides whether foreign nodes need a name scan).
CALL db.labels() YIELD label
RETURN collect(label) AS labels
