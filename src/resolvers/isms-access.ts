// What the matrix and KPI surfaces share in the shell: the ISMS project whose permissions guard them (from the
// setup record, not from the page's context — opening the page in another project must not grant anything), the
// two role checks run AS THE USER, and the clock, read here and nowhere deeper.
import { readCalendarSettings } from '../adapters/storage/app-settings';
import { readSetupState, type SetupState } from '../adapters/storage/setup-state';
import { requireSetupState } from '../app/require-setup';
import { localDateAt, type LocalDate } from '../domain/local-date';
import { requireBrowseProject, requireIsmsManager } from './authorise';

export function ismsSetup(): Promise<SetupState> {
  return requireSetupState(readSetupState);
}

/** Editing the matrix and KPIs: the configured ISMS group, or the ISMS project's administrators. */
export async function authoriseIsmsManager(): Promise<void> {
  await requireIsmsManager((await ismsSetup()).projectKey);
}

/** Reading them: whoever can browse the ISMS project. */
export async function authoriseIsmsReader(): Promise<void> {
  await requireBrowseProject((await ismsSetup()).projectKey);
}

export interface ShellClock {
  /** ISO instant of this invocation. */
  readonly at: string;
  /** Today in the organisation's time zone (the working-day calendar's). */
  readonly today: LocalDate;
  readonly timeZone: string;
}

export async function readClock(): Promise<ShellClock> {
  const now = new Date();
  const { calendar } = await readCalendarSettings();
  return { at: now.toISOString(), today: localDateAt(now, calendar.timeZone), timeZone: calendar.timeZone };
}
