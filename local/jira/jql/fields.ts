// Field resolution: what a clause's field name refers to. Names are case-insensitive, as in Jira. Supported forms:
// system names and their aliases (system-fields.ts), `text`, `cf[10010]`, a custom field's name ("Finding kind";
// several fields with one name are searched together, like Jira), the collapsed `Name[Type]` form (the type part is
// not checked), `Field.alias` for the searchAlias properties of object fields (`Finding.kind`, `cf[10020].kind` is not
// valid JQL), and `issue.property[key].path.to.value`.
import type { Field } from '@atlaskit/jql-ast';
import { aliasSpec, customFieldSpec, textAliasValues, visitPath } from './custom-fields';
import { ClauseProblem, jqlMessages } from './errors';
import { type FieldSpec, type PropertyScalar, PROPERTY_OPERATORS, type SortValue } from './field-spec';
import { SYSTEM_FIELDS, textMasterField } from './system-fields';
import type { CustomFieldDefinition, IssueDocument } from './types';

// Hot-path built-ins as module constants: a global lookup per issue is slow in sandboxes such as Jest's vm contexts.
const { isArray } = Array;

export type FieldResolver = (field: Field) => readonly FieldSpec[];

const isScalar = (value: unknown): value is PropertyScalar =>
  (typeof value === 'string' && value !== '') || typeof value === 'number' || typeof value === 'boolean';

function propertySpec(key: string, path: readonly string[]): FieldSpec {
  const some = (issue: IssueDocument, test: (value: PropertyScalar) => boolean) =>
    visitPath(issue.properties[key], path, 0, (leaf) => visitLeaf(leaf, test));
  return {
    kind: 'property',
    id: `issue.property[${key}]${path.map((segment) => `.${segment}`).join('')}`,
    operators: PROPERTY_OPERATORS,
    some,
    isEmpty: (issue) => !some(issue, () => true),
    sortKey: (issue) => {
      let best: SortValue = null;
      some(issue, (value) => {
        const candidate = typeof value === 'string' ? value.toLowerCase() : typeof value === 'number' ? value : String(value);
        if (best === null || compareMixed(candidate, best) < 0) best = candidate;
        return false;
      });
      return best;
    },
  };
}

/** Arrays at the end of the path contribute each scalar element. */
function visitLeaf(leaf: unknown, test: (value: PropertyScalar) => boolean): boolean {
  if (isArray(leaf)) return (leaf as readonly unknown[]).some((item) => isScalar(item) && test(item));
  return isScalar(leaf) && test(leaf);
}

/** Numbers before strings, then natural order. */
function compareMixed(a: string | number, b: string | number): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolveProperty(field: Field, name: string): FieldSpec {
  const [property, ...more] = field.properties ?? [];
  const key = property?.key?.value;
  if (name.toLowerCase() !== 'issue.property' || key === undefined || more.length > 0) {
    throw new ClauseProblem(jqlMessages.unsupportedProperty(field.text));
  }
  const path = (property?.path ?? [])
    .flatMap((argument) => argument.value.split('.'))
    .filter((segment) => segment.length > 0);
  return propertySpec(key, path);
}

export function createFieldResolver(customFields: readonly CustomFieldDefinition[]): FieldResolver {
  const byName = new Map<string, CustomFieldDefinition[]>();
  for (const definition of customFields) {
    const name = definition.name.toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), definition]);
  }
  const byId = new Map(customFields.map((definition) => [definition.id, definition]));
  const text = textMasterField(textAliasValues(customFields));

  const definitionsNamed = (name: string): readonly CustomFieldDefinition[] => {
    const cf = /^cf\[(\d+)\]$/i.exec(name);
    if (cf !== null) {
      const definition = byId.get(`customfield_${cf[1] ?? ''}`);
      return definition === undefined ? [] : [definition];
    }
    return byName.get(name.toLowerCase()) ?? [];
  };

  return (field) => {
    const name = field.value;
    if ((field.properties ?? []).length > 0) return [resolveProperty(field, name)];
    const lower = name.toLowerCase();
    if (lower === 'text') return [text];
    const system = SYSTEM_FIELDS.get(lower);
    if (system !== undefined) return [system];

    const direct = definitionsNamed(name);
    if (direct.length > 0) return direct.map(customFieldSpec);
    const collapsed = /^(.+?)\s*\[[^\]]+\]$/.exec(name);
    const collapsedDefinitions = collapsed === null ? [] : definitionsNamed(collapsed[1] ?? '');
    if (collapsedDefinitions.length > 0) return collapsedDefinitions.map(customFieldSpec);

    const dot = name.lastIndexOf('.');
    if (dot > 0) {
      const aliasName = name.slice(dot + 1).toLowerCase();
      const specs = definitionsNamed(name.slice(0, dot)).flatMap((definition) =>
        definition.searchAliases
          .filter((alias) => alias.alias.toLowerCase() === aliasName)
          .map((alias) => aliasSpec(definition, alias)),
      );
      if (specs.length > 0) return specs;
    }
    throw new ClauseProblem(jqlMessages.unknownField(name));
  };
}
