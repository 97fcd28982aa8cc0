// Shared by the bridge host tests: a whole local stack on free ports in a temp data dir, and small HTTP helpers
// that act as a browser would (a user cookie, bridge calls with a frame identity).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { encodeFrameIdentity } from '../../../local/host/frame-identity';
import type { FrameIdentity } from '../../../local/host/frame-identity';
import { localDate } from '../../../src/domain/local-date';
import { startLocalStack } from '../../../local/stack/start-local-stack';
import type { LocalStack, LocalStackOptions } from '../../../local/stack/start-local-stack';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const REAL_MANIFEST = join(REPO_ROOT, 'manifest.yml');
export const ALL_SURFACES_MANIFEST = join(__dirname, 'fixtures', 'all-surfaces.manifest.yml');
export const DEMO_TODAY = localDate('2026-11-22');

/** Builds static/<surface>/dist when a test runs without `npm run build` first. */
export function ensureBuilt(): void {
  if (!existsSync(join(REPO_ROOT, 'static', 'admin', 'dist', 'index.html'))) {
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build-static.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
}

export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'clause9-stack-'));
  return { dir, remove: () => { rmSync(dir, { recursive: true, force: true }); } };
}

export function startTestStack(dataDir: string, overrides: Partial<LocalStackOptions> = {}): Promise<LocalStack> {
  ensureBuilt();
  return startLocalStack({ dataDir, manifestPath: REAL_MANIFEST, demoToday: DEMO_TODAY, report: () => undefined, ...overrides });
}

export const userCookie = (accountId: string): Record<string, string> => ({ cookie: `clause9-user=${encodeURIComponent(accountId)}` });

export interface BridgeAnswer {
  readonly status: number;
  readonly body: { ok: boolean; value?: unknown; effect?: { kind: string } & Record<string, unknown>; error?: { message: string } };
}

export async function bridgeCall(url: string, frame: FrameIdentity | string, method: string, payload?: unknown): Promise<BridgeAnswer> {
  const token = typeof frame === 'string' ? frame : encodeFrameIdentity(frame);
  const response = await fetch(`${url}/__bridge/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ frame: token, payload }) });
  return { status: response.status, body: (await response.json()) as BridgeAnswer['body'] };
}

export async function getPage(url: string, accountId: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { headers: userCookie(accountId), redirect: 'manual' });
  return { status: response.status, html: await response.text() };
}
