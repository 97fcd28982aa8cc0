// Most use cases need the ids setup recorded; before setup has run they answer NOT_SET_UP, which the UI turns
// into "ask a Jira admin to run setup".
import type { SetupState } from '../adapters/storage/setup-state';
import { AppError } from './app-error';

export async function requireSetupState(readSetupState: () => Promise<SetupState | undefined>): Promise<SetupState> {
  const state = await readSetupState();
  if (state === undefined) throw new AppError('NOT_SET_UP', 'Clause9 is not set up on this site yet: a Jira administrator needs to run setup on the Clause9 settings page.');
  return state;
}
