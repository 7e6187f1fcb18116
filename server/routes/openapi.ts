/**
 * OpenAPI 3.1 description of the API, generated from the shared zod schemas (`z.toJSONSchema`), so
 * the document cannot drift from what the routes validate and return.
 */
import { z } from 'zod';
import {
  addDocumentBodySchema,
  addDocumentResponseSchema,
  addFileResponseSchema,
  cypherBodySchema,
  documentResponseSchema,
  edgeEvidenceResponseSchema,
  errorResponseSchema,
  healthSchema,
  loginBodySchema,
  loginResponseSchema,
  meResponseSchema,
  neighborsQuerySchema,
  neighborsResponseSchema,
  nodeDetailSchema,
  pathsQuerySchema,
  pathsResponseSchema,
  queryResultSchema,
  runQueryBodySchema,
  savedQuerySchema,
  schemaInfoSchema,
  searchQuerySchema,
  searchResponseSchema,
  subgraphBodySchema,
  subgraphResponseSchema,
  uploadSettingsSchema,
} from '../../core/index.ts';

type Json = Record<string, unknown>;

const out = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;
const input = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Json;

function queryParameters(schema: z.ZodObject): Json[] {
  const json = input(schema) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: s,
  }));
}

const pathParam = (name: string, description: string): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const ok = (schema: z.ZodType, description = 'OK'): Json => ({
  description,
  content: { 'application/json': { schema: out(schema) } },
});

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

const common = { '400': errorResponse('Invalid input'), '503': errorResponse('Neo4j unreachable'), '504': errorResponse('Query timed out') };

const access = {
  '401': errorResponse('Sign-in required (when users are configured)'),
  '421': errorResponse('Host not allowed (ALLOWED_HOSTS)'),
};

function op(summary: string, responses: Json, extra: Json = {}): Json {
  return { summary, ...extra, responses: { ...access, ...common, ...responses } };
}

let cached: Json | undefined;

/** The OpenAPI document (built once). */
export function buildOpenApiDocument(): Json {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'newsgraph API',
      version: '0.1.0',
      description: 'Explore a news knowledge graph in Neo4j: search, neighbourhoods, paths with evidence, saved and read-only ad-hoc Cypher.',
    },
    components: {
      schemas: { Error: out(errorResponseSchema) },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'newsgraph_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    // Only when users are configured; otherwise every route is open on loopback.
    security: [{ session: [] }, { bearer: [] }, {}],
    paths: {
      '/api/health': { get: op('Liveness and Neo4j connectivity', { '200': ok(healthSchema), '503': ok(healthSchema, 'Neo4j unreachable') }, { security: [] }) },
      '/api/schema': { get: op('Labels and relationship types with counts', { '200': ok(schemaInfoSchema) }) },
      '/api/search': {
        get: op('Full-text search over entity names and aliases', { '200': ok(searchResponseSchema) }, { parameters: queryParameters(searchQuerySchema) }),
      },
      '/api/nodes/{id}': {
        get: op('A node with its degree per relationship type', { '200': ok(nodeDetailSchema), '404': errorResponse('Not found') }, {
          parameters: [pathParam('id', 'Our id property, else elementId')],
        }),
      },
      '/api/nodes/{id}/neighbors': {
        get: op('A page of neighbours with totals per type', { '200': ok(neighborsResponseSchema), '404': errorResponse('Not found') }, {
          parameters: [pathParam('id', 'Node id'), ...queryParameters(neighborsQuerySchema)],
        }),
      },
      '/api/subgraph': {
        post: op('The nodes with the given ids and every fact relationship among them (induced subgraph)', { '200': ok(subgraphResponseSchema) }, {
          requestBody: { required: true, content: { 'application/json': { schema: input(subgraphBodySchema) } } },
        }),
      },
      '/api/paths': {
        get: op('Up to k shortest paths, each hop with its evidence (rate limited)', { '200': ok(pathsResponseSchema), '404': errorResponse('Not found'), '429': errorResponse('Rate limited') }, {
          parameters: queryParameters(pathsQuerySchema),
        }),
      },
      '/api/edges/{id}/evidence': {
        get: op('Evidence sentences for a relationship', { '200': ok(edgeEvidenceResponseSchema), '404': errorResponse('Not found') }, {
          parameters: [pathParam('id', 'Fact id source|TYPE|target, else elementId')],
        }),
      },
      '/api/documents/{id}': {
        get: op('A document with the entities it mentions', { '200': ok(documentResponseSchema), '404': errorResponse('Not found') }, {
          parameters: [pathParam('id', 'Document id')],
        }),
      },
      '/api/queries': { get: op('Saved queries', { '200': ok(z.array(savedQuerySchema)) }) },
      '/api/queries/{name}': {
        post: op('Run a saved query (row and size caps, rate limited)', { '200': ok(queryResultSchema), '404': errorResponse('Unknown query'), '429': errorResponse('Rate limited') }, {
          parameters: [pathParam('name', 'Saved query name')],
          requestBody: { required: false, content: { 'application/json': { schema: input(runQueryBodySchema) } } },
        }),
      },
      '/api/cypher': {
        post: op('Run read-only Cypher (guarded, deadline, row and size caps, in-flight limits, rate limited)', {
          '200': ok(queryResultSchema),
          '400': errorResponse('Invalid input, invalid Cypher, or a query too large or too deeply nested (QUERY_TOO_LARGE, QUERY_TOO_COMPLEX)'),
          '403': errorResponse('Write or forbidden operation refused (LOAD CSV, a procedure outside the allowlist, SHOW TRANSACTIONS, …)'),
          '422': errorResponse('The result or the query needs more memory than allowed'),
          '429': errorResponse('Rate limited, or this client already runs as many console queries as it may'),
          '503': errorResponse('Neo4j unreachable, or the console runs as many queries as it may'),
          '504': errorResponse('Stopped at the deadline (CYPHER_TIMEOUT_MS), planning and streaming included'),
        }, {
          description:
            'One read-only statement. Refused before Neo4j sees it when longer than 20,000 characters, nested more than 40 deep or ' +
            'with more than 150 operators; refused by its EXPLAIN plan unless a read with no LoadCSV operator and only allowlisted ' +
            'procedures (db.labels, db.relationshipTypes, db.propertyKeys, db.schema.*, db.index.fulltext.query*). Rows are ' +
            "streamed until CYPHER_ROW_CAP rows or CYPHER_BYTE_CAP of JSON; then truncated is true and truncatedBy says which.",
          requestBody: { required: true, content: { 'application/json': { schema: input(cypherBodySchema) } } },
        }),
      },
      '/api/login': {
        post: op('Sign in: sets an HttpOnly SameSite=Strict session cookie, or returns a bearer token with `token: true`', {
          '200': ok(loginResponseSchema),
          '401': errorResponse('Wrong user name or password'),
          '404': errorResponse('Sign-in is off (no users configured)'),
          '429': errorResponse('Too many attempts'),
        }, { security: [], requestBody: { required: true, content: { 'application/json': { schema: input(loginBodySchema) } } } }),
      },
      '/api/logout': {
        post: { summary: 'Sign out: ends the session (cookie or bearer token)', security: [], responses: { '204': { description: 'Signed out' } } },
      },
      '/api/me': { get: op('Who is signed in, and whether sign-in is required', { '200': ok(meResponseSchema) }) },
      '/api/documents': {
        post: op('Add one article: extracted and loaded like `npm run ingest` (ALLOW_UPLOADS=true; editor role when users are configured)', {
          '201': ok(addDocumentResponseSchema, 'Added'),
          '200': ok(addDocumentResponseSchema, 'Already there (unchanged, or replaced by this version)'),
          '403': errorResponse('Adding documents is off, the database is read-only, or the role is not editor'),
          '413': errorResponse('Body too large'),
          '429': errorResponse('Rate limited'),
          '503': errorResponse('Neo4j unreachable, or other documents are being added'),
        }, { requestBody: { required: true, content: { 'application/json': { schema: input(addDocumentBodySchema) } } } }),
      },
      '/api/documents/file': {
        post: op('Add the articles of one file (read by the ingest readers, by the extension of `name`; other files as plain text), under the same conditions as POST /api/documents', {
          '201': ok(addFileResponseSchema, 'Added (at least one new document); `errors` lists parts left out'),
          '200': ok(addFileResponseSchema, 'Already there'),
          '400': errorResponse('No file name'),
          '403': errorResponse('Adding documents is off, the database is read-only, or the role is not editor'),
          '413': errorResponse('File too large'),
          '422': errorResponse('Nothing in the file can be read (empty, binary, not UTF-8, scanned PDF…): the message names the file and why'),
          '429': errorResponse('Rate limited'),
          '503': errorResponse('Neo4j unreachable, or other documents are being added'),
        }, {
          parameters: [{ name: 'name', in: 'query', required: true, schema: { type: 'string', maxLength: 1000 }, description: 'The file name; its extension chooses the reader' }],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
        }),
      },
      '/api/uploads': { get: op('Whether this caller may add documents, and the bounds (text size, file size, articles per file, extensions)', { '200': ok(uploadSettingsSchema) }) },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1 document' } } } },
    },
  };
  return cached;
}
