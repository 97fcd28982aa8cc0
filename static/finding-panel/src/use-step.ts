// Running one lifecycle step from a form: saving while it runs (the button is disabled, so a double click cannot send
// it twice), the resolver's error kept for the fields, and the panel told to read the finding again on success.
import { useCallback, useState } from 'react';

import { IDLE } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import { runStep } from './api';
import type { StepAnswer, StepKey } from './api';

export interface StepRunner {
  readonly save: SaveState;
  readonly run: (key: StepKey, payload: Readonly<Record<string, unknown>>) => void;
  readonly reset: () => void;
}

export function useStep(onDone: (answer: StepAnswer) => void): StepRunner {
  const [save, setSave] = useState<SaveState>(IDLE);
  const run = useCallback((key: StepKey, payload: Readonly<Record<string, unknown>>) => {
    setSave({ state: 'saving' });
    void runStep(key, payload).then((answer) => {
      if (answer.state === 'error') { setSave({ state: 'failed', error: answer.error }); return; }
      setSave({ state: 'saved' });
      onDone(answer.data);
    });
  }, [onDone]);
  const reset = useCallback(() => { setSave(IDLE); }, []);
  return { save, run, reset };
}
