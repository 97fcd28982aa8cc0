// Who an iframe is: its module, surface (view or gadget edit), the extension it sits in and the signed-in user.
// The host page writes it into the iframe URL (`?frame=<base64url JSON>`); the bridge script sends it back with
// every bridge call, so the host answers each frame for its own identity.
import { z } from 'zod';

export const frameIdentitySchema = z.object({
  moduleKey: z.string().min(1),
  accountId: z.string().min(1),
  /** A unique id per rendered frame (getFrameId, event routing). */
  frameId: z.string().min(1),
  /** 'edit' only for a dashboard gadget's edit surface. */
  entryPoint: z.literal('edit').optional(),
  gadgetId: z.string().optional(),
  dashboardId: z.string().optional(),
  issueKey: z.string().optional(),
  projectKey: z.string().optional(),
  /** App pages: the sub-path after the page's own URL, the initial location of view.createHistory(). */
  route: z.string().optional(),
});
export type FrameIdentity = z.infer<typeof frameIdentitySchema>;

export function encodeFrameIdentity(identity: FrameIdentity): string {
  return Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
}

export function decodeFrameIdentity(token: string): FrameIdentity {
  return frameIdentitySchema.parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
}

/** The iframe URL of a resource for a frame: `/resource/<key>/index.html?frame=…`. */
export function frameUrl(resourceKey: string, identity: FrameIdentity): string {
  return `/resource/${encodeURIComponent(resourceKey)}/index.html?frame=${encodeFrameIdentity(identity)}`;
}
