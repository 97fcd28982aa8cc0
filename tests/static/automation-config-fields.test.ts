// The Automation actions' configuration form offers exactly the inputs manifest.yml declares for each action, with
// the same types and required flags, and turns typed text into the input's JSON type.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';
import { z } from 'zod';

import { ACTION_FIELDS, inputValue } from '../../static/automation-config/src/action-fields';

const manifestSchema = z.object({
  modules: z.looseObject({
    action: z.array(z.object({ key: z.string(), config: z.object({ resource: z.string() }), inputs: z.record(z.string(), z.object({ type: z.string(), required: z.boolean() })) })),
  }),
});
const actions = manifestSchema.parse(parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8'))).modules.action;

describe('automation-config form fields', () => {
  it('covers every action module, and no other', () => {
    expect(Object.keys(ACTION_FIELDS).sort()).toEqual(actions.filter((action) => action.config.resource === 'automation-config').map((action) => action.key).sort());
  });

  it.each(actions.map((action) => [action.key, action] as const))('%s: same inputs, types and required flags as the manifest', (key, action) => {
    const fields = (ACTION_FIELDS[key] ?? []).map((field) => [field.name, field.type, field.required]);
    expect(fields).toEqual(Object.entries(action.inputs).map(([name, input]) => [name, input.type, input.required]));
  });

  it.each([
    ['string', ' A.5.18 ', ' A.5.18 '],
    ['integer', '90', 90],
    ['integer', '1.5', '1.5'],
    ['number', '2.5', 2.5],
    ['number', '{{lookupIssues.size}}', '{{lookupIssues.size}}'],
    ['number', '  ', undefined],
  ] as const)('a %s input typed "%s" is submitted as %p', (type, text, value) => {
    expect(inputValue({ name: 'x', label: 'X', type, required: false, hint: '' }, text)).toBe(value);
  });
});
