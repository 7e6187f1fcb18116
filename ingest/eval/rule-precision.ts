/**
 * `npm run eval:rules`: for each relation-lexicon row, how many of the facts it reads on the sets one
 * may read while writing rules (the eval set but its blind split, and the read probe sets) the gold has, and how many it
 * does not, lowest precision first, with the false ones of one row under `--show <row-id>`. Facts not
 * read by a lexicon row (titles, patterns, inferences) count under "other". The frozen test splits
 * and held-out probes are never read here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hash64 } from '../../core/index.ts';
import type { EvalArticle } from './score.ts';

process.env.NEWSGRAPH_TRACE_RULES = '1';
const { createExtractor } = await import('../extract/index.ts');
const { scoreArticle } = await import('./score.ts');

const READ_SETS = ['eval-set.json', 'probes/constructions.json', 'probes/passages-dev.json', 'probes/constructions-2.json', 'probes/passages-3.json', 'probes/passages-4.json'];
const show = process.argv[process.argv.indexOf('--show') + 1];
const ok = new Map<string, number>();
const wrong = new Map<string, string[]>();
const extractor = createExtractor();
for (const file of READ_SETS) {
  const articles = JSON.parse(readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), 'utf8')) as EvalArticle[];
  // Not the blind split, which is scored and never shown.
  for (const a of articles.filter((x) => x.split !== 'blind')) {
    const r = await extractor.extract([{ id: a.id, title: a.id, text: a.text, contentHash: hash64(a.text) }]);
    const spurious = new Set(scoreArticle(r, a).spuriousRelations.map((x) => x.replace(/ \(found .*\)$/, '')));
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    for (const x of r.relations) {
      const rule = String(x.properties?.rule ?? 'other');
      const fact = `${name.get(x.source)} ${x.type} ${name.get(x.target)}`;
      if (spurious.has(fact)) (wrong.get(rule) ?? wrong.set(rule, []).get(rule)!).push(`${a.id}: ${fact}`);
      else ok.set(rule, (ok.get(rule) ?? 0) + 1);
    }
  }
}
const rows = [...new Set([...ok.keys(), ...wrong.keys()])].map((id) => ({ id, ok: ok.get(id) ?? 0, fp: wrong.get(id)?.length ?? 0 }));
rows.sort((a, b) => a.ok / (a.ok + a.fp) - b.ok / (b.ok + b.fp) || b.fp - a.fp);
console.log('row'.padEnd(30), 'in gold', 'not in gold', 'precision');
for (const r of rows) console.log(r.id.padEnd(30), String(r.ok).padStart(7), String(r.fp).padStart(11), (r.ok / (r.ok + r.fp)).toFixed(2).padStart(9));
if (show && process.argv.includes('--show')) for (const line of wrong.get(show) ?? []) console.log(`  ${line}`);
