import { describe, expect, it } from 'vitest';
import { datelineDate } from './dateline-date.ts';
import { documentsFromText } from './read-documents.ts';

describe('dateline dates', () => {
  it('reads a full date in a wire dateline', () => {
    expect(datelineDate('WASHINGTON — March 3, 2025 — The senate voted.')).toBe('2025-03-03');
    expect(datelineDate('KYIV, Feb 24, 2022 (Reuters) - Russia attacked.')).toBe('2022-02-24');
    expect(datelineDate('LONDON, 3 March 2025 (AFP) – Talks began.')).toBe('2025-03-03');
    expect(datelineDate('RIO DE JANEIRO, Brazil, 2024-11-18 — Leaders met.')).toBe('2024-11-18');
  });

  it('takes no date from a dateline without its year, an impossible day or a sentence', () => {
    expect(datelineDate('KYIV, Feb 24 (Reuters) - Russia attacked.')).toBeUndefined();
    expect(datelineDate('PARIS — February 30, 2025 — A day that never was.')).toBeUndefined();
    expect(datelineDate('On March 3, 2025 the senate voted.')).toBeUndefined();
  });

  it('gives a plain-text document the dateline date, and keeps a JSONL date over it', () => {
    const { documents } = documentsFromText('KYIV, Feb 24, 2022 (Reuters) - Russia attacked Ukraine.', 'a.txt');
    expect(documents[0]!.publishedAt).toBe('2022-02-24');
    const line = JSON.stringify({ id: 'x', text: 'KYIV, Feb 24, 2022 (Reuters) - Russia attacked Ukraine.', publishedAt: '2022-02-25' });
    expect(documentsFromText(line, 'a.jsonl').documents[0]!.publishedAt).toBe('2022-02-25');
  });
});
