// Raises a finding (from an audit, a monitoring check, a management review, an incident, or by hand) as a "Finding"
// issue in the ISMS project, with its app fields and the `clause9` property holding the whole record.
// Idempotent on the client's request id: the finding's stable id is `finding:<requestId>`, and a claim in KVS
// (request-claims.ts) makes a retried or concurrent raise return the same issue instead of creating another.
import { createHash } from 'node:crypto';

import { findingFieldValues } from '../adapters/jira/finding-issue-fields';
import { findingProperty } from '../adapters/jira/finding-property';
import type { FindingProperty } from '../adapters/jira/finding-property';
import type { RequestClaims } from '../adapters/storage/request-claims';
import type { RaiseFindingInput } from '../domain/finding-raise';
import { raiseFinding } from '../domain/finding-raise';
import type { RaisedFinding } from '../contracts/finding-view';
import { AppError } from './app-error';
import { requireFits } from './commit-app-issue';
import { findingChange } from './finding-change';
import type { AppIssuePorts, IssueRef } from './finding-ports';

/** A pending claim older than this belongs to an attempt that died (invocations stop after 25–55 s). */
export const STALE_CLAIM_MS = 120_000;

export interface RaiseFindingPorts extends Pick<AppIssuePorts, 'readFinding' | 'writeFields'> {
  readonly claims: RequestClaims<IssueRef>;
  /** The issue already carrying this finding id (JQL over the indexed `clause9` property). */
  readonly findFindingIssue: (findingId: string) => Promise<IssueRef | undefined>;
  /** Creates the issue with the property in one call; app fields are written separately (they are read-only). */
  readonly createFindingIssue: (property: FindingProperty) => Promise<IssueRef>;
}

export interface RaiseFindingRequest {
  readonly requestId: string;
  readonly finding: Omit<RaiseFindingInput, 'id'>;
  /** ISO instant, read by the shell. */
  readonly at: string;
}

export const findingIdFor = (requestId: string): string => `finding:${requestId}`;
export const raiseClaimKey = (requestId: string): string => `finding-raise:${requestId}`;

/**
 * What identifies the finding asked for, so one request id cannot silently stand for two different findings. The
 * description is left out: a retry (or a rule firing again) may word it differently and still mean the same finding.
 */
function fingerprintOf(input: Omit<RaiseFindingInput, 'id'>): string {
  const { kind, source, sourceRef, references, title } = input;
  return createHash('sha256').update(JSON.stringify([kind, source, sourceRef, [...references].sort(), title.trim()])).digest('hex');
}

async function existingFinding(ports: RaiseFindingPorts, issue: IssueRef): Promise<RaisedFinding> {
  const stored = await ports.readFinding(issue.issueKey);
  return { ...findingChange(stored, stored.property, { revision: stored.property.rev, jiraStatusInSync: true }), created: false };
}

export async function raiseFindingIssue(ports: RaiseFindingPorts, request: RaiseFindingRequest): Promise<RaisedFinding> {
  const { finding, history } = raiseFinding({ ...request.finding, id: findingIdFor(request.requestId) }, request.at);
  const property = findingProperty(finding, [history], [], 1);
  requireFits('the new finding', property);
  const fingerprint = fingerprintOf(request.finding);
  const key = raiseClaimKey(request.requestId);

  const outcome = await ports.claims.claim(key, fingerprint, request.at);
  if (!outcome.claimed) {
    const { existing } = outcome;
    if (existing.fingerprint !== fingerprint) {
      throw new AppError('CONFLICT', 'requestId was already used to raise a different finding; send a new request id for a new finding.', 'requestId');
    }
    if (existing.state === 'done' && existing.result !== null) return existingFinding(ports, existing.result);
    // A claim without a result: an earlier attempt may have created the issue and stopped before completing.
    const found = await ports.findFindingIssue(finding.id);
    if (found !== undefined) {
      const stored = await ports.readFinding(found.issueKey);
      await ports.writeFields(found.issueId, findingFieldValues(stored.property.state));
      await ports.claims.complete(key, fingerprint, request.at, found);
      return existingFinding(ports, found);
    }
    const age = Date.parse(request.at) - Date.parse(existing.claimedAt);
    const inProgress = new AppError('CONFLICT', 'This finding is being raised by another request right now; try again in a minute.', 'requestId');
    if (age < STALE_CLAIM_MS) throw inProgress;
    if (!(await ports.claims.takeOver(key, existing.claimedAt, fingerprint, request.at))) throw inProgress;
  }

  const issue = await ports.createFindingIssue(property);
  await ports.writeFields(issue.issueId, findingFieldValues(finding));
  await ports.claims.complete(key, fingerprint, request.at, issue);
  return { ...findingChange(issue, property, { revision: property.rev, jiraStatusInSync: true }), created: true };
}
