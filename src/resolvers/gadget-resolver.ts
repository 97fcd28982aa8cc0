// The ONE resolver of the three dashboard gadgets (clause9-coverage-gadget, clause9-overdue-gadget,
// clause9-kpi-gadget): parse the gadget configuration (the invoke payload's, else the saved one in the context) →
// authorise the user (Browse Projects, cached: gadget-access.ts) → answer from the KVS read models. No Jira REST
// call is made for the data.
import type { z } from 'zod';

import { readCalendarSettings } from '../adapters/storage/app-settings';
import { coverageCyclesModel, readCycleGrid } from '../adapters/storage/read-models/coverage-grid-model';
import { dueSoonModel } from '../adapters/storage/read-models/due-soon-model';
import { overdueModel } from '../adapters/storage/read-models/overdue-model';
import { coverageModel, kpiSummaryModel, modelsRefreshedModel } from '../adapters/storage/read-models/summary-models';
import { readSetupState } from '../adapters/storage/setup-state';
import { AppError } from '../app/app-error';
import { readCoverageGadget } from '../app/read-coverage-gadget';
import { readKpiGadget } from '../app/read-kpi-gadget';
import { readOverdueGadget } from '../app/read-overdue-gadget';
import { requireSetupState } from '../app/require-setup';
import {
  coverageGadgetConfigurationSchema,
  gadgetPayloadSchema,
  kpiGadgetConfigurationSchema,
  overdueGadgetConfigurationSchema,
} from '../contracts/gadget-configuration';
import { todayIn } from '../domain/working-days';
import { requireGadgetAccess } from './gadget-access';
import { ResolverSurface, type ResolverCall } from './resolver-surface';

interface Configured<C> {
  readonly configuration?: C | undefined;
}

/** The payload's configuration (edit-view preview), else the gadget's saved one; parse errors name the field. */
function configurationOf<C>(call: ResolverCall<Configured<C>>, schema: z.ZodType<C>): C {
  if (call.payload.configuration !== undefined) return call.payload.configuration;
  const extension: unknown = call.context.extension;
  const saved = typeof extension === 'object' && extension !== null && 'gadgetConfiguration' in extension ? extension.gadgetConfiguration : undefined;
  const parsed = schema.safeParse(saved ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = ['configuration', ...(issue?.path.map(String) ?? [])].join('.');
  throw new AppError('INVALID_PAYLOAD', `The saved gadget configuration is invalid: ${issue?.message ?? 'malformed'}. Edit the gadget and save it again.`, field);
}

/** The ISMS project the gadget shows: the configured one must be the one setup created (read models cover only it). */
async function gadgetProject(configured: string | undefined): Promise<string> {
  const state = await requireSetupState(readSetupState);
  if (configured !== undefined && configured !== state.projectKey) {
    throw new AppError('INVALID_PAYLOAD', `project must be the ISMS project ${state.projectKey}; Clause9 keeps its records there.`, 'configuration.project');
  }
  return state.projectKey;
}

async function today(): Promise<ReturnType<typeof todayIn>> {
  return todayIn((await readCalendarSettings()).calendar, new Date());
}

function gadgetKey<C extends { readonly project?: string | undefined }, O>(schema: z.ZodType<C>, answer: (projectKey: string, configuration: C) => Promise<O>) {
  return {
    input: gadgetPayloadSchema(schema),
    authorise: async (call: ResolverCall<Configured<C>>) => {
      await requireGadgetAccess(call.accountId, await gadgetProject(configurationOf(call, schema).project));
    },
    run: async (call: ResolverCall<Configured<C>>) => {
      const configuration = configurationOf(call, schema);
      return answer(await gadgetProject(configuration.project), configuration);
    },
  };
}

const readRefreshedAt = (): Promise<string | null> => modelsRefreshedModel.read();

export const gadgetResolver = new ResolverSurface('gadget')
  .define(
    'gadget/coverage',
    gadgetKey(coverageGadgetConfigurationSchema, async (projectKey, configuration) =>
      readCoverageGadget(
        { readCoverage: () => coverageModel.read(), readCycles: () => coverageCyclesModel.read(), readCycleGrid },
        { projectKey, today: await today(), configuration },
      ),
    ),
  )
  .define(
    'gadget/overdue',
    gadgetKey(overdueGadgetConfigurationSchema, async (projectKey, configuration) =>
      readOverdueGadget(
        { readOverdue: () => overdueModel.readAll(), readDueSoon: () => dueSoonModel.readAll(), readRefreshedAt },
        { projectKey, today: await today(), configuration },
      ),
    ),
  )
  .define(
    'gadget/kpi-trends',
    gadgetKey(kpiGadgetConfigurationSchema, async (projectKey, configuration) =>
      readKpiGadget({ readKpiSummaries: () => kpiSummaryModel.readAll(), readRefreshedAt }, { projectKey, today: await today(), configuration }),
    ),
  )
  .handler();
