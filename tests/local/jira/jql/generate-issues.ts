// Deterministic bulk IssueDocuments for performance checks: the fixture's shapes, varied by a seeded generator.
import type { IssueDocument } from '../../../../local/jira/jql';
import { ISSUES } from './fixture';

/** mulberry32: a tiny seeded PRNG, so every run evaluates the same documents. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABELS = ['monthly', 'weekly', 'audit', 'corrective', 'backup', 'kpi', 'supplier', 'nonconformity'];
const USERS = ['acc-alice', 'acc-bob', 'acc-carol', 'acc-dave', null];
const DAY = 86_400_000;
const START = Date.parse('2025-01-01T00:00:00Z');

export function generateIssues(count: number, seed = 42): IssueDocument[] {
  const next = random(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] ?? (values[0] as T);
  return Array.from({ length: count }, (_, index) => {
    const base = pick(ISSUES);
    const created = START + Math.floor(next() * 700 * DAY);
    const due = next() < 0.15 ? null : new Date(created + Math.floor(next() * 90) * DAY).toISOString().slice(0, 10);
    const project = next() < 0.6 ? (['ISMS', '10000', 'ISMS Operations'] as const) : (['AUD', '10001', 'Internal Audit'] as const);
    return {
      ...base,
      id: String(20_000 + index),
      key: `${project[0]}-${index + 1}`,
      projectKey: project[0],
      projectId: project[1],
      projectName: project[2],
      assigneeAccountId: pick(USERS),
      created: new Date(created).toISOString(),
      updated: new Date(created + Math.floor(next() * 30) * DAY).toISOString(),
      duedate: due,
      labels: LABELS.filter(() => next() < 0.2),
    };
  });
}
