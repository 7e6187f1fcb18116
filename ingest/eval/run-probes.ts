/**
 * `npm run eval:probes`: scores the extractor on the short-passage sets in `probes/`, written by
 * annotators who never saw the extractor's code, with the same scoring as `npm run eval`:
 * - `constructions.json`: 160 passages of 1–3 sentences, each labelled with the grammar it tests
 *   ("passive agent", "mediator vs parties"…); read while writing rules, so a development figure;
 * - `passages-dev.json`: 60 wire passages of 2–4 sentences; read while writing rules;
 * - `passages-held.json`: 60 more passages by the same annotator; scored, never read while writing
 *   rules (like the frozen test splits, its passages are not printed);
 * - `constructions-2.json`: 120 passages of 1–3 sentences by a third annotator, aimed at the weakest
 *   constructions (relative clauses, membership, state bodies, definite descriptions…); read;
 * - `passages-held-2.json`: 70 passages (53 wire, 17 profile or backgrounder) by a fourth annotator;
 *   held out like `passages-held.json`;
 * - `passages-3.json`: 60 passages (45 wire, 15 profile or backgrounder) by a fifth annotator; read.
 * - `passages-4.json`: 60 passages (42 wire, 18 profile, backgrounder or analysis) by a sixth annotator;
 *   scored once before any rule was written from it, then read;
 * - `passages-held-3.json`: 60 passages (44 wire, 16 profile, backgrounder or analysis) by a seventh
 *   annotator; held out like `passages-held.json`.
 * - `passages-5.json`, `passages-6.json`: 30 passages each (21 wire, 9 profile, backgrounder or analysis)
 *   by an eighth and a ninth annotator; scored once before any rule was written from them, then read.
 * - `passages-7.json`, `passages-8.json`: 30 passages each (21 wire, 9 profile, backgrounder or analysis)
 *   by a tenth and an eleventh annotator; scored once before any rule was written from them, then read.
 * - `passages-9.json`, `passages-10.json`: 30 passages each (21 wire, 9 profile, backgrounder or analysis)
 *   by a twelfth and a thirteenth annotator; scored once before any rule was written from them, then read.
 * - `passages-11.json`, `passages-12.json`: 30 passages each (21 wire, 9 profile, backgrounder or analysis)
 *   by a fourteenth and a fifteenth annotator; scored once before any rule was written from them, then read.
 * - `passages-13.json`, `passages-14.json`: 30 passages each (21 wire, 9 profile, backgrounder or analysis)
 *   by a sixteenth and a seventeenth annotator; scored once before any rule was written from them, then read.
 * `--verbose` lists the misses and spurious facts of the read sets, and `--by-construction` scores
 * `constructions.json` per grammar label.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hash64 } from '../../core/index.ts';
import { createExtractor } from '../extract/index.ts';
import { addCounts, formatPrf, scoreArticle, zeroCounts as zero, type Counts, type EvalArticle } from './score.ts';

type Probe = EvalArticle & { construction?: string };
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const byConstruction = args.includes('--by-construction');
const SETS: { file: string; held: boolean }[] = [
  { file: 'constructions.json', held: false },
  { file: 'passages-dev.json', held: false },
  { file: 'passages-held.json', held: true },
  { file: 'constructions-2.json', held: false },
  { file: 'passages-held-2.json', held: true },
  { file: 'passages-3.json', held: false },
  { file: 'passages-4.json', held: false },
  { file: 'passages-held-3.json', held: true },
  { file: 'passages-5.json', held: false },
  { file: 'passages-6.json', held: false },
  { file: 'passages-7.json', held: false },
  { file: 'passages-8.json', held: false },
  { file: 'passages-9.json', held: false },
  { file: 'passages-10.json', held: false },
  { file: 'passages-11.json', held: false },
  { file: 'passages-12.json', held: false },
  { file: 'passages-13.json', held: false },
  { file: 'passages-14.json', held: false },
  { file: 'passages-15.json', held: false },
  { file: 'passages-16.json', held: false },
  { file: 'passages-17.json', held: false },
  { file: 'passages-18.json', held: false },
  { file: 'passages-19.json', held: false },
  { file: 'passages-20.json', held: false },
  { file: 'passages-21.json', held: false },
  { file: 'passages-22.json', held: false },
  { file: 'passages-23.json', held: false },
  { file: 'passages-24.json', held: false },
  { file: 'passages-25.json', held: false },
  { file: 'passages-26.json', held: false },
  { file: 'passages-27.json', held: false },
  { file: 'passages-28.json', held: false },
  { file: 'passages-29.json', held: false },
  { file: 'passages-30.json', held: false },
  { file: 'passages-31.json', held: false },
  { file: 'passages-32.json', held: false },
  { file: 'passages-33.json', held: false },
  { file: 'passages-34.json', held: false },
];
const extractor = createExtractor();
const fmt = (c: Counts): string => `${formatPrf(c)} (${c.tp} tp, ${c.fp} fp, ${c.fn} fn)`;

for (const { file, held } of SETS) {
  const probes = JSON.parse(readFileSync(fileURLToPath(new URL(`./probes/${file}`, import.meta.url)), 'utf8')) as Probe[];
  let relations = zero();
  let entities = zero();
  const labels = new Map<string, Counts>();
  for (const p of probes) {
    const result = await extractor.extract([{ id: p.id, title: p.id, text: p.text, contentHash: hash64(p.text) }]);
    const s = scoreArticle(result, p);
    relations = addCounts(relations, s.relations);
    entities = addCounts(entities, s.entities);
    for (const label of (p.construction ?? '').split(' + ').filter(Boolean)) labels.set(label, addCounts(labels.get(label) ?? zero(), s.relations));
    if (verbose && !held && (s.missedRelations.length || s.spuriousRelations.length)) {
      console.log(`${p.id}${p.construction ? ` [${p.construction}]` : ''} ${p.text}`);
      if (s.missedRelations.length) console.log(`   missed: ${s.missedRelations.join('; ')}`);
      if (s.spuriousRelations.length) console.log(`   extra:  ${s.spuriousRelations.join('; ')}`);
    }
  }
  console.log(`${file.padEnd(22)} ${String(probes.length).padStart(3)} passages  relations ${fmt(relations)}  entities ${fmt(entities)}${held ? '  (held out)' : ''}`);
  if (byConstruction && !held) for (const [label, c] of [...labels].sort((a, b) => b[1].fn - a[1].fn)) console.log(`   ${label.padEnd(40)} ${fmt(c)}`);
}
