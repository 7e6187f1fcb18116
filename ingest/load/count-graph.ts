/** Counts of what is stored, for the ingest summary and for tests. */
import type { Driver } from 'neo4j-driver';
import { loadCypher } from '../../cypher/cypher-files.ts';

export interface GraphCounts {
  documents: number;
  entities: number;
  facts: number;
  /** Aggregate CO_MENTIONED links (not facts). */
  coMentions: number;
  /** Evidence sentences of facts and of co-mentions. */
  evidence: number;
  mentions: number;
}

export async function countGraph(driver: Driver, database = 'neo4j'): Promise<GraphCounts> {
  const { records } = await driver.executeQuery(loadCypher('ingest', 'count-graph').text, {}, { database, routing: 'READ' });
  const r = records[0]!;
  const n = (k: string) => Number(r.get(k));
  return { documents: n('documents'), entities: n('entities'), facts: n('facts'), coMentions: n('coMentions'), evidence: n('evidence'), mentions: n('mentions') };
}
