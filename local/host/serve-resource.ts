// Serves a built Custom UI resource (static/<surface>/dist) the way Forge does, with one difference Forge also has:
// the host's bridge script is prepended at the very start of <head>, so window.__bridge exists before the bundle
// (which reads it at module evaluation) runs. Responses carry a CSP close to Forge's: the app's own assets only.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

import type { AppSurfaces } from './manifest-surfaces';

export const BRIDGE_SCRIPT_TAG = '<script src="/__host/bridge-client.js"></script>';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

export interface ServedFile {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Buffer;
}

/** Inserts the bridge script as the first element of <head> (or creates a <head> when the page has none). */
export function injectBridgeScript(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head !== null) {
    const at = head.index + head[0].length;
    return `${html.slice(0, at)}${BRIDGE_SCRIPT_TAG}${html.slice(at)}`;
  }
  const htmlTag = /<html(\s[^>]*)?>/i.exec(html);
  const at = htmlTag === null ? 0 : htmlTag.index + htmlTag[0].length;
  return `${html.slice(0, at)}<head>${BRIDGE_SCRIPT_TAG}</head>${html.slice(at)}`;
}

export function resourceCsp(surfaces: AppSurfaces): string {
  const styles = surfaces.allowInlineStyles ? "'self' 'unsafe-inline'" : "'self'";
  const scripts = surfaces.allowInlineScripts ? "'self' 'unsafe-inline'" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

function notFound(message: string): ServedFile {
  return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: message };
}

export async function serveResource(surfaces: AppSurfaces, resourceKey: string, relativePath: string): Promise<ServedFile> {
  const resource = surfaces.resources.get(resourceKey);
  if (resource === undefined) return notFound(`No resource "${resourceKey}" in manifest.yml.`);
  if (!existsSync(join(resource.dir, 'index.html'))) {
    return {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: `Resource "${resourceKey}" is not built: ${resource.dir}/index.html is missing. Run \`npm run build\` and reload.`,
    };
  }
  const wanted = normalize(relativePath === '' ? 'index.html' : relativePath);
  const file = join(resource.dir, wanted);
  if (wanted.startsWith('..') || !file.startsWith(resource.dir + sep) || !existsSync(file)) return notFound(`No file ${relativePath} in resource "${resourceKey}".`);
  const extension = extname(file);
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'content-security-policy': resourceCsp(surfaces),
    'cache-control': 'no-cache',
  };
  if (extension === '.html') return { status: 200, headers, body: injectBridgeScript(await readFile(file, 'utf8')) };
  return { status: 200, headers, body: await readFile(file) };
}
