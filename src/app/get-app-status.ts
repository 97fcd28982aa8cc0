// What the admin page shows first: is the app set up on this site, and what did setup record.
import type { SetupState } from '../adapters/storage/read-setup-state';

export interface AppStatus {
  readonly setUp: boolean;
  readonly setupCompletedAt: string | null;
  readonly projectKeys: readonly string[];
}

export async function getAppStatus(ports: { readSetupState: () => Promise<SetupState | undefined> }): Promise<AppStatus> {
  const state = await ports.readSetupState();
  return {
    setUp: state !== undefined,
    setupCompletedAt: state?.completedAt ?? null,
    projectKeys: state?.projectKeys ?? [],
  };
}
