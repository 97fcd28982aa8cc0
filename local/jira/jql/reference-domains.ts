// Domains of issue references and free-form values: issue keys and ids, parent, object fields, entity properties.
import { evaluateDateFunction, isDateFunction } from './dates';
import { type Domain, type DomainEnv, NUMBER, resolveWith, userDomain } from './domains';
import { ClauseProblem, jqlMessages } from './errors';
import type { PropertyScalar } from './field-spec';
import { relation } from './operators';
import { splitIssueKey } from './system-fields';
import { compileTextQuery } from './text-match';
import type { IssueDocument } from './types';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const { NaN: NOT_A_NUMBER, isNaN: isNotANumber } = Number;
const toNumber = Number;
const toText = String;

type KeyOperand = { readonly project: string; readonly number: number } | { readonly id: string };

/** The number of `key` when it belongs to `project` ("ISMS-12", "ISMS" → 12), NaN otherwise. Allocation-free. */
function numberInProject(key: string, project: string): number {
  if (key.length <= project.length + 1 || key.charCodeAt(project.length) !== 45 || !key.startsWith(project)) return NOT_A_NUMBER;
  let number = 0;
  for (let index = project.length + 1; index < key.length; index += 1) {
    const digit = key.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return NOT_A_NUMBER;
    number = number * 10 + digit;
  }
  return number;
}

/**
 * Issue keys match case-insensitively (operands are upper-cased; IssueDocument keys are canonical upper case, as Jira
 * stores them), ids exactly; `key > ISMS-3` stays within project ISMS, as in Jira.
 */
export function issueKeyDomain(env: DomainEnv): Domain<IssueDocument, KeyOperand> {
  return {
    resolve: (item) =>
      resolveWith(item, env, (text): readonly KeyOperand[] => {
        const key = splitIssueKey(text.trim());
        if (key !== undefined) return [{ project: key[0], number: key[1] }];
        if (/^\d+$/.test(text.trim())) return [{ id: String(Number(text)) }];
        throw new ClauseProblem(jqlMessages.badIssueKey(text, env.field));
      }),
    equals: (operands) => {
      const keys = new Set(operands.flatMap((operand) => ('id' in operand ? [] : [`${operand.project}-${operand.number}`])));
      const ids = new Set(operands.flatMap((operand) => ('id' in operand ? [operand.id] : [])));
      return (issue) => keys.has(issue.key) || ids.has(issue.id);
    },
    relation: (operator, operand) => {
      if ('id' in operand) {
        const test = relation(operator, Number(operand.id));
        return (issue) => test(toNumber(issue.id));
      }
      const test = relation(operator, operand.number);
      const { project } = operand;
      return (issue) => {
        const number = numberInProject(issue.key, project);
        return !isNotANumber(number) && test(number);
      };
    },
  };
}

export function parentDomain(env: DomainEnv): Domain<string, string> {
  return {
    resolve: (item) =>
      resolveWith(item, env, (text) => {
        const key = env.ctx.resolveIssueKey?.(text) ?? text;
        if (splitIssueKey(key) === undefined && !/^\d+$/.test(key)) {
          throw new ClauseProblem(jqlMessages.badIssueKey(text, env.field));
        }
        return [key.toUpperCase()];
      }),
    equals: (operands) => {
      const wanted = new Set(operands);
      return (value) => wanted.has(value.toUpperCase());
    },
  };
}

export function objectDomain(env: DomainEnv): Domain<unknown, never> {
  return { resolve: (item) => resolveWith(item, env, () => []), equals: () => () => false };
}

interface PropertyOperand {
  readonly text: string;
  readonly lower: string;
  readonly number: number | undefined;
}

const propertyOperand = (text: string): PropertyOperand => ({
  text,
  lower: text.toLowerCase(),
  number: NUMBER.test(text.trim()) ? Number(text) : undefined,
});

/** Entity properties carry no declared type here: numbers compare as numbers, everything else as text. */
export function propertyDomain(env: DomainEnv): Domain<PropertyScalar, PropertyOperand> {
  return {
    resolve: (item) =>
      resolveWith(
        item,
        env,
        (text) => [propertyOperand(text)],
        (fn) => {
          if (isDateFunction(fn.name)) {
            return [propertyOperand(new Date(evaluateDateFunction(fn.name, fn.args, env.dates)).toISOString())];
          }
          const users = userDomain(env).resolve(fn);
          return users === 'empty' ? [] : users.map(propertyOperand);
        },
      ),
    equals: (operands) => (value) =>
      operands.some((operand) =>
        typeof value === 'number' ? operand.number === value : toText(value).toLowerCase() === operand.lower,
      ),
    relation: (operator, operand) => {
      const numeric = operand.number === undefined ? undefined : relation(operator, operand.number);
      const textual = relation(operator, operand.text);
      return (value) => (typeof value === 'number' && numeric !== undefined ? numeric(value) : textual(toText(value)));
    },
    like: (operand) => {
      const matcher = compileTextQuery(operand.text, env.field);
      return (value) => typeof value === 'string' && matcher(value);
    },
  };
}
