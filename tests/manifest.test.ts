// The manifest is validated offline against Forge's full schema, and wired to real handlers and built resources.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { validate } from '@forge/manifest';
import { parse } from 'yaml';
import { z } from 'zod';

import * as entryPoints from '../src/index';

const root = resolve(__dirname, '..');
const manifestPath = join(root, 'manifest.yml');

const manifestSchema = z.object({
  app: z.object({ runtime: z.object({ name: z.string() }) }),
  modules: z.object({ function: z.array(z.object({ key: z.string(), handler: z.string() })) }).loose(),
  resources: z.array(z.object({ key: z.string(), path: z.string() })),
});
const manifest = manifestSchema.parse(parse(readFileSync(manifestPath, 'utf8')));

describe('manifest.yml', () => {
  it('passes @forge/manifest full-schema validation with no errors', async () => {
    const result = await validate(false, manifestPath);
    const problems = (result.errors ?? []).map((error) => `${error.level} line ${error.line}: ${error.message}`);
    expect(problems).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on nodejs22.x (Atlassian blocks nodejs20.x deploys)', () => {
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it.each(manifest.modules.function.map((fn) => [fn.key, fn.handler]))('function %s → %s is exported by src/index.ts', (_key, handler) => {
    const [file, exportName] = handler.split('.');
    expect(file).toBe('index');
    expect(typeof (entryPoints as Record<string, unknown>)[exportName ?? '']).toBe('function');
  });

  it('src/index.ts exports nothing the manifest does not name', () => {
    const named = new Set(manifest.modules.function.map((fn) => fn.handler.split('.')[1]));
    expect(Object.keys(entryPoints).filter((name) => !named.has(name))).toEqual([]);
  });

  it.each(manifest.resources.map((resource) => [resource.key, resource.path]))('resource %s at %s exists after the build', (_key, path) => {
    expect(existsSync(join(root, path, 'index.html'))).toBe(true);
  });
});
