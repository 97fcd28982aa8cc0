// Configures every unconfigured gadget on the demo dashboard with its defaults (an empty configuration: the ISMS
// project, everything included), as a dashboard someone already set up; `npm start` does this after seeding.
import type { BridgeHost } from './bridge-host';
import { modulesOfType } from './manifest-surfaces';

export function configureDashboardGadgets(host: Pick<BridgeHost, 'surfaces' | 'state'>): number {
  const gadgetKeys = modulesOfType(host.surfaces, 'jira:dashboardGadget').map((module) => module.key);
  let configured = 0;
  for (const gadget of host.state.dashboardGadgets(gadgetKeys)) {
    if (gadget.configuration !== null) continue;
    host.state.saveGadgetConfiguration(gadget.id, {});
    configured += 1;
  }
  return configured;
}
