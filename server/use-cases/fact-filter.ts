/**
 * Which relationships an exploring request follows: bookkeeping types (MENTIONS, FROM_DOCUMENT) never
 * unless named in `relTypes`, aggregate CO_MENTIONED links only when asked (or named), and facts of
 * the requested statuses only (asserted and alleged by default: paths never run through denied or
 * negated acts unless asked). Pure, so the rule is tested without a database.
 */
import { CO_MENTIONED, DEFAULT_FACT_STATUSES, FACT_STATUSES, NEO4J, type FactStatus } from '../../core/index.ts';

/** What the repository's queries take: types never followed and statuses left out. */
export interface RelationshipFilter {
  excluded: string[];
  hiddenStatuses: FactStatus[];
}

/** The filter for a request naming `relTypes` (empty = all), `statuses` and `coMentions`. */
export function relationshipFilter(relTypes: readonly string[], statuses: readonly FactStatus[] = DEFAULT_FACT_STATUSES, coMentions = false): RelationshipFilter {
  const skipped = coMentions ? NEO4J.structuralRelTypes : [...NEO4J.structuralRelTypes, CO_MENTIONED];
  return {
    excluded: skipped.filter((t) => !relTypes.includes(t)),
    hiddenStatuses: FACT_STATUSES.filter((s) => !statuses.includes(s)),
  };
}
