/**
 * A disputed act: the same act (same source, type and target) told both as happening (asserted or
 * alleged) and as not happening (denied or negated). Fact ids keep the statuses apart
 * (`a|SUPPLIED|b` and `a|SUPPLIED|b|denied`, core/keys.ts), so the canvas or the database can hold
 * both; the details panel shows a "disputed" badge on either. DOM-free, unit-tested.
 */
import type { FactStatus } from '../../../core/fact-status.ts';

const CLAIMS: readonly FactStatus[] = ['asserted', 'alleged'];
const DENIALS: readonly FactStatus[] = ['denied', 'negated'];

/** One telling of an act: its ends, type and status (absent: asserted). */
export interface Telling {
  id: string;
  source: string;
  target: string;
  type: string;
  status?: FactStatus;
}

/**
 * The tellings of the same act as `fact` that contradict it: denials of a claim, claims of a denial.
 * Empty when the act is not disputed (or `fact` is planned, which neither claims nor denies).
 */
export function contradictions(fact: Telling, others: Iterable<Telling>): Telling[] {
  const status = fact.status ?? 'asserted';
  const opposite = CLAIMS.includes(status) ? DENIALS : DENIALS.includes(status) ? CLAIMS : [];
  const out: Telling[] = [];
  for (const o of others) {
    if (o.id === fact.id || o.source !== fact.source || o.target !== fact.target || o.type !== fact.type) continue;
    if (opposite.includes(o.status ?? 'asserted')) out.push(o);
  }
  return out;
}
