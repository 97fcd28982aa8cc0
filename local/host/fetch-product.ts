// The bridge's requestJira(): `fetchProduct` carries {product, restPath, fetchRequestInit, isMultipartFormData}
// and expects {status, statusText, headers, body, isAttachment}. The host replays it against the stand-in as the
// signed-in user, the way Jira runs a Custom UI product fetch with the user's own permissions.
import { z } from 'zod';

import { BridgeMethodError } from './bridge-method-error';
import type { JiraCaller } from './jira-client';

export const fetchProductPayloadSchema = z.object({
  product: z.string(),
  restPath: z.string(),
  fetchRequestInit: z
    .object({
      method: z.string().optional(),
      headers: z.array(z.tuple([z.string(), z.string()])).optional(),
      body: z.string().nullable().optional(),
    })
    .loose()
    .optional(),
  isMultipartFormData: z.boolean().optional(),
});

export interface ProductFetchResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly isAttachment: boolean;
}

/** Headers the browser or the host set for themselves, never forwarded. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'cookie', 'authorization', 'x-clause9-principal']);

function isTextual(contentType: string): boolean {
  return contentType === '' || /json|text|xml|javascript/i.test(contentType);
}

export async function fetchProduct(jira: JiraCaller, accountId: string, raw: unknown): Promise<ProductFetchResponse> {
  const payload = fetchProductPayloadSchema.parse(raw);
  if (payload.product !== 'jira') {
    throw new BridgeMethodError(400, `requestJira is the only product fetch in the local stack; "${payload.product}" has no stand-in.`);
  }
  if (!payload.restPath.startsWith('/')) throw new BridgeMethodError(400, `restPath must start with "/": got "${payload.restPath}".`);
  if (payload.isMultipartFormData === true) throw new BridgeMethodError(400, 'Multipart uploads (attachments) are not supported by the Jira stand-in.');
  const init = payload.fetchRequestInit ?? {};
  const headers: Record<string, string> = {};
  for (const [name, value] of init.headers ?? []) if (!HOP_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = value;
  const method = (init.method ?? 'GET').toUpperCase();
  const body = init.body ?? undefined;
  const response = await jira(`user:${accountId}`, {
    method,
    path: payload.restPath,
    headers,
    ...(body === undefined || method === 'GET' || method === 'HEAD' ? {} : { body }),
  });
  const responseHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  const contentType = response.headers.get('content-type') ?? '';
  const textual = isTextual(contentType);
  return {
    status: response.status,
    statusText: response.statusText,
    headers: responseHeaders,
    body: textual ? new TextDecoder().decode(response.bytes) : Buffer.from(response.bytes).toString('base64'),
    isAttachment: !textual,
  };
}
