// The inputs of each Clause9 Automation action, as its configuration form shows them. They mirror the `inputs` of
// the action modules in manifest.yml (tests/static/automation-config-fields.test.ts holds the two together).
export interface ActionField {
  readonly name: string;
  readonly label: string;
  readonly type: 'string' | 'number' | 'integer';
  readonly required: boolean;
  readonly hint: string;
}

const text = (name: string, label: string, required: boolean, hint: string): ActionField => ({ name, label, type: 'string', required, hint });

export const ACTION_FIELDS: Readonly<Record<string, readonly ActionField[]>> = {
  'clause9-raise-finding': [
    text('kind', 'Kind', true, 'Major nonconformity, Minor nonconformity, Observation or Opportunity for improvement'),
    text('source', 'Source', true, 'Internal audit, Monitoring check, Management review, Incident, External audit or Other'),
    text('sourceRef', 'Source reference', false, 'e.g. {{issue.key}}; required unless the source is Other'),
    text('references', 'ISO clauses / Annex A controls', false, 'comma-separated, e.g. 9.1, A.5.18'),
    text('title', 'Title', true, "the finding's summary"),
    text('description', 'Description', true, 'what was found, with the evidence'),
    text('requestId', 'Request id', false, 'e.g. {{issue.key}}-nc; makes the action raise the finding once'),
  ],
  'clause9-create-corrective-action': [
    text('findingIssueKey', 'Finding issue key', true, 'e.g. {{issue.key}}'),
    text('summary', 'Summary', false, 'default: the start of the description'),
    text('description', 'Description', true, 'what will be done to remove the cause'),
    text('completionCriterion', 'Done when', true, 'a number, a date or a verifiable artefact'),
    text('ownerAccountId', 'Owner account id', false, 'e.g. {{issue.assignee.accountId}}'),
    text('dueDate', 'Due date', false, 'YYYY-MM-DD, e.g. {{now.plusDays(30).jiraDate}}'),
  ],
  'clause9-schedule-effectiveness-review': [
    text('findingIssueKey', 'Finding issue key', true, 'e.g. {{issue.key}}'),
    text('reviewDueOn', 'Review due on', false, 'YYYY-MM-DD (or give the number of days)'),
    { name: 'reviewInDays', label: 'Review in days', type: 'integer', required: false, hint: 'days from today (or give the date)' },
  ],
  'clause9-record-kpi-measurement': [
    text('kpiId', 'KPI id', true, 'as defined on the KPI page'),
    text('periodStart', 'Period start', true, 'YYYY-MM-DD, any day of the period'),
    { name: 'value', label: 'Value', type: 'number', required: false, hint: 'the indicator value (or give base measures)' },
    text('baseMeasures', 'Base measures', false, 'JSON, e.g. {"incidents": {{lookupIssues.size}}}'),
    text('idempotencyKey', 'Idempotency key', false, 'stores the value once per key'),
    text('source', 'Source', false, 'where the value came from'),
  ],
};

/** A typed number when the text is one; otherwise the text (a smart value Automation resolves at run time). */
export function inputValue(field: ActionField, text: string): string | number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.type === 'string') return text;
  const number = Number(trimmed);
  return Number.isFinite(number) && (field.type === 'number' || Number.isInteger(number)) ? number : trimmed;
}
