// Ordinary work on the Jira site, so the ISMS sits among real tickets: the ENG backlog (some of it security work
// the findings point at) and a few ISMS housekeeping tasks. Dates are days before the demo's "today".
import type { DemoRole } from './demo-people';

export interface DemoIssue {
  readonly project: 'ENG' | 'ISMS';
  readonly type: 'Story' | 'Bug' | 'Task' | 'Epic';
  readonly summary: string;
  readonly description?: string;
  readonly status: 'To Do' | 'In Progress' | 'In Review' | 'Done';
  readonly priority?: 'Highest' | 'High' | 'Medium' | 'Low';
  readonly assignee: DemoRole | null;
  readonly reporter: DemoRole;
  readonly createdDaysAgo: number;
  /** Days from today; negative is in the past (overdue unless done). */
  readonly dueInDays?: number;
  readonly labels?: readonly string[];
}

export const DEMO_ISSUES: readonly DemoIssue[] = [
  { project: 'ENG', type: 'Epic', summary: 'Payments API v3 (idempotent refunds)', status: 'In Progress', assignee: 'platformLead', reporter: 'platformLead', createdDaysAgo: 120, dueInDays: 60 },
  { project: 'ENG', type: 'Story', summary: 'Idempotency keys for the refunds endpoint', status: 'Done', assignee: 'engineer', reporter: 'platformLead', createdDaysAgo: 95, dueInDays: -40, labels: ['payments-api'] },
  { project: 'ENG', type: 'Story', summary: 'Partial refunds for multi-capture payments', status: 'In Progress', priority: 'High', assignee: 'engineer', reporter: 'platformLead', createdDaysAgo: 60, dueInDays: 12, labels: ['payments-api'] },
  { project: 'ENG', type: 'Bug', summary: 'Refund webhook retried without backoff after 5xx', status: 'In Review', priority: 'High', assignee: 'engineer', reporter: 'sreLead', createdDaysAgo: 18, dueInDays: 3, labels: ['payments-api', 'reliability'] },
  { project: 'ENG', type: 'Task', summary: 'Enrol new AWS accounts in the patch baseline automatically', description: 'Corrective action for the unpatched-vulnerabilities nonconformity: account vending must enrol patching and EDR.', status: 'In Progress', priority: 'Highest', assignee: 'platformLead', reporter: 'ismsManager', createdDaysAgo: 160, dueInDays: -10, labels: ['security', 'corrective-action'] },
  { project: 'ENG', type: 'Task', summary: 'Weekly report of hosts missing from the patch tool', status: 'To Do', priority: 'High', assignee: 'sreLead', reporter: 'ismsManager', createdDaysAgo: 160, dueInDays: 35, labels: ['security', 'corrective-action'] },
  { project: 'ENG', type: 'Task', summary: 'Enable server-side secret push protection on all repositories', status: 'In Progress', priority: 'High', assignee: 'platformLead', reporter: 'ciso', createdDaysAgo: 88, dueInDays: 32, labels: ['security', 'corrective-action'] },
  { project: 'ENG', type: 'Task', summary: 'Monthly automated restore test of the ledger database', status: 'Done', assignee: 'sreLead', reporter: 'platformLead', createdDaysAgo: 123, dueInDays: -48, labels: ['security', 'backup'] },
  { project: 'ENG', type: 'Bug', summary: 'Dashboard p95 latency alert fires on deploys', status: 'To Do', priority: 'Low', assignee: null, reporter: 'sreLead', createdDaysAgo: 9, labels: ['observability'] },
  { project: 'ENG', type: 'Story', summary: 'Upgrade the merchant portal to React 19', status: 'To Do', priority: 'Medium', assignee: 'engineer', reporter: 'platformLead', createdDaysAgo: 30, dueInDays: 45 },
  { project: 'ENG', type: 'Bug', summary: 'Settlement export rounds amounts in JPY', status: 'Done', priority: 'Highest', assignee: 'engineer', reporter: 'itOps', createdDaysAgo: 44, dueInDays: -38, labels: ['payments-api'] },
  { project: 'ENG', type: 'Task', summary: 'Rotate the card processor sandbox API keys', status: 'Done', priority: 'Highest', assignee: 'engineer', reporter: 'platformLead', createdDaysAgo: 180, dueInDays: -178, labels: ['security'] },
  { project: 'ENG', type: 'Story', summary: 'Rate limiting per merchant on the public API', status: 'In Progress', priority: 'Medium', assignee: 'sreLead', reporter: 'platformLead', createdDaysAgo: 25, dueInDays: 20, labels: ['payments-api', 'reliability'] },
  { project: 'ENG', type: 'Task', summary: 'Dependency upgrade: OpenSSL 3.0.x on build images', status: 'To Do', priority: 'High', assignee: 'itOps', reporter: 'sreLead', createdDaysAgo: 6, dueInDays: -1, labels: ['security', 'vulnerability'] },
  { project: 'ENG', type: 'Bug', summary: 'Incident bot does not page the secondary on-call', status: 'Done', priority: 'High', assignee: 'sreLead', reporter: 'ciso', createdDaysAgo: 70, dueInDays: -60, labels: ['incident-response'] },
  { project: 'ISMS', type: 'Task', summary: 'Prepare the evidence set for the surveillance audit', status: 'To Do', priority: 'High', assignee: 'ismsManager', reporter: 'ciso', createdDaysAgo: 14, dueInDays: 50, labels: ['external-audit'] },
  { project: 'ISMS', type: 'Task', summary: 'Update the Statement of Applicability for DORA', status: 'In Progress', priority: 'Medium', assignee: 'ismsManager', reporter: 'ceo', createdDaysAgo: 140, dueInDays: -20, labels: ['soa'] },
  { project: 'ISMS', type: 'Task', summary: 'Schedule the next management review and circulate the agenda', status: 'To Do', priority: 'Medium', assignee: 'ismsManager', reporter: 'ceo', createdDaysAgo: 3, dueInDays: 21, labels: ['management-review'] },
];
