// The replacement for `globalThis.fetch`. @forge/api captures the global fetch when it is first loaded
// (out/api/fetch.js getFetchAPI), so this guard must be installed before the app's first require('@forge/api').
// Inside an invocation, only URLs allowed by manifest permissions.external.fetch.backend go out (matched by the
// platform's own @forge/egress EgressFilteringService); others throw @forge/api's ExternalEndpointNotAllowedError
// (REQUEST_EGRESS_ALLOWLIST_ERR, status 403). Outside invocations (test code, the host itself) fetch is untouched.
import { ExternalEndpointNotAllowedError } from '@forge/api/out/api/errors';
import type { RuntimeState } from './runtime-state';

const GUARD_MARK = Symbol.for('clause9.forge-egress-guard');

function urlOf(input: string | URL | Request): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  return input.url;
}

export function createEgressGuard(state: RuntimeState): typeof fetch {
  const guarded = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const invocation = state.als.getStore();
    if (invocation !== undefined) {
      const url = urlOf(input);
      if (!invocation.binding.egress.isValidUrl(url)) return Promise.reject(new ExternalEndpointNotAllowedError(url));
    }
    return state.originalFetch(input, init);
  };
  Object.defineProperty(guarded, GUARD_MARK, { value: state.originalFetch });
  return guarded;
}

/** The fetch underneath a guard installed by any copy of this module, or the given fetch itself. */
export function unguarded(current: typeof fetch): typeof fetch {
  const original: unknown = Reflect.get(current, GUARD_MARK);
  return typeof original === 'function' ? (original as typeof fetch) : current;
}
