// The KPI web trigger over real HTTP on the local Forge host: HMAC-signed posts are stored once per idempotency key;
// a wrong signature, a replayed (old) timestamp or a rotated-away secret get 401; a bad body gets 400 naming the field.
import { execFile } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { incidents, onTime } from './kpi-fixtures';
import { KPI_PAGE } from './matrix-fixtures';
import { envelopeError, okData, startTestStack, TEST_USERS, type TestStack } from './stack';

const TRIGGER = 'clause9-kpi-ingest';

interface Reply {
  status: number;
  body: Record<string, unknown>;
}

describe('KPI web trigger', () => {
  let stack: TestStack;
  let secret: string;

  const sign = (key: string, timestamp: string, body: string): string => `sha256=${createHmac('sha256', key).update(`${timestamp}.${body}`).digest('hex')}`;

  async function post(payload: unknown, options: { key?: string; timestamp?: number; signature?: string; method?: string } = {}): Promise<Reply> {
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const response = await fetch(stack.forge.webTriggerUrl(TRIGGER), {
      method: options.method ?? 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Clause9-Timestamp': timestamp, 'X-Clause9-Signature': options.signature ?? sign(options.key ?? secret, timestamp, body) },
      ...(options.method === 'GET' ? {} : { body }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async function historyOf(periodStart: string): Promise<unknown[]> {
    const reply = okData(await stack.invoke(TEST_USERS.member, 'measurements/history', { kpiId: 'KPI-INCIDENTS', periodStart }, KPI_PAGE)) as { changes: unknown[] };
    return reply.changes;
  }

  const good = { idempotencyKey: 'siem-2026-02', kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01', value: 3, source: 'Splunk' };

  beforeEach(async () => {
    stack = await startTestStack();
    await stack.setUpApp();
    okData(await stack.invoke(TEST_USERS.ismsManager, 'kpis/create', { definition: incidents() }, KPI_PAGE));
    okData(await stack.invoke(TEST_USERS.ismsManager, 'kpis/create', { definition: onTime() }, KPI_PAGE));
    secret = (okData(await stack.invoke(TEST_USERS.admin, 'webtrigger/rotate-secret', {})) as { secret: string }).secret;
  });
  afterEach(async () => {
    await stack.close();
  });

  it('shows admins the URL and signing status (never the secret), and refuses others', async () => {
    const info = okData(await stack.invoke(TEST_USERS.admin, 'webtrigger/url', {})) as Record<string, unknown>;
    expect(info).toMatchObject({ url: stack.forge.webTriggerUrl(TRIGGER), secretConfigured: true, rotatedBy: TEST_USERS.admin, signing: { algorithm: 'HMAC-SHA256', toleranceSeconds: 300 } });
    expect(JSON.stringify(info)).not.toContain(secret);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(stack.forge.kvsStore.getSecret('secret:kpi-webtrigger')).toMatchObject({ secret });
    expect(stack.forge.kvsStore.get('secret:kpi-webtrigger')).toBeUndefined();
    expect(envelopeError(await stack.invoke(TEST_USERS.ismsManager, 'webtrigger/rotate-secret', {}))).toMatchObject({ code: 'FORBIDDEN' });
    expect(envelopeError(await stack.invoke(TEST_USERS.member, 'webtrigger/url', {}))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stores a signed measurement once: a duplicate idempotency key answers 200 without a second write', async () => {
    expect(await post(good)).toEqual({ status: 200, body: { outcome: 'recorded', kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01', revision: 1, rag: 'amber' } });
    expect(await post(good)).toMatchObject({ status: 200, body: { outcome: 'replayed', revision: 1 } });
    expect(await historyOf('2026-02-01')).toHaveLength(1);
    const rate = await post({ idempotencyKey: 'jql-2026-02', kpiId: 'KPI-CA-ON-TIME', periodStart: '2026-02-01', baseMeasures: { closed_on_time: 9, closed: 10 } });
    expect(rate).toMatchObject({ status: 200, body: { outcome: 'recorded', rag: 'green' } });
  });

  it('keeps a feeder\'s comment with the value, and names a comment that is not text', async () => {
    const noted = { idempotencyKey: 'siem-2026-03', kpiId: 'KPI-INCIDENTS', periodStart: '2026-03-01', value: 2, source: 'Splunk', comment: '3 days of logs missing after the collector outage' };
    expect(await post(noted)).toMatchObject({ status: 200, body: { outcome: 'recorded' } });
    expect(await historyOf('2026-03-01')).toEqual([expect.objectContaining({ after: expect.objectContaining({ comment: noted.comment }) as unknown })]);
    expect(await post({ ...noted, idempotencyKey: 'siem-2026-03-b', comment: 42 })).toMatchObject({ status: 400, body: { field: 'comment' } });
  });

  it('answers 401 to a wrong signature and to a replayed (old or future) timestamp, storing nothing', async () => {
    expect(await post(good, { key: 'not-the-secret' })).toMatchObject({ status: 401, body: { error: 'UNAUTHORISED' } });
    expect(await post(good, { signature: 'sha256=abc' })).toMatchObject({ status: 401 });
    const old = await post(good, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(old).toMatchObject({ status: 401 });
    expect(String(old.body.message)).toMatch(/replay/);
    expect(await post(good, { timestamp: Math.floor(Date.now() / 1000) + 600 })).toMatchObject({ status: 401 });
    expect(await historyOf('2026-02-01')).toEqual([]);
  });

  it.each([
    ['periodStart', { ...good, periodStart: '2026-02-30' }, /calendar date/],
    ['idempotencyKey', { kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01', value: 3 }, /idempotencyKey/],
    ['value', { ...good, baseMeasures: { incidents: 3 } }, /exactly one of value or baseMeasures/],
    ['value', { ...good, value: 'three' }, /finite number/],
    ['baseMeasures', { idempotencyKey: 'x-1', kpiId: 'KPI-CA-ON-TIME', periodStart: '2026-02-01', baseMeasures: { closed: 10 } }, /missing closed_on_time/],
    ['periodStart', { ...good, periodStart: '2025-06-01' }, /first period/],
  ])('answers 400 naming %s for a bad body', async (field, body, message) => {
    const reply = await post(body);
    expect(reply).toMatchObject({ status: 400, body: { error: 'INVALID_PAYLOAD', field } });
    expect(String(reply.body.message)).toMatch(message);
  });

  it('answers 400 to a body that is not JSON, 404 to an unknown KPI, 405 to a GET', async () => {
    expect(await post('{"kpiId": ')).toMatchObject({ status: 400, body: { message: 'the body must be JSON' } });
    expect(await post({ ...good, kpiId: 'KPI-NOPE' })).toMatchObject({ status: 404, body: { field: 'kpiId' } });
    expect((await post(good, { method: 'GET' })).status).toBe(405);
  });

  it('rotating the secret invalidates the old one at once', async () => {
    const rotated = okData(await stack.invoke(TEST_USERS.admin, 'webtrigger/rotate-secret', {})) as { secret: string; url: string };
    expect(rotated.secret).not.toBe(secret);
    expect(rotated.url).toBe(stack.forge.webTriggerUrl(TRIGGER));
    expect(await post(good, { key: secret })).toMatchObject({ status: 401 });
    expect(await post(good, { key: rotated.secret })).toMatchObject({ status: 200, body: { outcome: 'recorded' } });
  });

  it('accepts the curl + openssl example of docs/kpi-ingestion.md as written', async () => {
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'kpi-ingestion.md'), 'utf8');
    const script = /## Example: curl and openssl[\s\S]*?```sh\n([\s\S]*?)```/.exec(doc)?.[1];
    if (script === undefined) throw new Error('the curl example is missing from docs/kpi-ingestion.md');
    const { stdout } = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', script], { env: { ...process.env, URL: stack.forge.webTriggerUrl(TRIGGER), SECRET: secret } });
    expect(JSON.parse(stdout)).toMatchObject({ outcome: 'recorded', kpiId: 'KPI-INCIDENTS', periodStart: '2026-02-01' });
    expect(await historyOf('2026-02-01')).toHaveLength(1);
  });

  it('answers 503 until an admin has generated a secret', async () => {
    const fresh = await startTestStack();
    try {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const body = JSON.stringify(good);
      const response = await fetch(fresh.forge.webTriggerUrl(TRIGGER), { method: 'POST', headers: { 'X-Clause9-Timestamp': timestamp, 'X-Clause9-Signature': sign('x', timestamp, body) }, body });
      expect(response.status).toBe(503);
    } finally {
      await fresh.close();
    }
  });
});
