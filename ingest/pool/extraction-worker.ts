/**
 * An extraction worker: analyses the documents of each job it is sent, one by one, and answers with
 * each document's analysis or the error it raised. The merge happens in the main thread.
 */
import { parentPort } from 'node:worker_threads';
import type { DocumentRecord } from '../../core/index.ts';
import { analyseForMerge, type AnalysisMessage } from './analyse-for-merge.ts';

/** A slice of documents to analyse. */
export interface AnalysisJob {
  id: number;
  docs: DocumentRecord[];
}

/** Per document of the job, in order. */
export interface AnalysisReply {
  id: number;
  out: ({ ok: true; analysis: AnalysisMessage } | { ok: false; message: string })[];
}

parentPort?.on('message', (job: AnalysisJob) => {
  const out = job.docs.map((doc): AnalysisReply['out'][number] => {
    try {
      return { ok: true, analysis: analyseForMerge(doc) };
    } catch (e) {
      return { ok: false, message: (e as Error).message };
    }
  });
  parentPort?.postMessage({ id: job.id, out } satisfies AnalysisReply);
});
