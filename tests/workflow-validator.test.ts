// The manifest's `jira:workflowValidator` expression, evaluated over the app's real `clause9` properties. The local
// stack has no Jira-expression engine, so the expression is kept to the subset Jira expressions share with
// JavaScript (==, !=, &&, ||, !, [..], .includes) and evaluated here as JavaScript — the same semantics for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import { parse } from 'yaml';
import { z } from 'zod';

import { findingProperty } from '../src/adapters/jira/finding-property';
import type { FindingStatus } from '../src/domain/finding';
import { findingIn } from './domain/finding-builders';

const manifestSchema = z.object({
  modules: z.looseObject({ 'jira:workflowValidator': z.array(z.object({ key: z.string(), expression: z.string(), errorMessage: z.string() })) }),
});
const validator = manifestSchema.parse(parse(readFileSync(join(__dirname, '..', 'manifest.yml'), 'utf8'))).modules['jira:workflowValidator'].find(
  (module) => module.key === 'clause9-nonconformity-closure',
);
if (validator === undefined) throw new Error('the closure validator is missing from manifest.yml');
const { expression } = validator;

function allowsClosing(property: unknown): unknown {
  const properties: Record<string, unknown> = property === undefined ? {} : { clause9: property };
  // Jira gives null for an absent property; so does this map lookup once normalised.
  return runInNewContext(expression, { issue: { properties: new Proxy(properties, { get: (target, key) => (typeof key === 'string' ? (target[key] ?? null) : undefined) }) } });
}

const asStored = (status: FindingStatus, lifecycle: 'nonconformity' | 'improvement' = 'nonconformity'): unknown => {
  const finding = findingIn(status, lifecycle);
  return JSON.parse(JSON.stringify(findingProperty(finding, [], [], 1))) as unknown;
};

describe('workflow validator: a nonconformity closes only with a root cause and an effective review', () => {
  it('stays within the Jira-expression subset (no let, no ===, no arrow functions)', () => {
    expect(expression).not.toMatch(/\blet\b|===|!==|=>/);
  });

  it.each<[string, boolean, unknown]>([
    ['an issue without the clause9 property (not an app issue)', true, undefined],
    ['a monitoring check', true, { id: 'MI-1@2026-03-01', kind: 'check', status: 'done', v: 1 }],
    ['an open observation', true, asStored('open', 'improvement')],
    ['an open nonconformity', false, asStored('open')],
    ['a nonconformity under effectiveness review (root cause, no review yet)', false, asStored('effectiveness_review')],
    ['a reopened nonconformity', false, asStored('reopened')],
    ['a nonconformity closed after an effective review', true, asStored('closed')],
  ])('%s → may close: %s', (_what, allowed, property) => {
    expect(allowsClosing(property)).toBe(allowed);
  });

  it('is not fooled by a hand-edited status without the review', () => {
    const forged = { ...(asStored('effectiveness_review') as Record<string, unknown>), status: 'closed' };
    expect(allowsClosing(forged)).toBe(false);
  });
});
