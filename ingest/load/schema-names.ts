/** Names of the constraints and indexes that `cypher/schema/*.cypher` creates (read from the files). */
import { loadCypherFolder } from '../../cypher/cypher-files.ts';

const CREATE_NAME = /CREATE\s+(?:CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)/gi;
const DROP_NAME = /DROP\s+(?:CONSTRAINT|INDEX)\s+(\w+)/gi;

function namesIn(pattern: RegExp): Set<string> {
  const names = new Set<string>();
  for (const file of loadCypherFolder('schema')) {
    for (const match of file.text.matchAll(pattern)) if (match[1]) names.add(match[1]);
  }
  return names;
}

/** Every constraint and index name our schema declares. */
export function schemaNames(): Set<string> {
  return namesIn(CREATE_NAME);
}

/** Names our schema once declared and now drops (an older database of ours may still hold them). */
export function retiredSchemaNames(): Set<string> {
  return namesIn(DROP_NAME);
}
