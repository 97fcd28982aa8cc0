// The host's own files under /__host/: the bridge script for frames, the page script and styles, and the tokens.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { designTokensCss } from './design-tokens';

const ASSETS: Record<string, { file: string; type: string }> = {
  'bridge-client.js': { file: 'bridge-client.js', type: 'text/javascript; charset=utf-8' },
  'host-page.js': { file: 'host-page.js', type: 'text/javascript; charset=utf-8' },
  'host.css': { file: 'host.css', type: 'text/css; charset=utf-8' },
};

export interface HostAsset {
  readonly type: string;
  readonly body: string;
}

export async function hostAsset(name: string): Promise<HostAsset | undefined> {
  if (name === 'tokens.css') return { type: 'text/css; charset=utf-8', body: designTokensCss() };
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (asset === undefined) return undefined;
  return { type: asset.type, body: await readFile(join(__dirname, 'assets', asset.file), 'utf8') };
}
