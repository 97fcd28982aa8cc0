// First thing an installing admin does: run setup on the admin page ("clause9-admin") as the Jira administrator —
// it adopts the ISMS project the site already has and creates the app's issue and link types — then save who the
// ISMS managers are (the `isms-managers` group, so requireIsmsManager passes for Priya and Marcus), the escalation
// chain and the working-day calendar. Auditors, the steering committee and control owners are already members of
// the ISMS project (seed-jira-site.ts), which is what raising findings and working corrective actions needs.
import { setupReportSchema } from '../../../src/contracts/setup-report';
import type { WorkingDayCalendar } from '../../../src/domain/working-days';
import type { DemoAppSettings } from '../demo-organisation';
import { ANY_DATA } from './app-caller';
import type { AppCaller } from './app-caller';

export const ADMIN_PAGE = 'clause9-admin';

export async function setUpApp(app: AppCaller, settings: DemoAppSettings): Promise<void> {
  const report = await app.call('jiraAdmin', ADMIN_PAGE, 'setup/run', {}, setupReportSchema);
  if (!report.complete) {
    const failed = report.steps.filter((step) => step.outcome === 'failed').map((step) => `${step.what}: ${step.detail}`);
    throw new Error(`setup did not complete: ${failed.join('; ')}`);
  }
  await app.call('jiraAdmin', ADMIN_PAGE, 'settings/access/save', settings.access, ANY_DATA);
  await app.call('jiraAdmin', ADMIN_PAGE, 'settings/escalation/save', settings.escalation, ANY_DATA);
}

export async function saveCalendar(app: AppCaller, calendar: WorkingDayCalendar, reportDeadlineWorkingDays: number): Promise<void> {
  const payload = { calendar: { ...calendar, holidays: [...calendar.holidays], weekendDays: [...calendar.weekendDays] }, reportDeadlineWorkingDays };
  await app.call('jiraAdmin', ADMIN_PAGE, 'settings/calendar/save', payload, ANY_DATA);
}
