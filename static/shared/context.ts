// The gadget's bridge context: which entry point (view or edit) and the saved gadgetConfiguration, parsed with zod.
import { view } from '@forge/bridge';
import { z } from 'zod';

const gadgetContextSchema = z.object({
  accountId: z.string().optional(),
  extension: z
    .object({
      entryPoint: z.string().optional(),
      gadgetConfiguration: z.record(z.string(), z.unknown()).nullish(),
    })
    .loose(),
});

export interface GadgetContext {
  readonly mode: 'view' | 'edit';
  /** The saved configuration, unparsed: each gadget parses it with its own schema. */
  readonly saved: Readonly<Record<string, unknown>>;
}

export function parseGadgetContext(raw: unknown): GadgetContext {
  const context = gadgetContextSchema.parse(raw);
  return { mode: context.extension.entryPoint === 'edit' ? 'edit' : 'view', saved: context.extension.gadgetConfiguration ?? {} };
}

export async function readGadgetContext(): Promise<GadgetContext> {
  return parseGadgetContext(await view.getContext());
}

/** The saved configuration through a gadget's schema; an invalid one falls back to the defaults (the edit view fixes it). */
export function savedConfiguration<T>(saved: Readonly<Record<string, unknown>>, schema: z.ZodType<T>, fallback: T): T {
  const parsed = schema.safeParse(saved);
  return parsed.success ? parsed.data : fallback;
}

/** The auto-refresh the dashboard applies, in minutes (saved as `refresh`). */
export const REFRESH_CHOICES = [0, 15, 30, 60] as const;

export function refreshOf(saved: Readonly<Record<string, unknown>>): number {
  const refresh = saved.refresh;
  return typeof refresh === 'number' && Number.isInteger(refresh) && refresh > 0 ? refresh : 0;
}
