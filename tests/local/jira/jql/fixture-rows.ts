// The fixture's issues, one literal row each. now = 2026-11-22T10:00Z (Sunday, 11:00 in Amsterdam): "today" is
// 2026-11-22 there, the Monday-based week started 2026-11-16, and startOfDay() is 2026-11-21T23:00Z.
export interface Finding {
  readonly kind: string;
  readonly source: string;
  readonly clause: string;
  readonly controls: readonly string[];
  readonly rootCause?: { readonly status: string };
  readonly notes: string;
  readonly severity: number;
  readonly detectedOn: string;
}

export interface Row {
  readonly key: `${'ISMS' | 'AUD'}-${number}`;
  readonly type: 'F' | 'CA' | 'MC'; // Finding, Corrective action, Monitoring check
  readonly status: 'To Do' | 'Open' | 'In Progress' | 'In Review' | 'Done' | 'Closed';
  readonly assignee: string | null;
  readonly reporter: string;
  readonly created: string;
  readonly updated?: string;
  readonly due: string | null;
  readonly labels: readonly string[];
  readonly summary: string;
  readonly description?: string;
  readonly resolution?: string;
  readonly resolved?: string;
  readonly parent?: string;
  readonly kind?: string; // Finding kind
  readonly finding?: Finding;
  readonly reportDue?: string;
  readonly effort?: number;
  readonly checkOwner?: string;
  readonly reviewAt?: string;
  readonly controls?: readonly string[]; // Applicable controls (options)
  readonly clause9?: Readonly<Record<string, unknown>>;
}

const finding = (kind: string, source: string, clause: string, controls: readonly string[], rootCause: string | null, notes: string, severity: number, detectedOn: string): Finding => ({
  kind, source, clause, controls, ...(rootCause === null ? {} : { rootCause: { status: rootCause } }), notes, severity, detectedOn,
});

export const ROWS: readonly Row[] = [
  { key: 'ISMS-1', type: 'MC', status: 'Done', resolution: 'Done', resolved: '2026-09-10T08:00:00.000+0000', assignee: 'alice', reporter: 'bob', created: '2026-09-01T08:00:00.000+0000', updated: '2026-09-10T08:00:00.000+0000', due: '2026-09-15', labels: ['monthly', 'access-review'], summary: 'Monthly access review', description: 'Review user access rights for all production systems.', controls: ['A.5.18', 'A.5.15'], clause9: { id: 'chk-1', itemId: 'item-access' } },
  { key: 'ISMS-2', type: 'MC', status: 'To Do', assignee: 'alice', reporter: 'bob', created: '2026-11-01T09:00:00.000+0000', updated: '2026-11-20T09:00:00.000+0000', due: '2026-11-30', labels: ['monthly', 'access-review'], summary: 'Monthly access review', description: 'Review user access rights for November.', checkOwner: 'carol', clause9: { id: 'chk-2', itemId: 'item-access' } },
  { key: 'ISMS-3', type: 'MC', status: 'In Progress', assignee: 'bob', reporter: 'alice', created: '2026-11-15T10:00:00.000+0000', updated: '2026-11-21T16:30:00.000+0000', due: '2026-11-22', labels: ['backup'], summary: 'Backup restore test', description: 'Restore a sample backup and verify integrity.', effort: 3, controls: ['A.8.13'], clause9: { id: 'chk-3', itemId: 'item-backup' } },
  { key: 'ISMS-4', type: 'MC', status: 'Open', assignee: null, reporter: 'alice', created: '2026-11-20T12:00:00.000+0000', due: '2026-11-21', labels: [], summary: 'Firewall rule review', clause9: { id: 'chk-4', itemId: 'item-firewall' } },
  { key: 'ISMS-5', type: 'F', status: 'In Review', assignee: 'carol', reporter: 'alice', created: '2026-10-05T07:30:00.000+0000', updated: '2026-11-22T09:00:00.000+0000', due: '2026-12-01', labels: ['audit', 'nonconformity'], summary: 'Access rights not revoked for leavers', description: 'Two leavers kept VPN access after their last day. Root cause analysis pending.', kind: 'Major nonconformity', finding: finding('Major nonconformity', 'Internal audit', 'A.5.18', ['A.5.18', 'A.8.2'], 'Pending', 'Leavers process skipped by HR', 3, '2026-10-04'), reportDue: '2026-11-25', effort: 8, reviewAt: '2026-11-25T14:00:00.000+0000', clause9: { id: 'fnd-5', itemId: 'item-access' } },
  { key: 'ISMS-6', type: 'F', status: 'Done', resolution: 'Done', resolved: '2026-11-18T15:00:00.000+0000', assignee: 'carol', reporter: 'dave', created: '2026-08-12T10:00:00.000+0000', updated: '2026-11-18T15:00:00.000+0000', due: '2026-10-31', labels: ['audit'], summary: 'Backup logs incomplete', description: 'Backup job logs missing for three weeks in July.', kind: 'Minor nonconformity', finding: finding('Minor nonconformity', 'Monitoring', 'A.8.13', ['A.8.13'], 'Analysed', 'Log rotation deleted backup logs', 2, '2026-08-11'), reportDue: '2026-09-01', effort: 5, clause9: { id: 'fnd-6', itemId: 'item-backup' } },
  { key: 'ISMS-7', type: 'F', status: 'To Do', assignee: null, reporter: 'bob', created: '2026-11-21T22:30:00.000+0000', due: null, labels: ['observation'], summary: 'Visitor log not signed', description: 'Reception visitor log had unsigned entries.', kind: 'Observation', finding: finding('Observation', 'External audit', 'A.7.2', [], 'Not started', 'Reception staff unaware', 1, '2026-11-21'), clause9: { id: 'fnd-7' } },
  { key: 'ISMS-8', type: 'CA', status: 'In Progress', parent: 'ISMS-5', assignee: 'dave', reporter: 'carol', created: '2026-10-06T09:00:00.000+0000', updated: '2026-11-19T11:00:00.000+0000', due: '2026-11-29', labels: ['corrective'], summary: 'Automate leaver access revocation', description: 'Connect HR offboarding to the identity provider.', effort: 13, clause9: { id: 'ca-8', itemId: 'item-access' } },
  { key: 'ISMS-9', type: 'CA', status: 'Done', resolution: 'Done', resolved: '2026-11-22T08:00:00.000+0000', parent: 'ISMS-6', assignee: 'dave', reporter: 'carol', created: '2026-08-13T09:00:00.000+0000', updated: '2026-11-22T08:00:00.000+0000', due: '2026-11-15', labels: ['corrective', 'backup'], summary: 'Fix backup log rotation', description: 'Keep backup logs for 90 days.', effort: 2, clause9: { id: 'ca-9', itemId: 'item-backup' } },
  { key: 'ISMS-10', type: 'CA', status: 'To Do', parent: 'ISMS-5', assignee: 'bob', reporter: 'carol', created: '2026-11-22T09:30:00.000+0000', due: '2026-12-15', labels: ['corrective'], summary: 'Train HR on leaver checklist' },
  { key: 'ISMS-11', type: 'MC', status: 'Closed', resolution: "Won't Do", resolved: '2026-07-01T10:00:00.000+0000', assignee: null, reporter: 'alice', created: '2026-06-01T10:00:00.000+0000', updated: '2026-07-01T10:00:00.000+0000', due: '2026-06-30', labels: ['quarterly'], summary: 'Quarterly supplier review', description: 'Cancelled: supplier offboarded.', clause9: { id: 'chk-11', itemId: 'item-supplier' } },
  { key: 'ISMS-12', type: 'MC', status: 'To Do', assignee: 'alice', reporter: 'bob', created: '2026-11-16T07:00:00.000+0000', due: '2026-12-31', labels: ['quarterly', 'supplier'], summary: 'Quarterly supplier review', description: 'Review supplier security questionnaires.', controls: ['A.5.19', 'A.5.20'], clause9: { id: 'chk-12', itemId: 'item-supplier' } },
  { key: 'ISMS-13', type: 'F', status: 'In Progress', assignee: 'alice', reporter: 'carol', created: '2025-12-15T10:00:00.000+0000', updated: '2026-01-10T10:00:00.000+0000', due: '2026-01-31', labels: ['nonconformity'], summary: 'Encryption keys not rotated', description: 'Key rotation overdue for the customer database.', kind: 'Major nonconformity', finding: finding('Major nonconformity', 'Monitoring', 'A.8.24', ['A.8.24', 'A.5.18'], 'Analysed', 'Key management procedure unclear', 3, '2025-12-14'), reportDue: '2026-01-15', effort: 21, reviewAt: '2026-01-20T09:00:00.000+0000', clause9: { id: 'fnd-13', itemId: 'item-crypto' } },
  { key: 'ISMS-14', type: 'MC', status: 'In Review', assignee: 'bob', reporter: 'bob', created: '2026-11-02T08:00:00.000+0000', updated: '2026-11-22T09:59:00.000+0000', due: '2026-11-23', labels: ['monthly'], summary: 'Patch compliance check', description: 'Verify critical patches applied within 14 days.', effort: 1, checkOwner: 'dave', clause9: { id: 'chk-14', itemId: 'item-patch' } },
  { key: 'ISMS-15', type: 'F', status: 'Done', resolution: 'Done', resolved: '2026-11-10T12:00:00.000+0000', assignee: null, reporter: 'dave', created: '2026-10-20T10:00:00.000+0000', updated: '2026-11-10T12:00:00.000+0000', due: '2026-11-10', labels: [], summary: 'Opportunity for improvement in onboarding', description: 'Onboarding checklist could include security awareness.', kind: 'Opportunity for improvement', finding: finding('Opportunity for improvement', 'Management review', 'A.6.3', ['A.6.3'], null, 'Suggested by the CISO', 0, '2026-10-19'), clause9: { id: 'fnd-15', itemId: 'item-awareness' } },
  { key: 'ISMS-16', type: 'MC', status: 'To Do', assignee: 'carol', reporter: 'alice', created: '2026-11-22T09:00:00.000+0000', due: '2026-11-24', labels: ['weekly'], summary: 'Weekly vulnerability scan review', description: 'Check scan results for critical findings.', clause9: { id: 'chk-16', itemId: 'item-vuln', meta: { version: 2 } } },
  { key: 'ISMS-17', type: 'MC', status: 'Open', assignee: 'dave', reporter: 'bob', created: '2026-10-31T23:30:00.000+0000', due: '2026-11-01', labels: ['monthly'], summary: 'Monthly log review', description: 'Review SIEM alerts for the month.', clause9: { id: 'chk-17', itemId: 'item-logs', meta: { version: 1 } } },
  { key: 'ISMS-18', type: 'F', status: 'Open', assignee: 'bob', reporter: 'bob', created: '2026-11-18T10:00:00.000+0000', due: null, labels: ['nonconformity', 'supplier'], summary: 'Supplier contract lacks security clause', description: 'The "right to audit" clause is missing from the hosting contract.', kind: 'Minor nonconformity', finding: finding('Minor nonconformity', 'Internal audit', 'A.5.20', ['A.5.20', 'A.5.19'], 'Pending', 'Legal template outdated', 2, '2026-11-17'), reportDue: '2026-12-01', effort: 3 },
  { key: 'AUD-1', type: 'F', status: 'To Do', assignee: 'alice', reporter: 'carol', created: '2026-11-05T10:00:00.000+0000', due: '2026-11-20', labels: ['audit', 'nonconformity'], summary: 'Clean desk policy not followed', description: 'Confidential printouts left on desks overnight.', kind: 'Minor nonconformity', finding: finding('Minor nonconformity', 'Internal audit', 'A.7.7', ['A.7.7'], 'Not started', 'Awareness campaign lapsed', 2, '2026-11-04'), reportDue: '2026-11-20', effort: 2, clause9: { id: 'fnd-a1', itemId: 'item-physical' } },
  { key: 'AUD-2', type: 'F', status: 'Done', resolution: 'Done', resolved: '2026-10-01T09:00:00.000+0000', assignee: 'carol', reporter: 'carol', created: '2026-09-01T09:00:00.000+0000', updated: '2026-10-01T09:00:00.000+0000', due: '2026-09-30', labels: ['audit'], summary: 'Audit evidence retention unclear', description: 'Retention period for audit evidence not defined.', kind: 'Observation', finding: finding('Observation', 'Internal audit', '9.2', [], 'Analysed', 'Procedure gap', 1, '2026-08-31'), clause9: { id: 'fnd-a2' } },
  { key: 'AUD-3', type: 'CA', status: 'In Progress', parent: 'AUD-1', assignee: 'bob', reporter: 'alice', created: '2026-11-06T10:00:00.000+0000', updated: '2026-11-21T10:00:00.000+0000', due: '2026-12-06', labels: ['corrective'], summary: 'Run clean desk awareness campaign', description: 'Posters and a short e-learning module.', effort: 5, clause9: { id: 'ca-a3', itemId: 'item-physical' } },
  { key: 'AUD-4', type: 'MC', status: 'Done', resolution: 'Done', resolved: '2026-11-21T23:30:00.000+0000', assignee: 'carol', reporter: 'alice', created: '2026-11-14T10:00:00.000+0000', updated: '2026-11-21T23:30:00.000+0000', due: '2026-11-21', labels: ['weekly'], summary: 'Weekly clean desk walk', description: 'Walk the office after hours.', clause9: { id: 'chk-a4', itemId: 'item-physical' } },
  { key: 'AUD-5', type: 'MC', status: 'To Do', assignee: null, reporter: 'carol', created: '2026-11-22T10:00:00.000+0000', due: '2026-11-29', labels: ['weekly'], summary: 'Weekly clean desk walk', description: 'Walk the office after hours.', clause9: { id: 'chk-a5', itemId: 'item-physical' } },
  { key: 'AUD-6', type: 'F', status: 'In Progress', assignee: 'dave', reporter: 'carol', created: '2026-07-15T10:00:00.000+0000', updated: '2026-11-01T10:00:00.000+0000', due: '2027-01-15', labels: [], summary: 'Risk register outdated', description: 'Risk register not reviewed since January.', kind: 'Major nonconformity', finding: finding('Major nonconformity', 'External audit', '6.1.2', ['A.5.1'], 'Analysed', 'Risk owner left the company', 3, '2026-07-14'), reportDue: '2026-08-01', effort: 8, clause9: { id: 'fnd-a6', itemId: 'item-risk' } },
  { key: 'AUD-7', type: 'CA', status: 'Closed', resolution: "Won't Do", resolved: '2026-11-02T10:00:00.000+0000', parent: 'AUD-6', assignee: null, reporter: 'dave', created: '2026-07-16T10:00:00.000+0000', updated: '2026-11-02T10:00:00.000+0000', due: '2026-08-31', labels: ['corrective'], summary: 'Replace risk tool', description: 'Superseded by the risk register review.' },
  { key: 'AUD-8', type: 'CA', status: 'To Do', parent: 'AUD-6', assignee: 'alice', reporter: 'dave', created: '2026-11-03T10:00:00.000+0000', due: null, labels: ['corrective'], summary: 'Assign a new risk owner', clause9: { id: 'ca-a8', itemId: 'item-risk' } },
  { key: 'AUD-9', type: 'MC', status: 'In Review', assignee: 'carol', reporter: 'carol', created: '2026-11-09T10:00:00.000+0000', updated: '2026-11-20T10:00:00.000+0000', due: '2026-11-22', labels: ['monthly', 'kpi'], summary: 'Monthly KPI measurement', description: 'Measure the incident response KPI.', effort: 1, checkOwner: 'alice', clause9: { id: 'chk-a9', itemId: 'item-kpi' } },
  { key: 'AUD-10', type: 'F', status: 'Open', assignee: null, reporter: 'alice', created: '2026-11-12T10:00:00.000+0000', due: '2026-12-12', labels: ['observation'], summary: 'Password policy exceptions undocumented', description: 'Service accounts exempt from rotation without approval.', finding: finding('Observation', 'Monitoring', 'A.5.17', ['A.5.17', 'A.8.5'], 'Pending', 'Exceptions tracked in a spreadsheet', 1, '2026-11-11'), clause9: { id: 'fnd-a10', itemId: 'item-access' } },
  { key: 'AUD-11', type: 'MC', status: 'Closed', resolution: 'Done', resolved: '2026-03-31T10:00:00.000+0000', assignee: 'bob', reporter: 'bob', created: '2026-01-02T10:00:00.000+0000', updated: '2026-03-31T10:00:00.000+0000', due: '2026-03-31', labels: ['quarterly'], summary: 'Quarterly internal audit planning', description: 'Plan the Q2 audits.', clause9: { id: 'chk-a11', itemId: 'item-audit-plan' } },
  { key: 'AUD-12', type: 'F', status: 'To Do', assignee: 'bob', reporter: 'dave', created: '2026-11-19T10:00:00.000+0000', due: '2026-11-26', labels: ['Audit'], summary: 'Screen lock timeout too long', description: 'Laptops lock after 30 minutes instead of 5.', kind: 'Minor nonconformity', reportDue: '2026-11-30', effort: 0, clause9: { id: 'fnd-a12', itemId: 'item-endpoint' } },
];
