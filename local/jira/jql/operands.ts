// The right-hand side of a clause, flattened: values, EMPTY and function calls, with the functions the stand-in
// knows checked up front (an unknown function is always an error, never a silent match-all).
import type { Operand } from '@atlaskit/jql-ast';
import { isDateFunction } from './dates';
import { ClauseProblem, jqlMessages } from './errors';

export type OperandItem =
  | { readonly type: 'value'; readonly value: string; readonly text: string }
  | { readonly type: 'empty' }
  | { readonly type: 'function'; readonly name: string; readonly args: readonly string[]; readonly display: string };

export interface FlatOperand {
  readonly items: readonly OperandItem[];
  /** A list `(a, b)` or a list function (membersOf): what IN / NOT IN need and = / != refuse. */
  readonly isList: boolean;
  /** The operand as written, for messages. */
  readonly display: string;
}

const USER_FUNCTIONS: Readonly<Record<string, string>> = { currentuser: 'currentUser', membersof: 'membersOf' };
const LIST_FUNCTIONS = new Set(['membersof']);

export function isKnownFunction(name: string): boolean {
  return isDateFunction(name) || name.toLowerCase() in USER_FUNCTIONS;
}

function flattenItem(operand: Operand): { items: OperandItem[]; display: string } {
  switch (operand.operandType) {
    case 'value':
      return { items: [{ type: 'value', value: operand.value, text: operand.text }], display: operand.text };
    case 'keyword':
      return { items: [{ type: 'empty' }], display: 'EMPTY' };
    case 'function': {
      const args = operand.arguments.map((argument) => argument.value);
      const display = `${operand.function.value}(${operand.arguments.map((argument) => argument.text).join(', ')})`;
      if (!isKnownFunction(operand.function.value)) throw new ClauseProblem(jqlMessages.unknownFunction(display));
      return { items: [{ type: 'function', name: operand.function.value, args, display }], display };
    }
    case 'list': {
      const parts = operand.values.map(flattenItem);
      return { items: parts.flatMap((part) => part.items), display: `(${parts.map((part) => part.display).join(', ')})` };
    }
  }
}

export function flattenOperand(operand: Operand): FlatOperand {
  const { items, display } = flattenItem(operand);
  const isList =
    operand.operandType === 'list' ||
    (operand.operandType === 'function' && LIST_FUNCTIONS.has(operand.function.value.toLowerCase()));
  return { items, isList, display };
}

/** Checks the argument count of currentUser() (none) and membersOf() (one group name) and names them canonically. */
export function userFunction(item: Extract<OperandItem, { type: 'function' }>): 'currentUser' | 'membersOf' | undefined {
  const name = USER_FUNCTIONS[item.name.toLowerCase()];
  if (name === 'currentUser' && item.args.length > 0) {
    throw new ClauseProblem(jqlMessages.argumentCount(name, 0, 0, item.args.length));
  }
  if (name === 'membersOf' && item.args.length !== 1) {
    throw new ClauseProblem(jqlMessages.argumentCount(name, 1, 1, item.args.length));
  }
  return name === 'currentUser' || name === 'membersOf' ? name : undefined;
}
