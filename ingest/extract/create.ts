/**
 * Chooses the extractor from the environment: the offline rules by default; the LLM extractor when
 * EXTRACTOR=llm and LLM_BASE_URL are set (LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS, LLM_CONCURRENCY optional).
 */
import { rulesExtractor, type Extractor } from './extract.ts';
import { createLlmExtractor } from './llm/llm-extractor.ts';

/** The extractor to use; callers need not know which one it is. */
export function createExtractor(env: Record<string, string | undefined> = process.env): Extractor {
  if (env.EXTRACTOR === 'llm') {
    if (!env.LLM_BASE_URL) throw new Error('EXTRACTOR=llm needs LLM_BASE_URL (an OpenAI-compatible endpoint, e.g. http://127.0.0.1:11434/v1)');
    return createLlmExtractor({
      baseUrl: env.LLM_BASE_URL,
      model: env.LLM_MODEL ?? 'llama3.1',
      ...(env.LLM_API_KEY ? { apiKey: env.LLM_API_KEY } : {}),
      ...(env.LLM_TIMEOUT_MS ? { timeoutMs: Number(env.LLM_TIMEOUT_MS) } : {}),
      ...(env.LLM_CONCURRENCY ? { concurrency: Number(env.LLM_CONCURRENCY) } : {}),
    });
  }
  if (env.EXTRACTOR && env.EXTRACTOR !== 'rules') throw new Error(`Unknown EXTRACTOR "${env.EXTRACTOR}" (use "rules" or "llm")`);
  return rulesExtractor;
}
