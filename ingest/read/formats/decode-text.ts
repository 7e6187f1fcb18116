/** Decoding bytes to text for the text formats: strict UTF-8 by default, a declared charset when given. */

/**
 * Decodes file bytes as strict UTF-8. Throws a readable Error for empty, binary or non-UTF-8 input.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return decodeText(bytes);
}

/**
 * Decodes bytes in `charset` (a WHATWG label such as `windows-1252`; UTF-8 when absent or unknown).
 * UTF-8 is strict: a byte sequence that is not UTF-8 is an error, never replaced silently.
 */
export function decodeText(bytes: Uint8Array, charset?: string): string {
  if (bytes.length === 0) throw new Error('empty file');
  if (bytes.indexOf(0) !== -1) throw new Error('binary file (contains NUL bytes)');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8', { fatal: true, ignoreBOM: false });
  } catch {
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new Error(decoder.encoding === 'utf-8' ? 'not valid UTF-8' : `not valid ${decoder.encoding}`);
  }
  if (!text.trim()) throw new Error('empty file (only whitespace)');
  return text;
}

/** A text format's `read`: decode (charset from the context), then parse. */
export function readAsText<C extends { charset?: string }>(parse: (text: string, context?: C) => import('./types.ts').ReadOutput) {
  return async (bytes: Uint8Array, context?: C) => parse(decodeText(bytes, context?.charset), context);
}
