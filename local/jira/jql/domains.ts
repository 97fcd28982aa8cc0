// Operand coercion per field kind: each domain turns the written operands into values of the field's type once, at
// compile time, and builds the tests evaluated per issue (equality, relations, text match).
import { dateValueOfInstant, evaluateDateFunction, isDateFunction, parseDateValue, type DateEnv } from './dates';
import { ClauseProblem, jqlMessages } from './errors';
import { userFunction, type OperandItem } from './operands';
import { relation, type Relation, type Test } from './operators';
import { compileTextQuery, type TextMatcher } from './text-match';
import type { JqlContext } from './types';

export interface DomainEnv {
  readonly ctx: JqlContext;
  readonly dates: DateEnv;
  /** The field as written in the clause, for messages. */
  readonly field: string;
}

export interface Domain<V, O> {
  /** The operand values an item stands for; 'empty' for EMPTY (and aliases of it such as resolution = Unresolved). */
  readonly resolve: (item: OperandItem) => readonly O[] | 'empty';
  readonly equals: (operands: readonly O[]) => Test<V>;
  readonly relation?: (operator: Relation, operand: O) => Test<V>;
  readonly like?: (operand: O) => Test<V>;
}

export type FunctionItem = Extract<OperandItem, { type: 'function' }>;
export const notForField = (item: FunctionItem, env: DomainEnv) =>
  new ClauseProblem(jqlMessages.functionNotForField(item.name, env.field));

export function resolveWith<O>(
  item: OperandItem,
  env: DomainEnv,
  value: (text: string) => readonly O[] | 'empty',
  fn?: (item: FunctionItem) => readonly O[],
): readonly O[] | 'empty' {
  if (item.type === 'empty') return 'empty';
  if (item.type === 'value') return value(item.value);
  if (fn === undefined) throw notForField(item, env);
  return fn(item);
}

const inSet = <O>(operands: readonly O[]) => new Set(operands);
const MEMO_LIMIT = 10_000;

export function exactDomain(env: DomainEnv, emptyAliases: readonly string[] = []): Domain<string, string> {
  return {
    resolve: (item) =>
      resolveWith(item, env, (text) => (emptyAliases.includes(text.toLowerCase()) ? 'empty' : [text.toLowerCase()])),
    equals: (operands) => {
      // Field values repeat a lot (statuses, types, labels): remember each distinct value's answer.
      const wanted = inSet(operands);
      const known = new Map<string, boolean>();
      return (value) => {
        let answer = known.get(value);
        if (answer === undefined) {
          answer = wanted.has(value.toLowerCase());
          if (known.size < MEMO_LIMIT) known.set(value, answer);
        }
        return answer;
      };
    },
  };
}

export function textDomain(env: DomainEnv): Domain<string, TextMatcher> {
  return {
    resolve: (item) => resolveWith(item, env, (text) => [compileTextQuery(text, env.field)]),
    equals: () => () => false,
    like: (matcher) => matcher,
  };
}

export function userDomain(env: DomainEnv): Domain<string, string> {
  const users = (item: FunctionItem): readonly string[] => {
    const name = userFunction(item);
    if (name === 'currentUser') return env.ctx.currentAccountId === null ? [] : [env.ctx.currentAccountId];
    if (name !== 'membersOf') throw notForField(item, env);
    const group = item.args[0] ?? '';
    const members = env.ctx.groupMembers(group);
    if (members === undefined) throw new ClauseProblem(jqlMessages.unknownGroup(group));
    return members;
  };
  const user = (text: string) => {
    const accountId = env.ctx.resolveUser(text);
    if (accountId === undefined) throw new ClauseProblem(jqlMessages.unknownValue(text, env.field));
    return [accountId];
  };
  return {
    resolve: (item) => resolveWith(item, env, user, users),
    equals: (operands) => {
      const wanted = inSet(operands);
      return (value) => wanted.has(value);
    },
  };
}

export const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

export function numberDomain(env: DomainEnv): Domain<number, number> {
  return {
    resolve: (item) =>
      resolveWith(item, env, (text) => {
        if (!NUMBER.test(text.trim())) throw new ClauseProblem(jqlMessages.badNumber(text, env.field));
        return [Number(text)];
      }),
    equals: (operands) => {
      const wanted = inSet(operands);
      return (value) => wanted.has(value);
    },
    relation: (operator, operand) => relation(operator, operand),
  };
}

export function dateOperand(item: OperandItem, env: DomainEnv) {
  return resolveWith(
    item,
    env,
    (text) => {
      const value = parseDateValue(text, env.dates);
      if (value === undefined) throw new ClauseProblem(jqlMessages.badDate(text, env.field));
      return [value];
    },
    (fn) => {
      if (!isDateFunction(fn.name)) throw notForField(fn, env);
      return [dateValueOfInstant(evaluateDateFunction(fn.name, fn.args, env.dates), env.dates)];
    },
  );
}

/** Date-only fields compare calendar dates: an instant operand becomes its date in the user's time zone. */
export function dateDomain(env: DomainEnv): Domain<string, string> {
  return {
    resolve: (item) => {
      const values = dateOperand(item, env);
      return values === 'empty' ? values : values.map((value) => value.date);
    },
    equals: (operands) => {
      const wanted = inSet(operands);
      return (value) => wanted.has(value);
    },
    relation: (operator, operand) => relation(operator, operand),
  };
}

