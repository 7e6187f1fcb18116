/** Extraction: documents → entities, typed relations and evidence (pure, offline, deterministic). */
export { extract, rulesExtractor, analyseDocument, EXTRACTOR_NAME } from './extract.ts';
export { createExtractor } from './create.ts';
export { createLlmExtractor, type LlmExtractorOptions } from './llm/llm-extractor.ts';
export type { Extractor } from './extract.ts';
export { splitSentences, tokenize } from './tokens/sentences.ts';
export type { Span, Token } from './tokens/sentences.ts';
