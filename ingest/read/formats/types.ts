/**
 * The shape of a reader: one file per format in this folder, one line in `registry.ts`. A reader
 * turns a file's bytes (or a fetched body) into articles; it decodes the bytes itself, so binary
 * formats (PDF, DOCX) fit as well as text ones.
 */
import type { SplitArticle } from '../split-articles.ts';

/** An article parsed from a file before it gets an id: text plus optional metadata. */
export interface RawArticle extends SplitArticle {
  id?: string;
  url?: string;
  source?: string;
  publishedAt?: string;
  /** Who wrote it (HTML byline); kept in the text's metadata only. */
  byline?: string;
}

/** A problem with one part of a file (a JSONL line); the rest of the file is still read. */
export interface PartError {
  /** 1-based line, when the format has lines. */
  line?: number;
  message: string;
}

/** What a reader found in one file. */
export interface ReadOutput {
  articles: RawArticle[];
  errors: PartError[];
}

export interface ReaderFormat {
  /** Short name, shown in `--help` ("text", "pdf"). */
  name: string;
  /** Lower-case file extensions with the dot (".txt"). */
  extensions: readonly string[];
  /** Media types (without parameters) a fetched body may be served as. */
  mediaTypes: readonly string[];
  /**
   * True for sources whose items come and go (feeds show their latest items only): documents that
   * fall out of the source are kept, so the source is never the unit of replacement.
   */
  rolling?: boolean;
  /** Reads bytes into articles. Throws a readable Error when the whole file is unusable. */
  read(bytes: Uint8Array, context?: ReadContext): Promise<ReadOutput>;
  /** Text formats only: the same from already decoded text (pure, synchronous). */
  parseText?(text: string, context?: ReadContext): ReadOutput;
  /**
   * Line-based formats only (one article per line): a fresh reader for one file, fed its lines in
   * order. A file of such a format is read in pieces, so its size does not have to fit in memory.
   */
  lineReader?(): LineReader;
}

/** Reads one line of a line-based file: an article, an error, or nothing (a blank line). */
export type LineReader = (line: string, lineNumber: number) => { article: RawArticle } | { error: PartError } | undefined;

/** Where the bytes came from, for formats that resolve links (feeds) or need a charset. */
export interface ReadContext {
  /** The URL a body was fetched from. */
  url?: string;
  /** The `charset` parameter of a fetched body's Content-Type. */
  charset?: string;
}
