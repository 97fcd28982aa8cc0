// What every step form receives from the panel.
import type { StepAnswer } from './api';

export interface StepFormProps {
  /** The finding's revision the panel shows: sent as expectedRevision, so a stale panel is refused (CONFLICT). */
  readonly revision: number;
  readonly onDone: (answer: StepAnswer) => void;
  readonly onCancel: () => void;
  readonly onReload: () => void;
}
