// The app's field keys, types and names in code are exactly the manifest's jira:customField modules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { APP_FIELD_NAMES, APP_FIELD_TYPES, CUSTOM_FIELD_KEYS, customFieldKeyOf } from '../../../src/adapters/jira/app-field-keys';

const manifest = z
  .object({
    modules: z.object({
      'jira:customField': z.array(z.object({ key: z.string(), name: z.string(), type: z.string(), collection: z.string().optional(), readOnly: z.boolean().optional() })),
    }),
  })
  .parse(parse(readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8')));
const fields = manifest.modules['jira:customField'];

describe('app field keys', () => {
  it('are the manifest’s jira:customField keys, in the same order', () => {
    expect([...CUSTOM_FIELD_KEYS]).toEqual(fields.map((field) => field.key));
  });

  it.each(fields.map((field) => [field.key, field] as const))('%s has the manifest’s type and name, and is readOnly', (key, field) => {
    const type = field.collection === 'list' ? `${field.type}-list` : field.type;
    expect(APP_FIELD_TYPES[key as keyof typeof APP_FIELD_TYPES]).toBe(type);
    expect(APP_FIELD_NAMES[key as keyof typeof APP_FIELD_NAMES]).toBe(field.name);
    expect(field.readOnly).toBe(true);
  });

  it('recognises our Forge fields by schema.custom, and only this app’s when the app id is known', () => {
    const ours = 'ari:cloud:ecosystem::extension/6f1d2a3b-9c4e-4f0a-8b7d-c1a5e9270009/env-1/static/finding-kind';
    expect(customFieldKeyOf(ours)).toBe('finding-kind');
    expect(customFieldKeyOf(ours, '6f1d2a3b-9c4e-4f0a-8b7d-c1a5e9270009')).toBe('finding-kind');
    expect(customFieldKeyOf(ours, 'another-app')).toBeUndefined();
    expect(customFieldKeyOf('ari:cloud:ecosystem::extension/x/y/static/not-ours')).toBeUndefined();
    expect(customFieldKeyOf('com.atlassian.jira.plugin.system.customfieldtypes:textfield')).toBeUndefined();
  });
});
