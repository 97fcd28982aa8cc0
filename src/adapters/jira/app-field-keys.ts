// The app's own Jira fields, named once: the `jira:customField` module keys of manifest.yml and the value type of
// each (tests/adapters/jira/app-field-keys.test.ts holds this list and the manifest to each other).
// Jira gives each module a field id (`customfield_10042`) at deploy time; setup resolves them (list-fields.ts)
// and stores them as SetupState.fieldIds, keyed by these names.

export type AppFieldType = 'string' | 'string-list' | 'date' | 'number' | 'user';

export const CUSTOM_FIELD_KEYS = [
  'finding-kind',
  'finding-source',
  'finding-source-ref',
  'finding-stage',
  'iso-clause',
  'annex-a-control',
  'root-cause-status',
  'effectiveness-result',
  'effectiveness-review-due',
  'monitoring-item',
  'check-outcome',
  'report-due-date',
  'report-sent-date',
  'escalation-level',
] as const;

export type CustomFieldKey = (typeof CUSTOM_FIELD_KEYS)[number];

/** The JSON each field takes and gives back (issue-fields.ts converts). */
export const APP_FIELD_TYPES = {
  'finding-kind': 'string',
  'finding-source': 'string',
  'finding-source-ref': 'string',
  'finding-stage': 'string',
  'iso-clause': 'string-list',
  'annex-a-control': 'string-list',
  'root-cause-status': 'string',
  'effectiveness-result': 'string',
  'effectiveness-review-due': 'date',
  'monitoring-item': 'string',
  'check-outcome': 'string',
  'report-due-date': 'date',
  'report-sent-date': 'date',
  'escalation-level': 'number',
} as const satisfies Record<CustomFieldKey, AppFieldType>;

/** The manifest's field names, for reports and messages. */
export const APP_FIELD_NAMES = {
  'finding-kind': 'Finding kind',
  'finding-source': 'Finding source',
  'finding-source-ref': 'Finding source reference',
  'finding-stage': 'Finding stage',
  'iso-clause': 'ISO clause',
  'annex-a-control': 'Annex A control',
  'root-cause-status': 'Root-cause status',
  'effectiveness-result': 'Effectiveness result',
  'effectiveness-review-due': 'Effectiveness review due',
  'monitoring-item': 'Monitoring item',
  'check-outcome': 'Check outcome',
  'report-due-date': 'Report due date',
  'report-sent-date': 'Report sent date',
  'escalation-level': 'Escalation level',
} as const satisfies Record<CustomFieldKey, string>;

const KEY_SET: ReadonlySet<string> = new Set(CUSTOM_FIELD_KEYS);

export function isCustomFieldKey(value: string): value is CustomFieldKey {
  return KEY_SET.has(value);
}

/**
 * A Forge field's `schema.custom` is `ari:cloud:ecosystem::extension/<appUuid>/<environmentId>/static/<moduleKey>`.
 * Returns our key for it, or undefined when it is another app's field (checked when `appUuid` is known).
 */
export function customFieldKeyOf(schemaCustom: string, appUuid?: string): CustomFieldKey | undefined {
  if (appUuid !== undefined && !schemaCustom.includes(`::extension/${appUuid}/`)) return undefined;
  const marker = '/static/';
  const at = schemaCustom.lastIndexOf(marker);
  if (at < 0) return undefined;
  const moduleKey = schemaCustom.slice(at + marker.length);
  return isCustomFieldKey(moduleKey) ? moduleKey : undefined;
}
