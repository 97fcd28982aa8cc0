// The app's field values ↔ the JSON Jira takes and gives back: string, string list, date ('YYYY-MM-DD'), number and
// user ({ accountId }). Values are typed by field key, so a date cannot be written to a string field by mistake.
import { z } from 'zod';

import { isLocalDate, type LocalDate } from '../../domain/local-date';
import { APP_FIELD_TYPES, CUSTOM_FIELD_KEYS, type AppFieldType, type CustomFieldKey } from './app-field-keys';

type ValueOfType<T extends AppFieldType> = T extends 'string'
  ? string
  : T extends 'string-list'
    ? readonly string[]
    : T extends 'date'
      ? LocalDate
      : T extends 'number'
        ? number
        : T extends 'user'
          ? string // an Atlassian accountId
          : never;

export type AppFieldValue<K extends CustomFieldKey> = ValueOfType<(typeof APP_FIELD_TYPES)[K]>;

/** Some of the app's fields with their values; null clears a field. */
export type AppFieldValues = { readonly [K in CustomFieldKey]?: AppFieldValue<K> | null };

export type FieldJson = string | number | readonly string[] | { readonly accountId: string } | null;

/** The JSON Jira expects for a value of a field of this type (throws RangeError on a malformed date). */
export function toFieldJson(type: AppFieldType, value: string | number | readonly string[] | null): FieldJson {
  if (value === null) return null;
  switch (type) {
    case 'string':
    case 'number':
      return value;
    case 'string-list':
      return typeof value === 'object' ? [...value] : [String(value)];
    case 'date':
      if (typeof value !== 'string' || !isLocalDate(value)) throw new RangeError(`"${String(value)}" is not a date in the form YYYY-MM-DD`);
      return value;
    case 'user':
      return { accountId: String(value) };
  }
}

/** Field id → JSON, for the `fields` of a create/edit body (fields that are not readOnly) or for app field writes. */
export function appFieldsJson(fieldIds: Readonly<Record<CustomFieldKey, string>>, values: AppFieldValues): Record<string, FieldJson> {
  const json: Record<string, FieldJson> = {};
  for (const key of CUSTOM_FIELD_KEYS) {
    const value = values[key];
    if (value !== undefined) json[fieldIds[key]] = toFieldJson(APP_FIELD_TYPES[key], value);
  }
  return json;
}

const readers: { readonly [T in AppFieldType]: z.ZodType<ValueOfType<T> | null> } = {
  string: z.string().nullable(),
  'string-list': z
    .array(z.string())
    .nullable()
    .transform((list) => (list === null || list.length === 0 ? null : list)),
  date: z
    .string()
    .nullable()
    .transform((text): LocalDate | null => {
      const day = text?.slice(0, 10);
      return day !== undefined && isLocalDate(day) ? day : null;
    }),
  number: z.number().nullable(),
  user: z
    .object({ accountId: z.string() })
    .nullable()
    .transform((user) => user?.accountId ?? null),
};

/** Reads a field value from an issue's `fields` (undefined = absent = null); throws ZodError on an unexpected shape. */
export function readAppFieldValue<K extends CustomFieldKey>(key: K, raw: unknown): AppFieldValue<K> | null {
  const reader = readers[APP_FIELD_TYPES[key]] as z.ZodType<AppFieldValue<K> | null>;
  return reader.parse(raw ?? null);
}

/** Reads every app field present in an issue's `fields` object. */
export function readAppFieldValues(fieldIds: Readonly<Record<CustomFieldKey, string>>, fields: Readonly<Record<string, unknown>>): AppFieldValues {
  const present = CUSTOM_FIELD_KEYS.filter((key) => fieldIds[key] in fields);
  return Object.fromEntries(present.map((key) => [key, readAppFieldValue(key, fields[fieldIds[key]])]));
}
