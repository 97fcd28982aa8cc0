// combineSurfaces: one Forge function serving several surfaces' keys (the ISMS page's sub-pages), dispatching
// through the real @forge/resolver, refusing two surfaces that define the same key.
import { z } from 'zod';

import { combineSurfaces, ResolverSurface } from '../../src/resolvers/resolver-surface';

const echo = (name: string) => ({ input: z.object({}).loose(), authorise: () => Promise.resolve(), run: () => Promise.resolve(name) });
const invocation = (functionKey: string) => ({ call: { functionKey, payload: {} }, context: {} });
// The platform passes the caller in the runtime payload; @forge/resolver puts it on request.context.accountId.
const asUser = { principal: { accountId: 'user-1' } };

describe('combineSurfaces', () => {
  const matrix = new ResolverSurface('matrix').define('matrix/list', echo('matrix')).handler();
  const kpis = new ResolverSurface('kpis').define('kpis/list', echo('kpis')).handler();

  it('sends each key to the surface that defines it and knows the union of keys', async () => {
    const page = combineSurfaces('isms', [matrix, kpis]);
    expect([...page.keys].sort()).toEqual(['kpis/list', 'matrix/list']);
    expect(await page(invocation('matrix/list'), asUser)).toEqual({ ok: true, data: 'matrix' });
    expect(await page(invocation('kpis/list'), asUser)).toEqual({ ok: true, data: 'kpis' });
  });

  it('answers an unknown key with UNKNOWN_RESOLVER_KEY naming the combined surface', async () => {
    expect(await combineSurfaces('isms', [matrix])(invocation('reviews/list'), asUser)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_RESOLVER_KEY', message: 'The isms surface has no action "reviews/list".' },
    });
  });

  it('refuses two surfaces defining the same key', () => {
    const other = new ResolverSurface('other').define('matrix/list', echo('other')).handler();
    expect(() => combineSurfaces('isms', [matrix, other])).toThrow('Resolver key "matrix/list" is defined by two surfaces combined into isms.');
  });
});
