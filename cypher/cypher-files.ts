/**
 * Reads the Cypher files of `cypher/`: one query per file, with a header of `// key: value` comment
 * lines (name, title, description, param). Shared by ingest, server and tests so every query the
 * product runs is a file a reader can open, never a string built in code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the Cypher files (this module sits inside it). */
export const CYPHER_DIR = dirname(fileURLToPath(import.meta.url));

export interface CypherParamDecl {
  name: string;
  type: string;
  default?: string;
  description?: string;
}

export interface CypherFile {
  name: string;
  title?: string;
  description?: string;
  params: CypherParamDecl[];
  /** The query text, header comments removed. */
  text: string;
  /** Statements, for files holding several separated by `;` at line ends (schema files). */
  statements: string[];
}

const HEADER_LINE = /^\s*\/\/\s*(name|title|description|param)\s*:\s*(.*)$/;
/** `name type [default] — description`; the dash may be an em dash or `--`. */
const PARAM_DECL = /^(\w+)\s+([\w[\]]+)(?:\s+(?!—|--)(\S+))?\s*(?:(?:—|--)\s*(.*))?$/;

/** Parses one Cypher file's text. Pure; throws on a malformed `param:` line. */
export function parseCypherFile(source: string, fallbackName: string): CypherFile {
  const header: { name?: string; title?: string; description?: string; params: CypherParamDecl[] } = {
    params: [],
  };
  const body: string[] = [];
  for (const line of source.split('\n')) {
    const m = HEADER_LINE.exec(line);
    if (!m) {
      if (!/^\s*\/\//.test(line)) body.push(line);
      continue;
    }
    const [, key, value = ''] = m;
    if (key === 'param') {
      const p = PARAM_DECL.exec(value.trim());
      if (!p) throw new Error(`${fallbackName}: cannot read param declaration "${value}"`);
      header.params.push({ name: p[1]!, type: p[2]!, default: p[3], description: p[4]?.trim() });
    } else {
      header[key as 'name' | 'title' | 'description'] = value.trim();
    }
  }
  const text = body.join('\n').trim();
  const statements = text
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { name: header.name ?? fallbackName, title: header.title, description: header.description, params: header.params, text: statements.length === 1 ? statements[0]! : text, statements };
}

const cache = new Map<string, CypherFile>();

/** Loads `cypher/<folder>/<name>.cypher` (cached). */
export function loadCypher(folder: string, name: string): CypherFile {
  const key = `${folder}/${name}`;
  let file = cache.get(key);
  if (!file) {
    file = parseCypherFile(readFileSync(join(CYPHER_DIR, folder, `${name}.cypher`), 'utf8'), name);
    cache.set(key, file);
  }
  return file;
}

/** Loads every `.cypher` file of `cypher/<folder>/`, sorted by file name. */
export function loadCypherFolder(folder: string): CypherFile[] {
  return readdirSync(join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => loadCypher(folder, f.replace(/\.cypher$/, '')));
}
