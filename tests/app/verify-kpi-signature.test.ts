// The KPI web trigger's request authentication, with fixed literal instants: HMAC-SHA256 over "<timestamp>.<body>",
// a ±300 s window against replays, and precise reasons for every refusal.
import { createHmac } from 'node:crypto';

import { kpiSignature, verifyKpiSignature } from '../../src/app/verify-kpi-signature';

const SECRET = 'a'.repeat(64);
const NOW_MS = Date.parse('2026-03-02T09:00:00Z');
const NOW_S = String(NOW_MS / 1000);
const BODY = '{"idempotencyKey":"siem-1","kpiId":"KPI-INCIDENTS","periodStart":"2026-02-01","value":3}';

const signed = (timestamp: string, body = BODY, secret = SECRET): string => `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;

describe('verifyKpiSignature', () => {
  it('accepts a fresh request signed with the secret (hex in either case)', () => {
    expect(verifyKpiSignature(SECRET, { timestamp: NOW_S, signature: signed(NOW_S), rawBody: BODY }, NOW_MS)).toEqual({ ok: true });
    expect(verifyKpiSignature(SECRET, { timestamp: NOW_S, signature: signed(NOW_S).toUpperCase().replace('SHA256=', 'sha256='), rawBody: BODY }, NOW_MS)).toEqual({ ok: true });
    expect(kpiSignature(SECRET, NOW_S, BODY)).toBe(signed(NOW_S).slice('sha256='.length));
  });

  it.each([
    ['exactly 300 s old', -300, true],
    ['301 s old', -301, false],
    ['300 s ahead', 300, true],
    ['301 s ahead', 301, false],
  ])('a timestamp %s → %s', (_what, offset, ok) => {
    const timestamp = String(NOW_MS / 1000 + offset);
    expect(verifyKpiSignature(SECRET, { timestamp, signature: signed(timestamp), rawBody: BODY }, NOW_MS).ok).toBe(ok);
  });

  it.each([
    ['no timestamp', { timestamp: undefined, signature: signed(NOW_S), rawBody: BODY }, /X-Clause9-Timestamp must be the unix time/],
    ['a timestamp in milliseconds or words', { timestamp: '2026-03-02', signature: signed(NOW_S), rawBody: BODY }, /X-Clause9-Timestamp must be the unix time/],
    ['an old timestamp', { timestamp: String(NOW_MS / 1000 - 3600), signature: signed(String(NOW_MS / 1000 - 3600)), rawBody: BODY }, /3600 s away from now; .* refused as replays/],
    ['no signature', { timestamp: NOW_S, signature: undefined, rawBody: BODY }, /X-Clause9-Signature must be "sha256="/],
    ['a signature without the prefix', { timestamp: NOW_S, signature: signed(NOW_S).slice(7), rawBody: BODY }, /must be "sha256="/],
    ['another secret', { timestamp: NOW_S, signature: signed(NOW_S, BODY, 'b'.repeat(64)), rawBody: BODY }, /does not match/],
    ['a changed body', { timestamp: NOW_S, signature: signed(NOW_S), rawBody: BODY.replace('3}', '4}') }, /does not match/],
    ['the signature of another timestamp', { timestamp: NOW_S, signature: signed(String(NOW_MS / 1000 - 1)), rawBody: BODY }, /does not match/],
  ])('refuses %s', (_what, request, message) => {
    const check = verifyKpiSignature(SECRET, request, NOW_MS);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toMatch(message);
  });
});
