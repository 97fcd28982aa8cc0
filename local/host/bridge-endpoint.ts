// POST /__bridge/<method> {frame, payload}: decodes the frame's identity, checks its module is in the manifest, runs
// the bridge method and answers {ok: true, value, effect?} or {ok: false, error: {message}} with a telling status.
import { ZodError } from 'zod';

import { BridgeMethodError } from './bridge-method-error';
import { handleBridgeCall } from './bridge-methods';
import type { BridgePorts } from './bridge-methods';
import type { ColorMode } from './frame-context';
import { FrameContextError } from './frame-context';
import { decodeFrameIdentity } from './frame-identity';
import type { FrameIdentity } from './frame-identity';
import { findModule } from './manifest-surfaces';

export interface BridgeHttpAnswer {
  readonly status: number;
  readonly body: unknown;
}

function failure(status: number, message: string): BridgeHttpAnswer {
  return { status, body: { ok: false, error: { message } } };
}

function readFrame(body: unknown): FrameIdentity | undefined {
  if (typeof body !== 'object' || body === null || !('frame' in body) || typeof body.frame !== 'string') return undefined;
  try {
    return decodeFrameIdentity(body.frame);
  } catch {
    return undefined;
  }
}

export async function answerBridgeCall(method: string, body: unknown, colorMode: ColorMode, ports: BridgePorts): Promise<BridgeHttpAnswer> {
  const frame = readFrame(body);
  if (frame === undefined) return failure(400, 'This frame has no valid identity: open it from a host page (its URL carries ?frame=…).');
  const module = findModule(ports.surfaces, frame.moduleKey);
  if (module === undefined) return failure(404, `Module "${frame.moduleKey}" is not in manifest.yml (any more?). Reload the page.`);
  const payload = typeof body === 'object' && body !== null && 'payload' in body ? body.payload : undefined;
  try {
    const answer = await handleBridgeCall({ method, frame, module, payload, colorMode }, ports);
    return { status: 200, body: { ok: true, value: answer.value ?? null, ...(answer.effect === undefined ? {} : { effect: answer.effect }) } };
  } catch (error) {
    if (error instanceof BridgeMethodError) return failure(error.status, error.message);
    if (error instanceof FrameContextError) return failure(404, error.message);
    if (error instanceof ZodError) {
      const issue = error.issues[0];
      return failure(400, `Bad payload for ${method}: ${issue === undefined ? 'malformed' : `${issue.path.join('.') || 'payload'} ${issue.message}`}`);
    }
    console.error(`[bridge-host] ${method} from ${frame.moduleKey} failed`, error);
    return failure(500, `${method} failed in the local stack: ${error instanceof Error ? error.message : String(error)}`);
  }
}
