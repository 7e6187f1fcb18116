/**
 * Saved queries use case: the catalogue from `cypher/queries/`, and running one with parameters
 * validated against their declared types (defaults filled, unknown names refused).
 */
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { QueryResult, SavedQueryInfo } from '../../core/index.ts';
import { loadSavedQueries, type SavedQueryFile } from '../cypher-loader.ts';
import { AppError } from '../errors.ts';
import type { Neo4jContext, ResultCaps } from '../neo4j/index.ts';
import { runReadOnlyQuery } from '../repository/query-runner.ts';

type Param = SavedQueryFile['params'][number];

const numberish = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : v);

function paramSchema(p: Param): z.ZodType {
  switch (p.type) {
    case 'integer':
      return z.preprocess(numberish, z.number().int().min(-(2 ** 53)).max(2 ** 53));
    case 'float':
      return z.preprocess(numberish, z.number());
    case 'boolean':
      return z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());
    case 'string[]':
      return z.preprocess(
        (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
        z.array(z.string().max(1000)).max(1000),
      );
    default:
      return z.string().max(1000);
  }
}

/** Validates and converts parameters for one saved query (integers become Neo4j Integers). */
export function validateSavedParams(query: SavedQueryFile, input: Record<string, unknown>): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = {};
  for (const p of query.params) {
    const base = paramSchema(p);
    shape[p.name] = p.required ? base : base.optional();
  }
  const parsed = z.strictObject(shape).parse(input) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const p of query.params) {
    const value = parsed[p.name] ?? p.default;
    out[p.name] = p.type === 'integer' && typeof value === 'number' ? neo4j.int(value) : value;
  }
  return out;
}

/** The saved-query catalogue, loaded once when the app is created. */
export interface SavedQueryCatalog {
  list(): SavedQueryInfo[];
  run(ctx: Neo4jContext, name: string, params: Record<string, unknown>, caps: ResultCaps): Promise<QueryResult>;
}

/** Loads `cypher/queries/` (or another folder of `cypher/`) into a catalogue. */
export function createSavedQueryCatalog(folder = 'queries'): SavedQueryCatalog {
  const queries = loadSavedQueries(folder);
  return {
    list: () =>
      [...queries.values()].map((q) => ({
        name: q.name,
        title: q.title,
        description: q.description,
        params: q.params.map(({ name, type, default: def, description }) => ({
          name,
          type,
          ...(def !== undefined ? { default: def } : {}),
          ...(description ? { description } : {}),
        })),
      })),
    async run(ctx, name, params, caps) {
      const query = queries.get(name);
      if (!query) throw AppError.notFound(`No saved query named "${name}".`);
      const values = validateSavedParams(query, params);
      return runReadOnlyQuery(ctx, query.cypher, values, { ...caps, requireReadPlan: false });
    },
  };
}
