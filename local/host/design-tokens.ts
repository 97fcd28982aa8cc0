// Atlassian design tokens (--ds-*) for the host pages and for every frame that calls view.theme.enable().
// The CSS comes from the @atlaskit/tokens copy that @forge/bridge itself depends on (Apache-2.0), read at start:
// light and dark colour themes, spacing, typography and shape, selected by <html data-theme data-color-mode>.
import { createRequire } from 'node:module';

const THEME_FILES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography-adg3', 'atlassian-shape'];

/** The value of <html data-theme> that selects every theme above. */
export const DATA_THEME = 'dark:dark light:light spacing:spacing typography:typography-adg3 shape:shape';

function tokensRequire(): NodeJS.Require {
  const bridgeRequire = createRequire(require.resolve('@forge/bridge'));
  return createRequire(bridgeRequire.resolve('@atlaskit/tokens/package.json'));
}

function themeCss(load: NodeJS.Require, file: string): string {
  const loaded: unknown = load(`./dist/cjs/artifacts/themes/${file}`);
  if (typeof loaded === 'object' && loaded !== null && 'default' in loaded && typeof loaded.default === 'string') return loaded.default;
  throw new Error(`@atlaskit/tokens theme ${file} did not export its CSS text`);
}

let cached: string | undefined;

/** All token CSS in one stylesheet (about 40 KB), built once per process. */
export function designTokensCss(): string {
  if (cached === undefined) {
    const load = tokensRequire();
    cached = THEME_FILES.map((file) => themeCss(load, file)).join('\n');
  }
  return cached;
}
