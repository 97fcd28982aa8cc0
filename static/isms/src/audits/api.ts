// Typed calls for the audit programme sub-page: the audit resolver keys (src/resolvers/audit-programme-resolver.ts),
// raising a finding (findings/raise), and two reads from Jira as the user (people to pick, an audit's findings).
import { requestJira } from '@forge/bridge';
import { z } from 'zod';

import type { UpdatedAudit } from '../../../../src/app/update-planned-audit';
import type { AuditView, ProgrammeView } from '../../../../src/app/audit-programme-view';
import type { OwnershipView } from '../../../../src/app/save-control-ownership';
import type { SaveOwnershipPayload, UpdateAuditPayload } from '../../../../src/contracts/audit-programme-payloads';
import type { RaiseFindingPayload } from '../../../../src/contracts/finding-payloads';
import type { RaisedFinding } from '../../../../src/contracts/finding-view';
import { plannedAuditSchema } from '../../../../src/contracts/planned-audit-schema';
import { FINDING_KINDS } from '../../../../src/domain/finding';
import { invokeKey } from '../../../shared/invoke';
import type { PlanProgrammeRequest } from './plan-draft';
import type { Answer } from '../../../shared/invoke';

export type { AuditView, ProgrammeView } from '../../../../src/app/audit-programme-view';
export type { IndependenceConflict } from '../../../../src/domain/audit-programme/independence';

const historySchema = z.object({ at: z.string(), by: z.string(), from: z.string().nullable(), to: z.string(), intent: z.string(), note: z.string().nullable() });
const auditViewShape = plannedAuditSchema.and(z.object({ programmeId: z.string(), version: z.number(), jiraIssueKey: z.string().nullable(), history: z.array(historySchema) }));
const conflictShape = z.object({ auditId: z.string(), accountId: z.string(), role: z.string(), basis: z.string(), subject: z.string(), reason: z.string() });
const programmeShape = z.object({
  id: z.string(),
  version: z.number(),
  cycle: z.object({ start: z.string(), months: z.number() }),
  applicableControls: z.array(z.string()),
  undecidedControls: z.array(z.string()),
  plannedAt: z.string(),
  plannedBy: z.string(),
  audits: z.array(auditViewShape),
  uncovered: z.object({ clauses: z.array(z.string()), controls: z.array(z.string()), areas: z.array(z.object({ areaId: z.string(), title: z.string(), uncovered: z.array(z.string()) })), complete: z.boolean() }),
  conflicts: z.array(conflictShape),
});

/** Checks the shape, and types the answer as the use case's own view type (never a copy of it). */
const checked = <T>(shape: z.ZodType) => z.custom<T>((value) => shape.safeParse(value).success);

const programmeSchema = checked<ProgrammeView | null>(programmeShape.nullable());
const auditSchema = checked<AuditView>(auditViewShape);
const updatedSchema = checked<UpdatedAudit>(z.object({ audit: auditViewShape, conflicts: z.array(conflictShape) }));
const ownershipSchema = checked<OwnershipView>(z.object({ owners: z.record(z.string(), z.object({ catalogueIds: z.array(z.string()), processes: z.array(z.string()) })), version: z.number() }).loose());
const raisedSchema = checked<RaisedFinding>(z.object({ issueKey: z.string(), created: z.boolean() }).loose());

export const planProgramme = (payload: PlanProgrammeRequest): Promise<Answer<ProgrammeView | null>> => invokeKey('programme/plan', programmeSchema, payload);
export const fetchProgramme = (): Promise<Answer<ProgrammeView | null>> => invokeKey('programme/get', programmeSchema, {});
export const fetchOwnership = (): Promise<Answer<OwnershipView>> => invokeKey('ownership/get', ownershipSchema, {});
export const saveOwnership = (payload: SaveOwnershipPayload): Promise<Answer<OwnershipView>> => invokeKey('ownership/save', ownershipSchema, payload);
export const updateAudit = (payload: UpdateAuditPayload): Promise<Answer<UpdatedAudit>> => invokeKey('audits/update', updatedSchema, payload);

type AuditRef = { readonly programmeId: string; readonly auditId: string };
export const startAudit = (ref: AuditRef & { readonly startedOn?: string }) => invokeKey('audits/start', auditSchema, ref);
export const reportAudit = (ref: AuditRef & { readonly reportRef: string; readonly reportedOn?: string; readonly conclusion?: string }) => invokeKey('audits/report', auditSchema, ref);
export const cancelAudit = (ref: AuditRef & { readonly reason: string; readonly cancelledOn?: string }) => invokeKey('audits/cancel', auditSchema, ref);
export const raiseFinding = (payload: RaiseFindingPayload): Promise<Answer<RaisedFinding>> => invokeKey('findings/raise', raisedSchema, payload);

export interface Person { readonly accountId: string; readonly displayName: string }

const usersSchema = z.array(z.object({ accountId: z.string(), displayName: z.string(), active: z.boolean(), accountType: z.string() }).loose());

/** People who can be auditors or owners: the site's active human users, by name. Empty when Jira cannot say. */
export async function fetchPeople(): Promise<readonly Person[]> {
  try {
    const response = await requestJira('/rest/api/3/users/search?maxResults=500');
    if (!response.ok) return [];
    const users = usersSchema.safeParse(await response.json());
    if (!users.success) return [];
    return users.data
      .filter((user) => user.active && user.accountType === 'atlassian')
      .map(({ accountId, displayName }) => ({ accountId, displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
  } catch {
    return [];
  }
}

export interface AuditFinding {
  readonly issueKey: string;
  readonly summary: string;
  readonly statusName: string;
  readonly kind: (typeof FINDING_KINDS)[number] | null;
  readonly references: readonly string[];
  readonly raisedOn: string | null;
}

const searchSchema = z.object({
  issues: z.array(z.object({
    key: z.string(),
    fields: z.object({ summary: z.string().optional(), status: z.object({ name: z.string() }).loose().optional() }).loose(),
    properties: z.object({ clause9: z.object({ state: z.object({ kind: z.enum(FINDING_KINDS), references: z.array(z.string()), raisedOn: z.string() }).loose() }).loose().optional() }).loose().optional(),
  }).loose()),
});

const quote = (value: string): string => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`;

/** The JQL an auditor would type for "everything this audit found" (docs/jql-cookbook.md). */
export function auditFindingsJql(projectKey: string, auditId: string): string {
  return `project = ${projectKey} AND "Finding source" = "Internal audit" AND "Finding source reference" = ${quote(auditId)} ORDER BY key ASC`;
}

/** The Finding issues raised from one audit, read as the user (so they see what Jira lets them see). */
export async function fetchAuditFindings(projectKey: string, auditId: string): Promise<Answer<readonly AuditFinding[]>> {
  try {
    const response = await requestJira('/rest/api/3/search/jql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ jql: auditFindingsJql(projectKey, auditId), fields: ['summary', 'status'], properties: ['clause9'], maxResults: 100 }),
    });
    if (!response.ok) return { state: 'error', error: { code: 'JIRA_UNAVAILABLE', message: `Jira answered ${response.status} to the findings search.` } };
    const page = searchSchema.safeParse(await response.json());
    if (!page.success) return { state: 'error', error: { code: 'INTERNAL', message: 'Jira answered the findings search in a shape this page does not understand.' } };
    return {
      state: 'ready',
      data: page.data.issues.map((issue) => {
        const state = issue.properties?.clause9?.state;
        return { issueKey: issue.key, summary: issue.fields.summary ?? '', statusName: issue.fields.status?.name ?? '', kind: state?.kind ?? null, references: state?.references ?? [], raisedOn: state?.raisedOn ?? null };
      }),
    };
  } catch {
    return { state: 'error', error: { code: 'JIRA_UNAVAILABLE', message: 'Could not reach Jira for the findings search.' } };
  }
}
