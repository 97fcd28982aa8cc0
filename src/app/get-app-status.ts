// What the admin page shows first: is the app set up on this site, when, and on which project. The last run's
// step-by-step report (including failed runs) is `setup/report`.
import type { SetupState } from '../adapters/storage/setup-state';

export interface AppStatus {
  readonly setUp: boolean;
  readonly setupCompletedAt: string | null;
  /** The ISMS project setup recorded (one key; a list because static/admin reads it so). */
  readonly projectKeys: readonly string[];
}

export async function getAppStatus(ports: { readonly readSetupState: () => Promise<SetupState | undefined> }): Promise<AppStatus> {
  const state = await ports.readSetupState();
  return {
    setUp: state !== undefined,
    setupCompletedAt: state?.completedAt ?? null,
    projectKeys: state === undefined ? [] : [state.projectKey],
  };
}
