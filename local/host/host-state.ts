// The bridge host's own small state, kept beside the stand-in's data: which gadgets sit on the demo dashboard and
// the configuration each one submitted from its edit view. One JSON file, rewritten atomically on every change.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

export const DEMO_DASHBOARD_ID = '10000';

const gadgetSchema = z.object({
  id: z.string(),
  moduleKey: z.string(),
  /** Null until the gadget's edit view submits once. */
  configuration: z.record(z.string(), z.unknown()).nullable(),
  /** Auto-refresh interval in minutes, from the `refresh` field of the submitted configuration. */
  refreshMinutes: z.number().int().positive().nullable(),
});
export type GadgetInstance = z.infer<typeof gadgetSchema>;

const stateSchema = z.object({
  version: z.literal(1),
  nextGadgetId: z.number().int(),
  gadgets: z.array(gadgetSchema),
});
type State = z.infer<typeof stateSchema>;

export interface HostState {
  /** The dashboard's gadgets, one per manifest gadget module; missing ones are added, in manifest order. */
  dashboardGadgets(moduleKeys: readonly string[]): readonly GadgetInstance[];
  gadget(id: string): GadgetInstance | undefined;
  saveGadgetConfiguration(id: string, configuration: Record<string, unknown>): GadgetInstance;
}

export function openHostState(dataDir: string): HostState {
  const file = dataDir === ':memory:' ? undefined : join(dataDir, 'host-state.json');
  let state: State = { version: 1, nextGadgetId: 10100, gadgets: [] };
  if (file !== undefined && existsSync(file)) state = stateSchema.parse(JSON.parse(readFileSync(file, 'utf8')));

  const persist = (): void => {
    if (file === undefined) return;
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2));
    renameSync(`${file}.tmp`, file);
  };

  return {
    dashboardGadgets(moduleKeys) {
      let changed = false;
      for (const moduleKey of moduleKeys) {
        if (state.gadgets.some((gadget) => gadget.moduleKey === moduleKey)) continue;
        state.gadgets.push({ id: String(state.nextGadgetId), moduleKey, configuration: null, refreshMinutes: null });
        state.nextGadgetId += 1;
        changed = true;
      }
      if (changed) persist();
      return state.gadgets.filter((gadget) => moduleKeys.includes(gadget.moduleKey));
    },
    gadget(id) {
      return state.gadgets.find((gadget) => gadget.id === id);
    },
    saveGadgetConfiguration(id, configuration) {
      const gadget = state.gadgets.find((candidate) => candidate.id === id);
      if (gadget === undefined) throw new Error(`No gadget ${id} on the dashboard.`);
      const refresh = configuration.refresh;
      gadget.configuration = configuration;
      gadget.refreshMinutes = typeof refresh === 'number' && Number.isInteger(refresh) && refresh > 0 ? refresh : null;
      persist();
      return gadget;
    },
  };
}
