/**
 * The optional LLM extractor behind the same `Extractor` interface: one chat request per document
 * (OpenAI-compatible endpoint, e.g. a local Ollama), the JSON answer validated and its evidence placed
 * in the text (answer.ts). Any failure for a document (network, timeout, bad JSON, schema) sends that
 * document to the rule-based extractor instead, so a run always completes.
 */
import type { DocumentRecord, ExtractionResult } from '../../../core/index.ts';
import { rulesExtractor, type Extractor } from '../extract.ts';
import { chatJson, type LlmOptions } from './client.ts';
import { buildMessages } from './prompt.ts';
import { answerToResult } from './answer.ts';
import { mergeResults } from './merge.ts';

/** Options of the LLM extractor. */
export interface LlmExtractorOptions extends LlmOptions {
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** Told about each document that fell back to the rules, with the reason. */
  onFallback?: (doc: DocumentRecord, error: unknown) => void;
  /** The extractor used for documents the model could not handle (default: the rules). */
  fallback?: Extractor;
}

/** Creates an extractor that asks the model, falling back per document. */
export function createLlmExtractor(opts: LlmExtractorOptions): Extractor {
  const name = `llm:${opts.model}`;
  const fallback = opts.fallback ?? rulesExtractor;
  return {
    name,
    async extract(docs: DocumentRecord[]): Promise<ExtractionResult> {
      const answered: ExtractionResult[] = [];
      const failed: DocumentRecord[] = [];
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < docs.length) {
          const doc = docs[next++]!;
          try {
            const content = await chatJson(opts, buildMessages(doc.title, doc.text));
            answered.push(answerToResult(content, doc, name));
          } catch (error) {
            opts.onFallback?.(doc, error);
            failed.push(doc);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency ?? 2, docs.length)) }, worker));
      const parts = [...answered];
      if (failed.length) parts.push(await fallback.extract(failed));
      const merged = mergeResults(parts, failed.length ? `${name}+${fallback.name}` : name);
      // Documents in input order, whatever order the answers came back in.
      const order = new Map(docs.map((d, i) => [d.id, i]));
      merged.documents.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      return merged;
    },
  };
}
