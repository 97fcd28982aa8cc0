// Authenticates a KPI feeder's request to the web trigger, which the platform does not authenticate: an
// HMAC-SHA256 over `${timestamp}.${rawBody}` with the site's shared secret, sent as `X-Clause9-Signature:
// sha256=<hex>`, and a unix timestamp (`X-Clause9-Timestamp`) within ±5 minutes so a captured request cannot be
// replayed later. The comparison takes constant time.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly message: string };

export interface SignedRequest {
  readonly timestamp: string | undefined;
  readonly signature: string | undefined;
  readonly rawBody: string;
}

export function kpiSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

export function verifyKpiSignature(secret: string, request: SignedRequest, nowMs: number): SignatureCheck {
  const { timestamp, signature } = request;
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    return { ok: false, message: 'X-Clause9-Timestamp must be the unix time in seconds at which the request was signed' };
  }
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  if (skew > SIGNATURE_TOLERANCE_SECONDS) {
    return { ok: false, message: `X-Clause9-Timestamp is ${Math.round(skew)} s away from now; requests older or newer than ${SIGNATURE_TOLERANCE_SECONDS} s are refused as replays` };
  }
  const match = signature === undefined ? null : /^sha256=([0-9a-f]{64})$/i.exec(signature.trim());
  const given = match?.[1];
  if (given === undefined) return { ok: false, message: 'X-Clause9-Signature must be "sha256=" followed by the hex HMAC-SHA256 of "<timestamp>.<body>"' };
  const expected = Buffer.from(kpiSignature(secret, timestamp, request.rawBody), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(given.toLowerCase(), 'hex'))) return { ok: false, message: 'X-Clause9-Signature does not match the body and timestamp' };
  return { ok: true };
}
