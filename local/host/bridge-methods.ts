// Every callBridge(method, payload) the real @forge/bridge 7.2 can make, answered for one frame. Methods that need
// the host page (switching a gadget to view mode, flags, navigation, events) answer with an `effect` the frame's
// bridge script hands to the page. Methods the local stack does not model fail with a message that says so.
import { z } from 'zod';

import { BridgeMethodError } from './bridge-method-error';
import { navigatePayloadSchema, urlOfLocation } from './bridge-navigation';
import { DATA_THEME } from './design-tokens';
import { fetchProduct } from './fetch-product';
import { buildExtension, buildFullContext } from './frame-context';
import type { ColorMode, ContextPorts } from './frame-context';
import type { FrameIdentity } from './frame-identity';
import type { AppSurfaces, UiModule } from './manifest-surfaces';

export interface ResolverInvocation {
  readonly moduleKey: string;
  readonly functionKey: string;
  readonly payload: unknown;
  readonly accountId: string;
  readonly extension: Record<string, unknown>;
}

export interface ResolverInvoker {
  invokeResolver(invocation: ResolverInvocation): Promise<unknown>;
}

export interface BridgePorts extends ContextPorts {
  readonly forge: ResolverInvoker;
  readonly surfaces: AppSurfaces;
}

export interface BridgeCall {
  readonly method: string;
  readonly frame: FrameIdentity;
  readonly module: UiModule;
  readonly payload: unknown;
  readonly colorMode: ColorMode;
}

/** What the host page does after a call: the frame's bridge script posts it to window.parent. */
export type HostEffect =
  | { readonly kind: 'gadget-view'; readonly gadgetId: string; readonly refreshMinutes: number | null }
  | { readonly kind: 'reload-frame' }
  | { readonly kind: 'flag'; readonly flag: Record<string, unknown> }
  | { readonly kind: 'close-flag'; readonly id: string }
  | { readonly kind: 'navigate'; readonly url: string; readonly newTab: boolean }
  | { readonly kind: 'emit'; readonly event: string; readonly payload: unknown }
  | { readonly kind: 'title'; readonly title: string };

export interface BridgeAnswer {
  readonly value: unknown;
  readonly effect?: HostEffect;
}

type Method = (call: BridgeCall, ports: BridgePorts) => BridgeAnswer | Promise<BridgeAnswer>;

const invokeSchema = z.object({ functionKey: z.string(), payload: z.unknown().optional(), metadata: z.unknown().optional() });
const eventSchema = z.object({ event: z.string(), payload: z.unknown().optional() });
const flagSchema = z.object({ id: z.union([z.string(), z.number()]) }).loose();

const isGadgetEdit = (call: BridgeCall): boolean => call.module.type === 'jira:dashboardGadget' && call.frame.entryPoint === 'edit';
const isReloadable = (call: BridgeCall): boolean => call.module.type === 'jira:dashboardGadget' || call.module.type === 'jira:issuePanel';

const unsupported = (what: string): Method => () => {
  throw new BridgeMethodError(501, `${what} is not available in the local stack.`);
};
const quiet = (value: unknown): Method => () => ({ value });

const METHODS: Record<string, Method> = {
  async invoke(call, ports) {
    const { functionKey, payload, metadata } = invokeSchema.parse(call.payload);
    const extension = await buildExtension(call.module, call.frame, ports);
    const body = await ports.forge.invokeResolver({ moduleKey: call.module.key, functionKey, payload: payload ?? {}, accountId: call.frame.accountId, extension });
    return { value: metadata === undefined ? body : { body, metadata: {} } };
  },
  async getContext(call, ports) {
    return { value: await buildFullContext(call.module, call.frame, call.colorMode, ports) };
  },
  submit(call, ports) {
    if (!isGadgetEdit(call) || call.frame.gadgetId === undefined) return { value: false };
    const configuration = z.record(z.string(), z.unknown()).parse(call.payload ?? {});
    const gadget = ports.state.saveGadgetConfiguration(call.frame.gadgetId, configuration);
    return { value: true, effect: { kind: 'gadget-view', gadgetId: gadget.id, refreshMinutes: gadget.refreshMinutes } };
  },
  close(call, ports) {
    if (!isGadgetEdit(call) || call.frame.gadgetId === undefined) return { value: false };
    const gadget = ports.state.gadget(call.frame.gadgetId);
    return { value: true, effect: { kind: 'gadget-view', gadgetId: call.frame.gadgetId, refreshMinutes: gadget?.refreshMinutes ?? null } };
  },
  onClose: (call) => ({ value: isGadgetEdit(call) }),
  refresh: (call) => (isReloadable(call) ? { value: true, effect: { kind: 'reload-frame' } } : { value: false }),
  reload: () => ({ value: undefined, effect: { kind: 'reload-frame' } }),
  open: () => ({ value: false }),
  on: (call) => ({ value: eventSchema.pick({ event: true }).parse(call.payload).event }),
  onPublic: (call) => ({ value: eventSchema.pick({ event: true }).parse(call.payload).event }),
  emit(call) {
    const { event, payload } = eventSchema.parse(call.payload);
    return { value: undefined, effect: { kind: 'emit', event, payload } };
  },
  emitPublic(call) {
    const { event, payload } = eventSchema.parse(call.payload);
    return { value: undefined, effect: { kind: 'emit', event, payload } };
  },
  async fetchProduct(call, ports) {
    return { value: await fetchProduct(ports.jira, call.frame.accountId, call.payload) };
  },
  showFlag(call) {
    const flag = flagSchema.parse(call.payload);
    return { value: true, effect: { kind: 'flag', flag: { ...flag, id: String(flag.id) } } };
  },
  closeFlag(call) {
    const { id } = flagSchema.parse(call.payload);
    return { value: true, effect: { kind: 'close-flag', id: String(id) } };
  },
  navigate(call, ports) {
    const location = navigatePayloadSchema.parse(call.payload);
    const url = urlOfLocation(ports.surfaces, location);
    return { value: undefined, effect: { kind: 'navigate', url, newTab: location.type === 'new-tab' } };
  },
  getUrl: (call, ports) => ({ value: new URL(urlOfLocation(ports.surfaces, call.payload), ports.site.siteUrl).href }),
  createHistory: (call) => ({ value: { pathname: `/${call.frame.route ?? ''}`.replace(/^\/+/, '/'), search: '', hash: '', state: null, key: 'default' } }),
  enableTheming: (call) => ({ value: { colorMode: call.colorMode, dataTheme: DATA_THEME, href: '/__host/tokens.css' } }),
  changeWindowTitle: (call) => ({ value: undefined, effect: { kind: 'title', title: z.string().parse(call.payload) } }),
  getFrameId: (call) => ({ value: call.frame.frameId }),
  emitReadyEvent: quiet(undefined),
  emitFrontendCustomMetric: quiet(undefined),
  trackObjectStoreAction: quiet(undefined),
  getCookieConsentPreferences: quiet(null),
  isRovoEnabled: quiet(false),
  fetchRemote: unsupported('requestRemote (the manifest declares no remotes)'),
  openModal: unsupported('Modal (@forge/bridge Modal)'),
  getFrameDispatch: unsupported('view.getFrameDispatch'),
  openRovo: unsupported('Rovo'),
  initFeatureFlags: unsupported('Forge feature flags'),
  fetchUserRecommendations: unsupported('User recommendations'),
  requestTeamworkGraph: unsupported('Teamwork Graph'),
  publishRealtimeChannel: unsupported('Forge Realtime'),
  subscribeRealtimeChannel: unsupported('Forge Realtime'),
};

export const SUPPORTED_BRIDGE_METHODS: readonly string[] = Object.keys(METHODS);

export async function handleBridgeCall(call: BridgeCall, ports: BridgePorts): Promise<BridgeAnswer> {
  const method = Object.hasOwn(METHODS, call.method) ? METHODS[call.method] : undefined;
  if (method === undefined) {
    const known = call.method.startsWith('__permission__') ? ' (runtime egress/remote permissions are not modelled locally)' : '';
    throw new BridgeMethodError(404, `Unknown bridge method "${call.method}"${known}.`);
  }
  return method(call, ports);
}
