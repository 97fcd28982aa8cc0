// The bridge host: Jira's part for the app's Custom UI in the local stack (see docs/architecture.md, "The local stack").
export { startBridgeHost } from './bridge-host';
export type { BridgeHost, BridgeHostOptions } from './bridge-host';
export type { ResolverInvocation, ResolverInvoker } from './bridge-methods';
export { SUPPORTED_BRIDGE_METHODS } from './bridge-methods';
export type { HostUser } from './pages/layout';
export { readAppSurfaces } from './manifest-surfaces';
export { BRIDGE_SCRIPT_TAG, injectBridgeScript } from './serve-resource';
export { appPageUrl } from './page-urls';
export { configureDashboardGadgets } from './configure-dashboard';
