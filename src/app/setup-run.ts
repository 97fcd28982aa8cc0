// The bookkeeping of one setup run: the report lines so far and the progress record, saved to KVS after every step
// that secured an id, so a run that dies half-way leaves what it achieved for the next run to adopt.
import type { SetupProgress } from '../adapters/storage/setup-state';
import type { SetupOutcome, SetupStep } from '../contracts/setup-report';

export class SetupRun {
  readonly steps: SetupStep[] = [];

  constructor(
    private current: SetupProgress,
    private readonly saveProgress: (progress: SetupProgress) => Promise<void>,
  ) {}

  get progress(): SetupProgress {
    return this.current;
  }

  /** Records a step; when `progress` is given it becomes the new progress and is saved before returning. */
  async record(step: { what: string; outcome: SetupOutcome; detail: string; id?: string }, progress?: SetupProgress): Promise<void> {
    if (progress !== undefined) {
      this.current = progress;
      await this.saveProgress(progress);
    }
    this.steps.push(step.id === undefined ? { what: step.what, outcome: step.outcome, detail: step.detail } : step);
  }

  failed(what: string, detail: string): Promise<void> {
    return this.record({ what, outcome: 'failed', detail });
  }

  get complete(): boolean {
    return this.steps.every((step) => step.outcome !== 'failed');
  }
}
