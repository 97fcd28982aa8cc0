// The JQL engine of the local Jira Cloud stand-in: Atlassian's grammar for parsing, our evaluation with Jira's
// semantics. See operators.ts (EMPTY, !=, NOT), dates.ts, text-match.ts, order-by.ts and fields.ts for the choices.
export { compileJql, isBoundedJql } from './compile';
export { parseJqlForApi } from './parse-api';
export type {
  JqlQueryClause,
  JqlQueryField,
  JqlQueryOperand,
  JqlQueryStructure,
  JqlValidation,
  ParsedJqlQueries,
  ParsedJqlQuery,
} from './parse-api';
export { JqlError } from './types';
export type {
  CompiledJql,
  CustomFieldDefinition,
  FieldSchemaType,
  IssueDocument,
  JqlContext,
  SearchAlias,
  StatusCategoryKey,
} from './types';
