// Finding modules and the functions they reference.
import { z } from 'zod';
import type { LoadedManifest, ManifestFunction, ManifestModule } from './load-manifest';
import { ForgeInvocationError } from '../host/forge-invocation-error';

export function findModule(manifest: LoadedManifest, moduleKey: string, type?: string): ManifestModule {
  const found = manifest.modules.find((m) => m.key === moduleKey && (type === undefined || m.type === type));
  if (found === undefined) {
    throw new ForgeInvocationError('MODULE_NOT_FOUND', `No ${type ?? 'module'} with key '${moduleKey}' in manifest.yml`);
  }
  return found;
}

export function modulesOfType(manifest: LoadedManifest, type: string): ManifestModule[] {
  return manifest.modules.filter((m) => m.type === type);
}

export function findFunction(manifest: LoadedManifest, functionKey: string): ManifestFunction {
  const fn = manifest.functions.get(functionKey);
  if (fn === undefined) {
    throw new ForgeInvocationError('FUNCTION_NOT_FOUND', `No function with key '${functionKey}' in manifest.yml`);
  }
  return fn;
}

/** Parses the fields of a module with the given schema, naming the module on failure. */
export function moduleFields<T>(module: ManifestModule, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(module.fields);
  if (!parsed.success) {
    throw new ForgeInvocationError(
      'UNSUPPORTED_MODULE',
      `Module ${module.type} '${module.key}' is not supported by the local host: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
    );
  }
  return parsed.data;
}

export const functionModule = z.looseObject({ function: z.string() });
