// Imports findings and corrective actions that already have a history (the demo organisation, or a register kept in
// a spreadsheet before Clause9), as Finding and Corrective action issues carrying exactly those records: app fields,
// `clause9` properties, links and mirrored Jira statuses — the same issues the lifecycle would have produced.
// Convergent: issues are found again by their stable ids, so a re-run (after a failure, or of the same seed) only
// finishes what is missing; a finding whose record has moved on in the app since is left as it is.
import { correctiveActionProperty } from '../adapters/jira/corrective-action-property';
import { correctiveActionStatusCategory, findingFieldValues, findingStatusCategory } from '../adapters/jira/finding-issue-fields';
import type { ActionIssue, FindingProperty } from '../adapters/jira/finding-property';
import { findingProperty } from '../adapters/jira/finding-property';
import type { CorrectiveAction, CorrectiveActionHistoryEntry } from '../domain/corrective-action';
import type { Finding } from '../domain/finding';
import type { FindingHistoryEntry } from '../domain/finding-intents';
import { AppError } from './app-error';
import { requireFits } from './commit-app-issue';
import type { AppIssuePorts, CorrectiveActionIssuePorts, IssueRef } from './finding-ports';

export interface FindingRecord {
  readonly finding: Finding;
  readonly history: readonly FindingHistoryEntry[];
}

export interface CorrectiveActionRecord {
  readonly action: CorrectiveAction;
  readonly history: readonly CorrectiveActionHistoryEntry[];
}

export interface ImportFindingRecordsPorts extends AppIssuePorts, CorrectiveActionIssuePorts {
  /** Creates Finding issues with their property, in this order (as the app: the importer is not the raiser). */
  readonly createFindingIssues: (properties: readonly FindingProperty[]) => Promise<IssueRef[]>;
}

export interface ImportedFinding {
  readonly id: string;
  readonly issueKey: string;
  readonly outcome: 'created' | 'completed' | 'unchanged' | 'kept';
  readonly correctiveActions: readonly { readonly id: string; readonly issueKey: string }[];
}

function actionIdsOf(finding: Finding): string[] {
  const current = 'correctiveActionIds' in finding ? finding.correctiveActionIds : [];
  const actioned = finding.status === 'closed' && 'closure' in finding && finding.closure.outcome === 'actioned' ? finding.closure.correctiveActionIds : [];
  const prior = 'priorCycles' in finding ? finding.priorCycles.flatMap((cycle) => cycle.correctiveActionIds) : [];
  return [...new Set([...prior, ...current, ...actioned])];
}

function checkBatch(findings: readonly FindingRecord[], actions: readonly CorrectiveActionRecord[]): void {
  const findingIds = new Set(findings.map((record) => record.finding.id));
  if (findingIds.size !== findings.length) throw new AppError('INVALID_PAYLOAD', 'findings must not repeat a finding id', 'findings');
  const actionIds = new Set(actions.map((record) => record.action.id));
  if (actionIds.size !== actions.length) throw new AppError('INVALID_PAYLOAD', 'correctiveActions must not repeat an action id', 'correctiveActions');
  actions.forEach((record, index) => {
    if (!findingIds.has(record.action.findingId)) {
      throw new AppError('INVALID_PAYLOAD', `corrective action ${record.action.id} belongs to finding ${record.action.findingId}, which is not in this import`, `correctiveActions.${index}.action.findingId`);
    }
  });
  findings.forEach((record, index) => {
    const missing = actionIdsOf(record.finding).filter((id) => !actionIds.has(id));
    if (missing.length > 0) throw new AppError('INVALID_PAYLOAD', `finding ${record.finding.id} names corrective actions ${missing.join(', ')} that are not in this import`, `findings.${index}.finding`);
  });
}

async function mirror(ports: AppIssuePorts, issueKey: string, category: 'new' | 'indeterminate' | 'done'): Promise<void> {
  if (category !== 'new') await ports.mirrorStatus(issueKey, category);
}

export async function importFindingRecords(
  ports: ImportFindingRecordsPorts,
  input: { readonly findings: readonly FindingRecord[]; readonly correctiveActions: readonly CorrectiveActionRecord[] },
): Promise<ImportedFinding[]> {
  checkBatch(input.findings, input.correctiveActions);
  const initial = input.findings.map((record) => findingProperty(record.finding, record.history, [], 1));
  for (const property of initial) requireFits(`finding ${property.id}`, property);

  const existing = await ports.findAppIssues([...input.findings.map((record) => record.finding.id), ...input.correctiveActions.map((record) => record.action.id)]);
  const toCreate = initial.filter((property) => !existing.has(property.id));
  const created = toCreate.length === 0 ? [] : await ports.createFindingIssues(toCreate);
  const findingIssues = new Map<string, IssueRef>(existing);
  toCreate.forEach((property, index) => {
    const issue = created[index];
    if (issue !== undefined) findingIssues.set(property.id, issue);
  });
  const issueOfFinding = (id: string): IssueRef => {
    const issue = findingIssues.get(id);
    if (issue === undefined) throw new Error(`finding ${id} has no issue after creating it`);
    return issue;
  };

  const newActions = input.correctiveActions.filter((record) => !existing.has(record.action.id));
  const drafts = newActions.map((record) => {
    const findingIssue = issueOfFinding(record.action.findingId);
    const ref = { id: record.action.findingId, issueId: findingIssue.issueId, issueKey: findingIssue.issueKey };
    return { property: correctiveActionProperty(record.action, record.history, ref, 1), summary: record.action.description.slice(0, 120) };
  });
  const createdActions = drafts.length === 0 ? [] : await ports.createCorrectiveActionIssues(drafts);
  const actionIssues = new Map<string, IssueRef>(existing);
  drafts.forEach((draft, index) => {
    const issue = createdActions[index];
    if (issue !== undefined) actionIssues.set(draft.property.id, issue);
  });
  for (const record of input.correctiveActions) {
    const issue = actionIssues.get(record.action.id);
    if (issue === undefined) throw new Error(`corrective action ${record.action.id} has no issue after creating it`);
    await ports.linkCorrectiveAction(issue.issueId, issueOfFinding(record.action.findingId).issueId);
    if (createdActions.some((createdIssue) => createdIssue.issueId === issue.issueId)) await mirror(ports, issue.issueKey, correctiveActionStatusCategory(record.action));
  }

  const results: ImportedFinding[] = [];
  for (const record of input.findings) {
    const issue = issueOfFinding(record.finding.id);
    const ids = input.correctiveActions.filter((action) => action.action.findingId === record.finding.id).map((action) => action.action.id);
    const actions: ActionIssue[] = ids.flatMap((id) => {
      const actionIssue = actionIssues.get(id);
      return actionIssue === undefined ? [] : [{ id, issueId: actionIssue.issueId, issueKey: actionIssue.issueKey }];
    });
    const stored = await ports.readFinding(issue.issueKey);
    const wasCreated = !existing.has(record.finding.id);
    const summary = { id: record.finding.id, issueKey: issue.issueKey, correctiveActions: actions.map(({ id, issueKey }) => ({ id, issueKey })) };
    if (stored.property.history.length > record.history.length) {
      results.push({ ...summary, outcome: 'kept' });
      continue;
    }
    const complete = stored.property.actions.length === actions.length;
    if (!wasCreated && complete) {
      results.push({ ...summary, outcome: 'unchanged' });
      continue;
    }
    if (!complete) await ports.writeProperty(issue.issueKey, findingProperty(record.finding, record.history, actions, stored.property.rev + 1));
    await ports.writeFields(issue.issueId, findingFieldValues(record.finding));
    await mirror(ports, issue.issueKey, findingStatusCategory(record.finding));
    results.push({ ...summary, outcome: wasCreated ? 'created' : 'completed' });
  }
  return results;
}
