// Builds every Custom UI surface under static/<surface>/ into static/<surface>/dist with one shared Vite config.
import { readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const staticRoot = resolve(import.meta.dirname, '..', 'static');
const only = process.argv.slice(2);
const surfaces = readdirSync(staticRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(staticRoot, entry.name, 'index.html')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name));

for (const surface of surfaces) {
  const root = join(staticRoot, surface);
  await build({
    root,
    base: './', // Forge serves each resource from its own path: assets must be relative.
    logLevel: 'warn',
    build: { outDir: join(root, 'dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 600 },
  });
  console.log(`built static/${surface}/dist`);
}
