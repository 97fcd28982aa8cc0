// When a finding or corrective action opened and closed by the app's own record, not by its Jira issue: an issue
// imported with a register kept before Clause9 (or moved between sites) was created in Jira on the import day, but
// its record says when it was raised and closed — which is what a management review's trends must count (9.3.2 d 1).
import { correctiveActionPropertySchema } from '../adapters/jira/corrective-action-property';
import { findingPropertySchema } from '../adapters/jira/finding-property';
import type { CorrectiveAction } from '../domain/corrective-action';
import type { Finding } from '../domain/finding';
import { localDateAt, type LocalDate } from '../domain/local-date';

export interface RecordedSpan {
  readonly openedOn: LocalDate;
  /** null while the record is open. */
  readonly closedOn: LocalDate | null;
}

function findingClosedOn(finding: Finding): LocalDate | null {
  if (finding.status !== 'closed') return null;
  return 'review' in finding ? finding.review.reviewOn : finding.closure.closedOn;
}

function actionClosedOn(action: CorrectiveAction): LocalDate | null {
  if (action.status === 'implemented') return action.implementedOn;
  if (action.status === 'cancelled') return action.cancelledOn;
  return null;
}

/** The span the `clause9` property records; null when the property is missing or not a finding or action record. */
export function recordedSpan(property: unknown, timeZone: string): RecordedSpan | null {
  const finding = findingPropertySchema.safeParse(property);
  if (finding.success) return { openedOn: finding.data.state.raisedOn, closedOn: findingClosedOn(finding.data.state) };
  const action = correctiveActionPropertySchema.safeParse(property);
  const planned = action.success ? action.data.history[0] : undefined;
  if (!action.success || planned === undefined) return null;
  return { openedOn: localDateAt(new Date(planned.at), timeZone), closedOn: actionClosedOn(action.data.state) };
}
