import { afterEach, describe, expect, it, vi } from 'vitest';
import { getNeighbors, getPaths, getSubgraph } from './client.ts';

/** Records the URLs asked and answers with an empty graph of the right shape. */
function recordFetch(body: unknown): string[] {
  const urls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('link parameters of the API calls', () => {
  it('asks the induced subgraph for the statuses shown and for co-mentions', async () => {
    const urls = recordFetch({ nodes: [], edges: [], missing: [] });
    await getSubgraph(['a', 'b'], { statuses: ['asserted', 'alleged', 'planned'], coMentions: true });
    await getSubgraph(['a']);
    const asked = new URL(urls[0]!, 'http://x');
    expect(asked.pathname).toBe('/api/subgraph');
    expect(asked.searchParams.get('statuses')).toBe('asserted,alleged,planned');
    expect(asked.searchParams.get('coMentions')).toBe('true');
    // Unset: the server's defaults, no parameters.
    expect(urls[1]).toBe('/api/subgraph');
  });

  it('passes the statuses to neighbour pages and paths', async () => {
    const urls = recordFetch({ nodes: [], edges: [], totals: [], total: 0, offset: 0, limit: 5, paths: [] });
    await getNeighbors('country:iran', { limit: 5, links: { statuses: ['asserted', 'alleged', 'denied'], coMentions: false } });
    await getPaths('a', 'b', { links: { statuses: ['asserted'] } });
    const neighbours = new URL(urls[0]!, 'http://x');
    expect(neighbours.searchParams.get('statuses')).toBe('asserted,alleged,denied');
    expect(neighbours.searchParams.get('coMentions')).toBe('false');
    expect(new URL(urls[1]!, 'http://x').searchParams.get('statuses')).toBe('asserted');
  });
});
