/**
 * The server's access to `cypher/`: endpoint queries from `cypher/api/` and saved queries from
 * `cypher/queries/`, read with the shared reader (`cypher/cypher-files.ts`) and given typed
 * parameter declarations. Queries are only ever parameterised; the single exception is
 * `{{placeholder}}` integers checked against a whitelist (Cypher wants literal path bounds).
 *
 * Saved-query header: `// param: <name> <type> [<default>] — <description>`; type is one of
 * string, integer, float, boolean, string[]; the default is one token (JSON, or a bare word;
 * a comma list for string[]); no default = required.
 */
import { loadCypher, loadCypherFolder, type CypherFile as RawCypherFile } from '../cypher/cypher-files.ts';
import { QUERY_PARAM_TYPES, type SavedQueryInfo } from '../core/index.ts';

type ParamType = (typeof QUERY_PARAM_TYPES)[number];

/** A saved query: catalogue info, typed parameters and its Cypher text. */
export interface SavedQueryFile extends SavedQueryInfo {
  cypher: string;
  params: Array<SavedQueryInfo['params'][number] & { required: boolean }>;
}

function isParamType(t: string): t is ParamType {
  return (QUERY_PARAM_TYPES as readonly string[]).includes(t);
}

function parseDefault(raw: string, type: ParamType, where: string): unknown {
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    if (type === 'string[]') value = raw.split(',').map((s) => s.trim()).filter(Boolean);
  }
  const ok =
    (type === 'string' && typeof value === 'string') ||
    (type === 'integer' && Number.isInteger(value)) ||
    (type === 'float' && typeof value === 'number') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'string[]' && Array.isArray(value) && value.every((v) => typeof v === 'string'));
  if (!ok) throw new Error(`${where}: default ${raw} is not a ${type}`);
  return value;
}

/** Gives a raw Cypher file typed parameters. @throws Error on an unknown type or a bad default. */
export function toSavedQuery(file: RawCypherFile): SavedQueryFile {
  return {
    name: file.name,
    title: file.title ?? file.name,
    description: file.description ?? '',
    cypher: file.text,
    params: file.params.map((p) => {
      if (!isParamType(p.type)) throw new Error(`${file.name}: param ${p.name} has unknown type ${p.type}`);
      const hasDefault = p.default !== undefined && p.default !== '';
      return {
        name: p.name,
        type: p.type,
        ...(hasDefault ? { default: parseDefault(p.default!, p.type, `${file.name}.${p.name}`) } : {}),
        ...(p.description ? { description: p.description } : {}),
        required: !hasDefault,
      };
    }),
  };
}

/** Every saved query of `cypher/<folder>/`, keyed by name. @throws Error on duplicates. */
export function loadSavedQueries(folder = 'queries'): Map<string, SavedQueryFile> {
  const out = new Map<string, SavedQueryFile>();
  for (const file of loadCypherFolder(folder)) {
    const q = toSavedQuery(file);
    if (out.has(q.name)) throw new Error(`duplicate saved query name ${q.name} in cypher/${folder}`);
    out.set(q.name, q);
  }
  return out;
}

/** The text of an endpoint query from `cypher/api/` (cached by the shared reader). */
export function apiQuery(name: string): string {
  return loadCypher('api', name).text;
}

/**
 * Fills `{{name}}` placeholders with integers allowed by a whitelist (for Cypher positions where
 * parameters are not allowed, such as path length bounds). @throws Error on anything else.
 */
export function fillWhitelisted(
  cypher: string,
  values: Record<string, number>,
  allowed: Record<string, readonly number[]>,
): string {
  return cypher.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined || !Number.isInteger(v) || !(allowed[key] ?? []).includes(v)) {
      throw new Error(`placeholder ${key} needs a whitelisted integer, got ${String(v)}`);
    }
    return String(v);
  });
}
