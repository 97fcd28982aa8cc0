// Kept for existing imports; the setup record and its schema live in setup-state.ts.
export { readSetupState, setupStateSchema } from './setup-state';
export type { SetupState } from './setup-state';
