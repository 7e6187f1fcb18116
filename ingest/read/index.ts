/** Reading: files and folders → DocumentRecords (see read-documents.ts), plus pure helpers for tests. */
export { readDocuments, listDocumentFiles, readDocumentFile, bytesHash, documentsFromText, documentsFromOutput, decodeUtf8, DEFAULT_MAX_BYTES, SUPPORTED_EXTENSIONS } from './read-documents.ts';
export type { ReadError, ReadOptions, ReadResult, DocumentFiles } from './read-documents.ts';
export { READERS, readerForPath, readerForMediaType, readerByName, describeFormats } from './formats/registry.ts';
export type { ReaderFormat, RawArticle, ReadOutput, ReadContext } from './formats/types.ts';
export { splitArticles, isKickerLine, fallbackTitle } from './split-articles.ts';
export type { SplitArticle } from './split-articles.ts';
export { htmlToArticle, decodeEntities } from './formats/html.ts';
export { markdownToArticle } from './formats/markdown.ts';
export { jsonlToArticles } from './formats/jsonl.ts';
