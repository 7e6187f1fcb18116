/**
 * Chooses the extractor from the environment: the offline rules by default; the LLM extractor when
 * EXTRACTOR=llm and LLM_BASE_URL are set (LLM_MODEL, LLM_API_KEY, LLM_TIMEOUT_MS, LLM_CONCURRENCY optional).
 */
import { readExtractorEnvironment } from '../../config/environment.ts';
import { rulesExtractor, type Extractor } from './extract.ts';
import { createLlmExtractor } from './llm/llm-extractor.ts';

/** The extractor to use; callers need not know which one it is. Settings come from the shared schema. */
export function createExtractor(env: Record<string, string | undefined> = process.env): Extractor {
  const settings = readExtractorEnvironment(env);
  return settings.llm ? createLlmExtractor(settings.llm) : rulesExtractor;
}
