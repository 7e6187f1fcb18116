import { afterEach, describe, expect, it, vi } from 'vitest';
import { subgraphBodySchema } from '../../../core/api-schemas.ts';
import { getNeighbors, getPaths, getSubgraph } from './client.ts';

/** Records the requests made (URL and JSON body) and answers with an empty graph of the right shape. */
function recordFetch(body: unknown): { urls: string[]; bodies: unknown[] } {
  const asked = { urls: [] as string[], bodies: [] as unknown[] };
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    asked.urls.push(url);
    asked.bodies.push(typeof init?.body === 'string' ? JSON.parse(init.body) : undefined);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('link parameters of the API calls', () => {
  it('asks the induced subgraph for the statuses shown and for co-mentions in the body, where the server reads them', async () => {
    const { urls, bodies } = recordFetch({ nodes: [], edges: [], missing: [] });
    await getSubgraph(['a', 'b'], { statuses: ['asserted', 'alleged', 'planned'], coMentions: true });
    await getSubgraph(['a']);
    expect(urls).toEqual(['/api/subgraph', '/api/subgraph']);
    expect(bodies[0]).toEqual({ ids: ['a', 'b'], statuses: ['asserted', 'alleged', 'planned'], coMentions: true });
    // Unset: the server's defaults, only the ids.
    expect(bodies[1]).toEqual({ ids: ['a'] });
  });

  it('sends an induced-subgraph body the server accepts', async () => {
    const { bodies } = recordFetch({ nodes: [], edges: [], missing: [] });
    await getSubgraph(['a'], { statuses: ['denied'], coMentions: false });
    expect(subgraphBodySchema.parse(bodies[0])).toEqual({ ids: ['a'], statuses: ['denied'], coMentions: false });
  });

  it('passes the statuses to neighbour pages and paths', async () => {
    const { urls } = recordFetch({ nodes: [], edges: [], totals: [], total: 0, offset: 0, limit: 5, paths: [] });
    await getNeighbors('country:iran', { limit: 5, links: { statuses: ['asserted', 'alleged', 'denied'], coMentions: false } });
    await getPaths('a', 'b', { links: { statuses: ['asserted'] } });
    const neighbours = new URL(urls[0]!, 'http://x');
    expect(neighbours.searchParams.get('statuses')).toBe('asserted,alleged,denied');
    expect(neighbours.searchParams.get('coMentions')).toBe('false');
    expect(new URL(urls[1]!, 'http://x').searchParams.get('statuses')).toBe('asserted');
  });
});
