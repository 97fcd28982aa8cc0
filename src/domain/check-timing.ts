// Derived timing of a monitoring check — due soon, overdue, report deadline — from stored facts and today's date.
// Never stored: a check that was on time yesterday may be overdue today without anyone touching it.
//
// The report deadline counts N working days (default 3) from the measurement date:
// - done: the measurement is the completion date (`completedOn`), early or late;
// - scheduled or in progress: the measurement has not happened, so the deadline counts from the due date — once that
//   passes, the report is late too, which is what the steering committee needs to see;
// - skipped: nothing was measured, so no report is due.
import { assertNever } from './domain-error';
import { addDays, daysBetween, type LocalDate } from './local-date';
import type { MonitoringCheck } from './monitoring-check';
import { DEFAULT_REPORT_WORKING_DAYS, reportDeadline, type WorkingDayCalendar } from './working-days';

export interface CheckTiming {
  /** Open, and today is within the lead time before the due date (inclusive of the due date). */
  readonly dueSoon: boolean;
  /** Open, and the due date has passed. */
  readonly overdue: boolean;
  /** Calendar days past the due date: until today while open, until completion once done; 0 when on time or skipped. */
  readonly daysLate: number;
  /** Last day the report may reach the steering committee; null when skipped. */
  readonly reportDueOn: LocalDate | null;
  /** Sent after the deadline, or not sent and the deadline has passed. */
  readonly reportLate: boolean;
}

export function checkTiming(
  check: MonitoringCheck,
  today: LocalDate,
  calendar: WorkingDayCalendar,
  reportWorkingDays: number = DEFAULT_REPORT_WORKING_DAYS,
): CheckTiming {
  switch (check.status) {
    case 'scheduled':
    case 'in_progress': {
      const reportDueOn = reportDeadline(calendar, check.dueOn, reportWorkingDays);
      return {
        dueSoon: today >= addDays(check.dueOn, -check.leadTimeDays) && today <= check.dueOn,
        overdue: today > check.dueOn,
        daysLate: Math.max(0, daysBetween(check.dueOn, today)),
        reportDueOn,
        reportLate: today > reportDueOn,
      };
    }
    case 'done': {
      const reportDueOn = reportDeadline(calendar, check.completedOn, reportWorkingDays);
      return {
        dueSoon: false,
        overdue: false,
        daysLate: Math.max(0, daysBetween(check.dueOn, check.completedOn)),
        reportDueOn,
        reportLate: (check.reportSentOn ?? today) > reportDueOn,
      };
    }
    case 'skipped':
      return { dueSoon: false, overdue: false, daysLate: 0, reportDueOn: null, reportLate: false };
    default:
      return assertNever(check);
  }
}
