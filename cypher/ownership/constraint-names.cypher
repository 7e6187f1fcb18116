// name: constraint-names
// description: Names of every constraint.
SHOW CONSTRAINTS YIELD name
RETURN name
