// /rest/api/3/field (FieldDetails[]) and /field/search (PageBeanField of Field).
import { listParam, pageParams } from '../http/query-params';
import { json, type RouteDefinition } from '../http/stand-in-request';
import type { FieldDescription } from '../issues/field-catalog';
import { pageBean, route, type StandInServices } from './route-kit';

function fieldDetails(field: FieldDescription): Record<string, unknown> {
  return {
    id: field.id,
    key: field.key,
    name: field.name,
    custom: field.custom,
    orderable: field.orderable,
    navigable: field.navigable,
    searchable: field.searchable,
    clauseNames: [...field.clauseNames],
    ...(field.schema === undefined ? {} : { schema: field.schema }),
  };
}

function fieldBean(field: FieldDescription): Record<string, unknown> {
  const custom = field.customField;
  return {
    id: field.id,
    key: field.key,
    name: field.name,
    schema: field.schema ?? { type: 'any' },
    ...(field.description === '' ? {} : { description: field.description }),
    ...(custom === undefined ? {} : { typeDisplayName: `Forge ${custom.type}`, searcherKey: `${custom.type}-searcher` }),
    isLocked: false,
    screensCount: 0,
    contextsCount: 1,
    lastUsed: { type: 'NOT_TRACKED' },
  };
}

export function fieldRoutes(s: StandInServices): RouteDefinition[] {
  return [
    route('GET', '/rest/api/3/field', 'getFields', ['read:jira-work'], () => json(200, s.catalog.all().map(fieldDetails))),
    route('GET', '/rest/api/3/field/search', 'getFieldsPaginated', ['read:jira-work'], ({ query }) => {
      const { startAt, maxResults } = pageParams(query, 50, 100);
      const types = new Set(listParam(query, 'type'));
      const ids = new Set(listParam(query, 'id'));
      const text = query.get('query')?.toLowerCase();
      const fields = s.catalog
        .all()
        .filter((field) => (types.size === 0 ? field.custom : types.has(field.custom ? 'custom' : 'system')))
        .filter((field) => ids.size === 0 || ids.has(field.id))
        .filter((field) => text === undefined || field.name.toLowerCase().includes(text) || field.description.toLowerCase().includes(text));
      const self = `${s.json.baseUrl}/rest/api/3/field/search?startAt=${startAt}&maxResults=${maxResults}`;
      return json(200, pageBean(self, fields.map(fieldBean), startAt, maxResults));
    }),
  ];
}
