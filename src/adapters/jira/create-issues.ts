// POST /rest/api/3/issue/bulk: many issues, at most 50 per call. Each item succeeds or fails on its own; the
// result names both by the item's index in `issues`. When a whole call fails (5xx, 429 after retries, 403), its
// items and every later one are reported failed and no further calls are made, so the caller can retry them.
import { route } from '@forge/api';
import { z } from 'zod';

import { createdIssueSchema, issueCreateBody, type CreatedIssue, type NewIssue } from './create-issue';
import type { JiraRequester } from './jira-requester';
import { jsonRequest } from './json-request';

export const MAX_ISSUES_PER_BULK_CREATE = 50;

export interface BulkCreateResult {
  readonly created: readonly (CreatedIssue & { readonly index: number })[];
  readonly failed: readonly { readonly index: number; readonly status: number; readonly messages: readonly string[] }[];
}

const errorCollection = z.object({ errorMessages: z.array(z.string()).optional(), errors: z.record(z.string(), z.string()).optional() });
const bulkResponseSchema = z.object({
  issues: z.array(createdIssueSchema).default([]),
  errors: z.array(z.object({ status: z.number().int().optional(), failedElementNumber: z.number().int(), elementErrors: errorCollection.optional() })).default([]),
});

function messagesOf(collection: z.infer<typeof errorCollection> | undefined): string[] {
  const fieldMessages = Object.entries(collection?.errors ?? {}).map(([field, message]) => `${field}: ${message}`);
  return [...(collection?.errorMessages ?? []), ...fieldMessages];
}

export async function createIssues(jira: JiraRequester, issues: readonly NewIssue[]): Promise<BulkCreateResult> {
  const created: (CreatedIssue & { index: number })[] = [];
  const failed: BulkCreateResult['failed'][number][] = [];
  for (let offset = 0; offset < issues.length; offset += MAX_ISSUES_PER_BULK_CREATE) {
    const chunk = issues.slice(offset, offset + MAX_ISSUES_PER_BULK_CREATE);
    const response = await jira(route`/rest/api/3/issue/bulk`, jsonRequest('POST', { issueUpdates: chunk.map(issueCreateBody) }));
    const text = await response.text();
    const parsed = response.status === 201 || response.status === 400 ? bulkResponseSchema.safeParse(safeJson(text)) : undefined;
    if (parsed?.success !== true || (response.status === 400 && parsed.data.errors.length === 0)) {
      const message = `Jira answered ${response.status} to POST /rest/api/3/issue/bulk: ${text.slice(0, 500)}`;
      for (let index = offset; index < issues.length; index += 1) failed.push({ index, status: response.status, messages: [message] });
      break;
    }
    const failedHere = new Set(parsed.data.errors.map((error) => error.failedElementNumber));
    for (const error of parsed.data.errors) {
      failed.push({ index: offset + error.failedElementNumber, status: error.status ?? response.status, messages: messagesOf(error.elementErrors) });
    }
    // Jira lists the created issues in request order, skipping the failed elements.
    const succeededIndexes = chunk.map((_, position) => position).filter((position) => !failedHere.has(position));
    parsed.data.issues.forEach((issue, position) => {
      const index = succeededIndexes[position];
      if (index !== undefined) created.push({ ...issue, index: offset + index });
    });
  }
  return { created, failed: failed.sort((a, b) => a.index - b.index) };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
