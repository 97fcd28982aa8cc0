// A planned monitoring check ↔ its Jira issue: the create body (standard fields and the `clause9` property with the
// check's domain state, id = occurrence key) and the app field values written right after (readOnly fields cannot
// be set on create).
import { scheduleCheck, type PlannedCheck } from '../../domain/check-scheduling';
import type { TransitionContext } from '../../domain/history-entry';
import { isAnnexAControlId, isClauseId, type CatalogueId } from '../../domain/iso-catalogue/catalogue';
import type { LocalDate } from '../../domain/local-date';
import type { SetupState } from '../storage/setup-state';
import type { NewIssue } from './create-issue';
import { APP_FIELD_TYPES, type CustomFieldKey } from './app-field-keys';
import { toFieldJson } from './issue-fields';
import { checkProperty } from './check-property';
import { CLAUSE9_PROPERTY_KEY } from './issue-property';
import type { AppFieldUpdate } from './set-app-field-values';

export interface CheckToCreate {
  readonly planned: PlannedCheck;
  readonly covers: readonly CatalogueId[];
  /** N working days after the due date (the settings' calendar). */
  readonly reportDueOn: LocalDate;
}

function paragraph(text: string): Record<string, unknown> {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

export function checkIssueSummary(planned: PlannedCheck): string {
  return `${planned.title} — due ${planned.dueOn}`.slice(0, 255);
}

export function newCheckIssue(state: SetupState, check: CheckToCreate, ctx: TransitionContext): NewIssue {
  const { planned } = check;
  const { check: scheduled, history } = scheduleCheck(planned, planned.occurrenceKey, ctx);
  return {
    fields: {
      project: { id: state.projectId },
      issuetype: { id: state.issueTypeIds.monitoringCheck },
      summary: checkIssueSummary(planned),
      assignee: { accountId: planned.responsibleAccountId },
      duedate: planned.dueOn,
      labels: planned.spotCheckOfCriticalTask ? ['clause9', 'spot-check'] : ['clause9'],
      description: {
        type: 'doc',
        version: 1,
        content: [
          paragraph(`Monitoring check ${planned.occurrenceKey} of monitoring item ${planned.itemId}, due ${planned.dueOn}.`),
          paragraph(`The monitoring report must reach the ISMS Steering Committee by ${check.reportDueOn}.`),
        ],
      },
    },
    properties: [{ key: CLAUSE9_PROPERTY_KEY, value: checkProperty(scheduled, [history], 1) }],
  };
}

/** The app fields of a new check; escalation level 0 so `"Escalation level" = 0` finds checks never escalated. */
export function checkFieldUpdates(state: SetupState, issueId: string, check: CheckToCreate): AppFieldUpdate[] {
  const values: [CustomFieldKey, string | number | readonly string[]][] = [
    ['monitoring-item', check.planned.itemId],
    ['report-due-date', check.reportDueOn],
    ['escalation-level', 0],
  ];
  const clauses = check.covers.filter(isClauseId);
  const controls = check.covers.filter(isAnnexAControlId);
  if (clauses.length > 0) values.push(['iso-clause', clauses]);
  if (controls.length > 0) values.push(['annex-a-control', controls]);
  return values.map(([key, value]) => ({ fieldId: state.fieldIds[key], issueId, value: toFieldJson(APP_FIELD_TYPES[key], value) }));
}
