// POST /api/v1/transaction: sets, deletes and checks that all commit or none do (storage-reference/transactions,
// transactions-entities). At most 25 operations, each key once. Conditions are evaluated against the entity's
// current value (an absent entity has no attributes); a failed condition aborts everything with 409
// CONDITIONAL_CHECK_FAILED (local code: the platform does not document it).
import { KvsError, badRequest } from './kvs-error';
import { MAX_TRANSACTION_OPERATIONS } from './kvs-limits';
import { parseBody, transactionRequest } from './kvs-protocol';
import type { FilterGroup } from './kvs-protocol';
import { checkFilterGroup, matchesFilter } from './filter-conditions';
import type { KvsDatabase } from './kvs-database';
import type { KvsOperations, Target } from './kvs-operations';

interface PlannedCheck {
  target: Target;
  key: string;
  conditions: FilterGroup | undefined;
}

export function executeTransaction(db: KvsDatabase, ops: KvsOperations, body: unknown): void {
  const request = parseBody(transactionRequest, body);
  const sets = request.set ?? [];
  const deletes = request.delete ?? [];
  const checks = request.check ?? [];
  const count = sets.length + deletes.length + checks.length;
  if (count === 0) throw badRequest('BAD_REQUEST', 'A transaction must contain at least one operation.');
  if (count > MAX_TRANSACTION_OPERATIONS) {
    throw badRequest('BAD_REQUEST', `A transaction can contain a maximum of ${MAX_TRANSACTION_OPERATIONS} operations.`);
  }
  const keys = [...sets, ...deletes, ...checks].map((op) => JSON.stringify([op.entityName ?? null, op.key]));
  if (new Set(keys).size !== keys.length) throw badRequest('BAD_REQUEST', 'Each key can only be used once in a transaction.');

  const plannedSets = sets.map((op) => {
    const target = ops.target(op.entityName);
    return { target, ...ops.prepareSet(target, op.key, op.value), conditions: op.conditions, options: op.options };
  });
  const plannedDeletes = deletes.map((op) => {
    const target = ops.target(op.entityName);
    return { target, key: ops.checkedKey(target, op.key), conditions: op.conditions };
  });
  const plannedChecks = checks.map((op) => {
    if (op.entityName === undefined) throw badRequest('BAD_REQUEST', 'A transaction check needs an entityName.');
    const target = ops.target(op.entityName);
    return { target, key: ops.checkedKey(target, op.key), conditions: op.conditions };
  });
  const conditional: PlannedCheck[] = [...plannedSets, ...plannedDeletes, ...plannedChecks];
  const filters = conditional.map((op) => ({ op, filter: checkFilterGroup(op.conditions) }));

  db.transaction(() => {
    for (const { op, filter } of filters) {
      if (filter === undefined) continue;
      const current = op.target.store.get(op.target.space, op.key);
      if (!matchesFilter(current?.value, filter)) {
        throw new KvsError(409, 'CONDITIONAL_CHECK_FAILED', `The transaction condition on key '${op.key}' was not met.`);
      }
    }
    for (const op of plannedSets) {
      ops.write(op.target, op.key, op.json, op.options?.ttl === undefined ? undefined : { ttl: op.options.ttl });
    }
    for (const op of plannedDeletes) op.target.store.delete(op.target.space, op.key);
  })();
}
