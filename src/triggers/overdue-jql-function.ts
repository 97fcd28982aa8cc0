// `jira:jqlFunction` clause9Overdue(): `issue in clause9Overdue()` finds late ISMS work, optionally of one kind
// (checks, reports, correctiveActions, reviews). It returns a JQL FRAGMENT over the app's fields with a live
// `startOfDay()`, never a list of keys: Jira caches a function's result per argument set, and a fragment stays
// true as days pass and issues change, whereas a key list would be stale and capped at 1,000 values.
import { z } from 'zod';

import { OVERDUE_KINDS, overdueJql, type OverdueKind } from '../adapters/jira/app-issue-jql';
import { readSetupState } from '../adapters/storage/setup-state';

const requestSchema = z.looseObject({
  clause: z.looseObject({ operator: z.string(), arguments: z.array(z.string()).optional() }),
});

export type JqlFunctionResult = { readonly jql: string } | { readonly error: string };

const USAGE = `clause9Overdue() takes no argument (all late work) or one of: ${OVERDUE_KINDS.join(', ')}`;

function isOverdueKind(value: string): value is OverdueKind {
  return (OVERDUE_KINDS as readonly string[]).includes(value);
}

export async function clause9OverdueJqlFunction(request: unknown): Promise<JqlFunctionResult> {
  const parsed = requestSchema.safeParse(request);
  if (!parsed.success) return { error: 'clause9Overdue() received a request it cannot read.' };
  const { operator, arguments: args = [] } = parsed.data.clause;
  if (operator !== 'in' && operator !== 'not in') return { error: `clause9Overdue() works with "in" and "not in", not "${operator}".` };
  const kinds = args.map((arg) => arg.trim()).filter((arg) => arg !== '');
  if (kinds.length > 1 || !kinds.every(isOverdueKind)) return { error: USAGE };
  const state = await readSetupState();
  if (state === undefined) return { error: 'Clause9 is not set up on this site yet: a Jira administrator needs to run setup.' };
  const fragment = overdueJql(state, kinds.length === 0 ? OVERDUE_KINDS : kinds, { live: true });
  return { jql: operator === 'in' ? fragment : `NOT (${fragment})` };
}
