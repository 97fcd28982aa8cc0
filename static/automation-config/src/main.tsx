import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

import { ActionForm } from './action-form';

// What Automation puts in the action's context: the saved inputs and the inputs it found invalid.
const contextSchema = z.object({
  moduleKey: z.string(),
  extension: z
    .object({
      data: z.object({ inputs: z.record(z.string(), z.unknown()).optional() }).optional(),
      errors: z.object({ invalidInputs: z.record(z.string(), z.object({ message: z.string() })).optional() }).optional(),
    })
    .optional(),
});

const container = document.getElementById('root');
if (container !== null) {
  void view.theme.enable().finally(async () => {
    const context = contextSchema.parse(await view.getContext());
    const invalid = Object.fromEntries(Object.entries(context.extension?.errors?.invalidInputs ?? {}).map(([name, error]) => [name, error.message]));
    createRoot(container).render(<ActionForm moduleKey={context.moduleKey} initial={context.extension?.data?.inputs ?? {}} invalid={invalid} />);
  });
}
