// Read models held in one document or a few: the coverage rows and the KPI series summaries. Both are computed
// from KVS data only (matrix, check digests, nonconformities, KPI measurements), never from Jira.
import { z } from 'zod';

import { coverageModelSchema, kpiSummarySchema, type CoverageModel } from '../../../contracts/gadget-views';
import { SWEEP_KEYS } from '../storage-keys';
import { readModelDoc } from './read-model-doc';
import { shardedMap } from './sharded-map';

export const coverageModel = readModelDoc<CoverageModel | null>(SWEEP_KEYS.readModel('coverage'), coverageModelSchema.nullable(), () => null);

/** Keyed by KPI id; 24 points a KPI keeps a few hundred KPIs within four documents. */
export const kpiSummaryModel = shardedMap('kpi-summaries', 4, kpiSummarySchema);

/** When the read models were last rebuilt from Jira and KVS (the daily sweep). */
export const modelsRefreshedModel = readModelDoc<string | null>(SWEEP_KEYS.readModel('refreshed-at'), z.string().nullable(), () => null);
