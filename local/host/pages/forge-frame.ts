// The <iframe> of one Custom UI surface, with its identity in the URL and the data the host page script needs.
import { randomUUID } from 'node:crypto';

import type { FrameIdentity } from '../frame-identity';
import { frameUrl } from '../frame-identity';
import type { UiModule } from '../manifest-surfaces';
import { html } from './html';
import type { Html } from './html';

export function newFrameIdentity(module: UiModule, accountId: string, extra: Omit<FrameIdentity, 'moduleKey' | 'accountId' | 'frameId'> = {}): FrameIdentity {
  return { moduleKey: module.key, accountId, frameId: randomUUID(), ...extra };
}

/** The iframe URL of a frame: the gadget edit resource for entryPoint 'edit', the module's resource otherwise. */
export function frameSrc(module: UiModule, identity: FrameIdentity): string {
  const resource = identity.entryPoint === 'edit' ? (module.editResource ?? module.resource) : module.resource;
  return frameUrl(resource, identity);
}

export function forgeFrame(module: UiModule, identity: FrameIdentity, options: { pageBase?: string; minHeight: number }): Html {
  return html`<iframe class="forge-frame" title="${module.title}" src="${frameSrc(module, identity)}"
    data-module-key="${module.key}" data-page-base="${options.pageBase ?? ''}" data-min-height="${options.minHeight}"
    style="height:${options.minHeight}px"></iframe>`;
}
