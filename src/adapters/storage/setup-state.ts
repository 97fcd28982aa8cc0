// What the one-click setup leaves behind at `config:setup`: the ISMS project and the ids of the issue types, link
// types and Forge fields it created or adopted. Every use case that touches Jira issues reads its ids from here.
// While setup runs, each step's result goes to `config:setup-progress` at once, so an interrupted run resumes.
import { kvs } from '@forge/kvs';
import { z } from 'zod';

import { CUSTOM_FIELD_KEYS } from '../jira/app-field-keys';
import { setupReportSchema, type SetupReport } from '../../contracts/setup-report';
import { STORAGE_KEYS } from './storage-keys';

export const ISSUE_TYPE_ROLES = ['monitoringCheck', 'finding', 'correctiveAction', 'internalAudit', 'managementReview', 'reviewAction'] as const;
export type IssueTypeRole = (typeof ISSUE_TYPE_ROLES)[number];

export const LINK_TYPE_ROLES = ['correctiveActionFor', 'raisedBy'] as const;
export type LinkTypeRole = (typeof LINK_TYPE_ROLES)[number];

const jiraId = z.string().min(1);
const fieldKey = z.enum(CUSTOM_FIELD_KEYS);

export const setupStateSchema = z.object({
  completedAt: z.iso.datetime(),
  completedBy: z.string(),
  projectKey: z.string(),
  projectId: jiraId,
  issueTypeIds: z.record(z.enum(ISSUE_TYPE_ROLES), jiraId),
  linkTypeIds: z.record(z.enum(LINK_TYPE_ROLES), jiraId),
  fieldIds: z.record(fieldKey, jiraId),
});
export type SetupState = z.infer<typeof setupStateSchema>;

/** Whatever a run has secured so far (ids only); a later run trusts an id while Jira still has it. */
export const setupProgressSchema = z.object({
  projectKey: z.string().optional(),
  projectId: jiraId.optional(),
  issueTypeIds: z.partialRecord(z.enum(ISSUE_TYPE_ROLES), jiraId),
  linkTypeIds: z.partialRecord(z.enum(LINK_TYPE_ROLES), jiraId),
  fieldIds: z.partialRecord(fieldKey, jiraId),
});
export type SetupProgress = z.infer<typeof setupProgressSchema>;

export const EMPTY_SETUP_PROGRESS: SetupProgress = { issueTypeIds: {}, linkTypeIds: {}, fieldIds: {} };

async function readParsed<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const stored = await kvs.get<unknown>(key);
  return stored === undefined ? undefined : schema.parse(stored);
}

/** Undefined until setup has completed once on this site. */
export function readSetupState(): Promise<SetupState | undefined> {
  return readParsed(STORAGE_KEYS.setupState, setupStateSchema);
}

export async function writeSetupState(state: SetupState): Promise<void> {
  await kvs.set(STORAGE_KEYS.setupState, setupStateSchema.parse(state));
}

export function readSetupProgress(): Promise<SetupProgress | undefined> {
  return readParsed(STORAGE_KEYS.setupProgress, setupProgressSchema);
}

export async function writeSetupProgress(progress: SetupProgress): Promise<void> {
  await kvs.set(STORAGE_KEYS.setupProgress, setupProgressSchema.parse(progress));
}

export function readSetupReport(): Promise<SetupReport | undefined> {
  return readParsed(STORAGE_KEYS.setupReport, setupReportSchema);
}

export async function writeSetupReport(report: SetupReport): Promise<void> {
  await kvs.set(STORAGE_KEYS.setupReport, setupReportSchema.parse(report));
}
