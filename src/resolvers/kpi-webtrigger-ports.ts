// Wires the admin page's KPI web-trigger keys to the platform: the trigger's URL (webTrigger.getUrl) and the
// secret kept with KVS secrets.
import { webTrigger } from '@forge/api';

import { readWebTriggerSecret, rotateWebTriggerSecret } from '../adapters/storage/webtrigger-secret';
import type { KpiWebTriggerInfoPorts } from '../app/describe-kpi-webtrigger';
import type { RotateSecretPorts } from '../app/rotate-kpi-webtrigger-secret';

/** The `webtrigger` module key in manifest.yml. */
export const KPI_WEBTRIGGER_KEY = 'clause9-kpi-ingest';

const getUrl = (): Promise<string> => webTrigger.getUrl(KPI_WEBTRIGGER_KEY);

export const kpiWebTriggerPorts: KpiWebTriggerInfoPorts & RotateSecretPorts = {
  getUrl,
  readSecret: readWebTriggerSecret,
  rotate: rotateWebTriggerSecret,
};
