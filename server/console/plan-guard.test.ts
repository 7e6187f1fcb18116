import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkPlan, procedureOfDetails, type PlanNode } from './plan-guard.ts';

const op = (operatorType: string, details = '', children: PlanNode[] = []): PlanNode => ({
  operatorType: `${operatorType}@neo4j`,
  arguments: details ? { Details: details } : {},
  children,
});

function refusal(queryType: string, plan: PlanNode): string | undefined {
  try {
    checkPlan(queryType, plan);
    return undefined;
  } catch (err) {
    return (err as AppError).code;
  }
}

describe('checkPlan', () => {
  it('passes a read whose procedures are allowed, wherever they sit', () => {
    const plan = op('ProduceResults', 'label', [op('Apply', '', [op('AllNodesScan', 'n'), op('ProcedureCall', 'db.labels() :: (label :: STRING)')])]);
    expect(refusal('r', plan)).toBeUndefined();
  });

  it.each([
    ['LoadCSV deep in the tree', op('ProduceResults', 'l', [op('Apply', '', [op('Argument'), op('LoadCSV', 'l')])]), 'LOAD_CSV_FORBIDDEN'],
    ['db.stats.retrieve', op('ProduceResults', '', [op('ProcedureCall', 'db.stats.retrieve($autostring_0) :: (section :: STRING, data :: MAP)')]), 'PROCEDURE_FORBIDDEN'],
    ['db.awaitIndexes', op('ProduceResults', '', [op('EmptyResult', '', [op('ProcedureCall', 'db.awaitIndexes() :: ()')])]), 'PROCEDURE_FORBIDDEN'],
    ['db.info', op('ProduceResults', '', [op('ProcedureCall', 'db.info() :: (id :: STRING)')]), 'PROCEDURE_FORBIDDEN'],
    ['SHOW TRANSACTIONS', op('ProduceResults', '', [op('ShowTransactions', 'defaultColumns, allTransactions')]), 'FORBIDDEN'],
    ['SHOW SETTINGS', op('ProduceResults', '', [op('ShowSettings')]), 'FORBIDDEN'],
    ['TERMINATE TRANSACTIONS', op('ProduceResults', '', [op('TerminateTransactions')]), 'FORBIDDEN'],
  ])('refuses %s', (_name, plan, code) => {
    expect(refusal('r', plan)).toBe(code);
  });

  it('refuses anything but a read query type', () => {
    expect(refusal('rw', op('ProduceResults'))).toBe('WRITE_FORBIDDEN');
    expect(refusal('s', op('ProduceResults', '', [op('ProcedureCall', 'dbms.components() :: (name :: STRING)')]))).toBe('WRITE_FORBIDDEN');
  });

  it('allows the SHOW commands for indexes, constraints, procedures and functions', () => {
    expect(refusal('r', op('ProduceResults', '', [op('ShowIndexes')]))).toBeUndefined();
    expect(refusal('r', op('ProduceResults', '', [op('ShowProcedures')]))).toBeUndefined();
  });
});

describe('procedureOfDetails', () => {
  it('reads the procedure name from the operator details', () => {
    expect(procedureOfDetails('db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE)')).toBe('db.index.fulltext.queryNodes');
    expect(procedureOfDetails('`my proc`.x() :: ()')).toBe('myproc.x');
  });
});
