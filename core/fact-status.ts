/**
 * Whether a fact happened, as the sentence tells it, and when. One vocabulary for extraction, loader,
 * API and client.
 *
 * - asserted: the text states it ("Russia and Iran signed a treaty").
 * - alleged: someone claims it and the text does not vouch for it ("Ukraine accused Iran of supplying drones").
 * - denied: someone says it did not happen ("…, which Moscow and Tehran have denied").
 * - negated: the text says it did not happen ("Iran did not sign").
 * - planned: intent, future or condition ("Iran will sign", "plans to sign", "if Iran signs").
 */
import { z } from 'zod';

export const FACT_STATUSES = ['asserted', 'alleged', 'denied', 'negated', 'planned'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];
export const factStatusSchema = z.enum(FACT_STATUSES);

/** Statuses the API includes unless asked otherwise; denied and negated acts are hidden by default. */
export const DEFAULT_FACT_STATUSES: readonly FactStatus[] = ['asserted', 'alleged'];

export function isFactStatus(value: unknown): value is FactStatus {
  return typeof value === 'string' && (FACT_STATUSES as readonly string[]).includes(value);
}

/** An ISO date, partial allowed: `2022`, `2022-02`, `2025-01-20`. */
export const PARTIAL_ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const partialIsoDateSchema = z.string().regex(PARTIAL_ISO_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD');

/** The relationship type of aggregate co-mentions: actor pairs in one sentence that no typed fact covers. */
export const CO_MENTIONED = 'CO_MENTIONED';
