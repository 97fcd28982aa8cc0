// Values of the app's Forge custom fields: validation of what a caller sends (Jira's rules per type), the stored
// shape (what the JQL engine reads), and the display string used in changelogs.
import Ajv, { type ValidateFunction } from 'ajv';

import type { CustomFieldRecord } from '../store/field-registry';
import type { UserDirectory } from '../store/user-directory';

export type ValueCheck = { readonly ok: true; readonly stored: unknown } | { readonly ok: false; readonly message: string };

const objectValidators = new WeakMap<CustomFieldRecord, ValidateFunction>();
const ajv = new Ajv({ strict: false, allErrors: false, logger: false });

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkOne(field: CustomFieldRecord, value: unknown, users: UserDirectory): ValueCheck {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return { ok: false, message: 'The value must be a string.' };
      if (value.length > 255) return { ok: false, message: 'The value must not be longer than 255 characters.' };
      return { ok: true, stored: value };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false, message: 'The value must be a number.' };
      return { ok: true, stored: value };
    case 'date':
      if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) return { ok: false, message: `The value must be a date in the format YYYY-MM-DD.` };
      return { ok: true, stored: value };
    case 'datetime': {
      const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
      if (Number.isNaN(instant)) return { ok: false, message: 'The value must be a date-time in ISO 8601 format.' };
      return { ok: true, stored: new Date(Math.floor(instant / 1000) * 1000).toISOString() };
    }
    case 'user': {
      const accountId = isRecord(value) ? value.accountId : undefined;
      if (typeof accountId !== 'string') return { ok: false, message: 'The value must be an object that contains the accountId field.' };
      if (users.user(accountId) === undefined) return { ok: false, message: `User with accountId '${accountId}' does not exist.` };
      return { ok: true, stored: { accountId } };
    }
    case 'group': {
      const name = isRecord(value) ? value.name : undefined;
      const groupId = isRecord(value) ? value.groupId : undefined;
      const group = typeof groupId === 'string' ? users.groupById(groupId) : typeof name === 'string' ? users.group(name) : undefined;
      if (typeof name !== 'string' && typeof groupId !== 'string') return { ok: false, message: 'The value must be an object that contains the group name or groupId field.' };
      if (group === undefined) return { ok: false, message: `Group '${String(groupId ?? name)}' does not exist.` };
      return { ok: true, stored: { name: group.name, groupId: group.groupId } };
    }
    case 'object': {
      if (!isRecord(value)) return { ok: false, message: 'The value must be a JSON object.' };
      const validate = objectValidator(field);
      if (validate !== undefined && !validate(value)) {
        const first = validate.errors?.[0];
        const detail = [first?.instancePath, first?.message].filter((part) => part !== undefined && part !== '').join(' ');
        return { ok: false, message: `The value does not match the field's schema: ${detail}` };
      }
      return { ok: true, stored: value };
    }
  }
}

function objectValidator(field: CustomFieldRecord): ValidateFunction | undefined {
  if (field.objectSchema === undefined) return undefined;
  let validate = objectValidators.get(field);
  if (validate === undefined) {
    validate = ajv.compile({ type: 'object', ...field.objectSchema });
    objectValidators.set(field, validate);
  }
  return validate;
}

/** Validates a caller's value; null (or an empty list) clears the field and is stored as null. */
export function checkCustomFieldValue(field: CustomFieldRecord, value: unknown, users: UserDirectory): ValueCheck {
  if (value === null || value === undefined) return { ok: true, stored: null };
  if (!field.isList) return checkOne(field, value, users);
  if (!Array.isArray(value)) return { ok: false, message: 'The value must be a list (the field is a collection).' };
  const stored: unknown[] = [];
  for (const item of value) {
    const check = checkOne(field, item, users);
    if (!check.ok) return check;
    stored.push(check.stored);
  }
  return { ok: true, stored: stored.length === 0 ? null : stored };
}

/** The text Jira shows for a value in the changelog (fromString/toString). */
export function displayString(field: CustomFieldRecord, stored: unknown, users: UserDirectory): string | null {
  if (stored === null || stored === undefined) return null;
  const one = (item: unknown): string => {
    if (field.type === 'user' && isRecord(item) && typeof item.accountId === 'string') return users.user(item.accountId)?.displayName ?? item.accountId;
    if (field.type === 'group' && isRecord(item) && typeof item.name === 'string') return item.name;
    if (typeof item === 'string') return item;
    return JSON.stringify(item);
  };
  return Array.isArray(stored) ? stored.map(one).join(', ') : one(stored);
}
