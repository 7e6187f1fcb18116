/**
 * The second lock of the console: Neo4j's own reading of the query. Given the EXPLAIN plan, refuse
 * anything that is not a read (query type), any refused operator (`LoadCSV`, `SHOW TRANSACTIONS`, …)
 * and any procedure call outside the allowlist, wherever it sits in the plan tree. Text tricks
 * (control characters, backticks, comments) cannot hide an operator from the planner.
 */
import { AppError } from '../errors.ts';
import { isAllowedProcedure } from '../cypher-guard.ts';
import { ALLOWED_SHOW_OPERATORS, REFUSED_OPERATORS } from './rules.ts';

/** The parts of a neo4j-driver plan the check reads. */
export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** `ProcedureCall@neo4j` → `ProcedureCall`. */
export function operatorName(operatorType: string): string {
  return operatorType.split('@')[0] ?? operatorType;
}

/** The procedure a `ProcedureCall` operator calls: `db.labels() :: (label :: STRING)` → `db.labels`. */
export function procedureOfDetails(details: string): string {
  const head = details.slice(0, details.indexOf('(') === -1 ? details.length : details.indexOf('('));
  return head.replace(/`/g, '').replace(/\s+/g, '').trim();
}

/**
 * Throws AppError 403 when the plan is not one of a read the console allows.
 * @param queryType the summary's query type ('r', 'rw', 'w', 's')
 */
export function checkPlan(queryType: string | undefined, plan: PlanNode | false | undefined): void {
  if (queryType !== 'r') {
    throw AppError.forbidden(
      `This endpoint is read-only: the query plan is of type '${queryType}' (only 'r' is allowed).`,
      'WRITE_FORBIDDEN',
    );
  }
  if (!plan) throw AppError.forbidden('The database gave no plan for this query.', 'FORBIDDEN');
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    const op = operatorName(node.operatorType);
    const refused = REFUSED_OPERATORS[op];
    if (refused) throw AppError.forbidden(refused, op === 'LoadCSV' ? 'LOAD_CSV_FORBIDDEN' : 'FORBIDDEN');
    if ((op.startsWith('Show') || op.startsWith('Terminate')) && !ALLOWED_SHOW_OPERATORS.includes(op)) {
      throw AppError.forbidden(`${op} is not allowed here.`, 'FORBIDDEN');
    }
    if (op === 'ProcedureCall') {
      const details = String(node.arguments['Details'] ?? '');
      const name = procedureOfDetails(details);
      if (!name || !isAllowedProcedure(name)) {
        throw AppError.forbidden(`Procedure ${name || '(unknown)'} is not allowed here.`, 'PROCEDURE_FORBIDDEN');
      }
    }
    stack.push(...(node.children ?? []));
  }
}
