/** Reading: files and folders → DocumentRecords (see read-documents.ts), plus pure helpers for tests. */
export { readDocuments, documentsFromText, decodeUtf8, DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS } from './read-documents.ts';
export type { ReadError, ReadOptions, ReadResult } from './read-documents.ts';
export { splitArticles, isKickerLine, fallbackTitle } from './split-articles.ts';
export type { SplitArticle } from './split-articles.ts';
export { htmlToArticle, markdownToArticle, jsonlToArticles, decodeEntities } from './formats.ts';
