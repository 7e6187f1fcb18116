/**
 * The LLM extractor against a fake OpenAI-compatible server on 127.0.0.1 (no network): answers are
 * validated, evidence placed in the text or the relation dropped, and documents whose request or
 * answer fails fall back to the rules extractor. Also the env wiring of createExtractor.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionResultSchema, hash64, type DocumentRecord } from '../../../core/index.ts';
import { createExtractor } from '../create.ts';
import { createLlmExtractor } from './llm-extractor.ts';

const doc = (id: string, title: string, text: string): DocumentRecord => ({ id, title, text, contentHash: hash64(text) });
const OK_TEXT = 'Chile and Peru signed a fisheries accord in Lima on Monday. Chilean President Gabriel Boric said the deal was fair.';
const okAnswer = {
  entities: [
    { name: 'Chile', type: 'Country', aliases: ['Chilean'] },
    { name: 'Peru', type: 'Country' },
    { name: 'fisheries accord', type: 'Treaty', aliases: ['the deal'] },
    { name: 'Gabriel Boric', type: 'Person' },
    { name: 'Lima', type: 'Place' },
  ],
  relations: [
    // Verbatim evidence.
    { source: 'Chile', type: 'SIGNED', target: 'fisheries accord', evidence: 'Chile and Peru signed a fisheries accord in Lima on Monday.' },
    // Evidence with other quotes/spaces: placed on the sentence that holds it.
    { source: 'Peru', type: 'signed', target: 'fisheries accord', evidence: 'Chile  and Peru signed a fisheries accord in Lima on Monday' },
    // No evidence: the sentence naming both ends.
    { source: 'Gabriel Boric', type: 'PRESIDENT_OF', target: 'Chile', properties: { role: 'President', date: null } },
    // Ends never named together in one sentence: dropped.
    { source: 'Gabriel Boric', type: 'MET_WITH', target: 'Lima', evidence: 'Boric met Lima officials.' },
    // Unknown end: dropped.
    { source: 'Bolivia', type: 'CRITICIZED', target: 'Chile', evidence: 'Bolivia criticized Chile.' },
  ],
};

let server: Server;
let baseUrl = '';
const seen: { auth?: string; model?: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const json = JSON.parse(body) as { model: string; messages: { content: string }[] };
      seen.push({ auth: req.headers.authorization, model: json.model });
      const user = json.messages[1]!.content;
      const reply = (content: string): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
      };
      if (user.startsWith('Title: ok')) reply(`\`\`\`json\n${JSON.stringify(okAnswer)}\n\`\`\``);
      else if (user.startsWith('Title: badjson')) reply('Here are the entities: Chile, Peru');
      else if (user.startsWith('Title: badschema')) reply(JSON.stringify({ entities: [{ name: 'Chile', type: 'Nation' }] }));
      else res.writeHead(500).end('boom');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('LLM extractor', () => {
  it('validates the answer, places evidence in the text and drops what cannot be placed', async () => {
    const ex = createLlmExtractor({ baseUrl, model: 'fake-model', apiKey: 'k123' });
    const d = doc('a', 'ok', OK_TEXT);
    const r = await ex.extract([d]);
    expect(() => extractionResultSchema.parse(r)).not.toThrow();
    expect(r.extractor).toBe('llm:fake-model');
    expect(seen.at(-1)).toEqual({ auth: 'Bearer k123', model: 'fake-model' });
    const types = r.relations.map((x) => `${x.source} ${x.type} ${x.target}`).sort();
    expect(types).toEqual([
      'country:chile SIGNED treaty:fisheries-accord',
      'country:peru SIGNED treaty:fisheries-accord',
      'person:gabriel-boric PRESIDENT_OF country:chile',
    ]);
    for (const rel of r.relations) for (const ev of rel.evidence) expect(OK_TEXT.slice(ev.start, ev.end)).toBe(ev.text);
    const boric = r.relations.find((x) => x.type === 'PRESIDENT_OF')!;
    expect(boric.evidence[0]!.text).toBe('Chilean President Gabriel Boric said the deal was fair.');
    expect(boric.properties).toEqual({ role: 'President' });
    expect(r.entities.find((e) => e.id === 'country:chile')?.mentions).toEqual({ a: 2 });
  });

  it('falls back to the rules per document on HTTP errors, non-JSON and schema failures', async () => {
    const fell: string[] = [];
    const ex = createLlmExtractor({ baseUrl, model: 'fake-model', onFallback: (d) => fell.push(d.id) });
    const docs = [
      doc('a', 'ok', OK_TEXT),
      doc('b', 'badjson', 'Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi.'),
      doc('c', 'badschema', 'Japan provided $300 million in aid to Jordan.'),
      doc('d', 'http500', 'Russia attacked Ukraine.'),
    ];
    const r = await ex.extract(docs);
    expect(fell.sort()).toEqual(['b', 'c', 'd']);
    expect(r.extractor).toBe('llm:fake-model+rules-v2');
    expect(r.documents.map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(() => extractionResultSchema.parse(r)).not.toThrow();
    const ids = new Set(r.relations.map((x) => `${x.source} ${x.type} ${x.target}`));
    expect(ids.has('country:chile SIGNED treaty:fisheries-accord')).toBe(true);
    expect(ids.has('country:japan PROVIDED_AID_TO country:jordan')).toBe(true);
    expect(ids.has('country:russia ATTACKED country:ukraine')).toBe(true);
  });

  it('falls back when the endpoint cannot be reached at all', async () => {
    const ex = createLlmExtractor({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 });
    const r = await ex.extract([doc('x', 'ok', 'Russia attacked Ukraine.')]);
    expect(r.extractor).toBe('llm:m+rules-v2');
    expect(r.relations.map((x) => x.type)).toEqual(['ATTACKED']);
  });
});

describe('createExtractor', () => {
  it('uses the rules by default and the LLM extractor when EXTRACTOR=llm', () => {
    expect(createExtractor({}).name).toBe('rules-v2');
    expect(createExtractor({ EXTRACTOR: 'llm', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'qwen2.5' }).name).toBe('llm:qwen2.5');
    expect(() => createExtractor({ EXTRACTOR: 'llm' })).toThrow(/LLM_BASE_URL/);
    expect(() => createExtractor({ EXTRACTOR: 'magic' })).toThrow(/EXTRACTOR/);
    expect(() => createExtractor({ EXTRACTOR: 'llm', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_TIMEOUT_MS: 'soon' })).toThrow(/LLM_TIMEOUT_MS/);
    expect(() => createExtractor({ EXTRACTOR: 'llm', LLM_BASE_URL: 'javascript:alert(1)' })).toThrow(/LLM_BASE_URL/);
  });
});
