// GET /rest/api/3/field: every field; the app's Forge fields are found by `schema.custom`, which ends with
// `/static/<moduleKey>` of their manifest `jira:customField` module.
import { route } from '@forge/api';
import { z } from 'zod';

import { customFieldKeyOf, type CustomFieldKey } from './app-field-keys';
import type { JiraRequester } from './jira-requester';
import { JSON_HEADERS, readJiraJson } from './read-jira-json';

const fieldSchema = z.object({
  id: z.string(),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string(), custom: z.string().optional(), items: z.string().optional() }).optional(),
});
export type FieldSummary = z.infer<typeof fieldSchema>;

export async function listFields(jira: JiraRequester): Promise<FieldSummary[]> {
  const response = await jira(route`/rest/api/3/field`, { headers: JSON_HEADERS });
  return readJiraJson(response, 'GET /rest/api/3/field', z.array(fieldSchema));
}

/** The app's fields among `fields`: module key → field id. `appUuid` (getAppContext().appAri.appId) excludes other apps' fields. */
export function findAppFieldIds(fields: readonly FieldSummary[], appUuid?: string): Partial<Record<CustomFieldKey, string>> {
  const found: Partial<Record<CustomFieldKey, string>> = {};
  for (const field of fields) {
    const custom = field.schema?.custom;
    const key = custom === undefined ? undefined : customFieldKeyOf(custom, appUuid);
    if (key !== undefined) found[key] ??= field.id;
  }
  return found;
}
