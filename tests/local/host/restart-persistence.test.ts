// start → stop → start on the same data dir keeps everything: Jira issues, the app's KVS, the host's gadget
// configurations — and the demo site is not seeded twice.
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { ALL_SURFACES_MANIFEST, bridgeCall, getPage, startTestStack, tempDataDir } from './local-stack-fixture';

const data = tempDataDir();
afterAll(() => {
  data.remove();
});

const start = (): Promise<LocalStack> => startTestStack(data.dir, { manifestPath: ALL_SURFACES_MANIFEST });

it('keeps Jira, KVS and host state across a restart, and seeds only once', async () => {
  const first = await start();
  const before = { createdKey: '', gadgetId: '' };
  try {
    expect(first.seededNow).toBe(true);
    const created = await fetch(`${first.jira.url}/rest/api/3/issue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-clause9-principal': `user:${ID.platformLead}` },
      body: JSON.stringify({ fields: { project: { key: 'ENG' }, issuetype: { name: 'Task' }, summary: 'Written before the restart' } }),
    });
    expect(created.status).toBe(201);
    before.createdKey = ((await created.json()) as { key: string }).key;
    first.forge.kvsStore.set('config:setup', { completedAt: '2026-11-20T10:00:00.000Z', completedBy: ID.jiraAdmin, issueTypeIds: {}, linkTypeIds: {}, projectKeys: ['ISMS'] });
    before.gadgetId = /data-gadget-id="(\d+)"/.exec((await getPage(`${first.url}/jira/dashboards/10000`, ID.ismsManager)).html)?.[1] ?? '';
    const edit = { moduleKey: 'fixture-gadget', accountId: ID.ismsManager, frameId: 'g', gadgetId: before.gadgetId, dashboardId: '10000', entryPoint: 'edit' as const };
    expect((await bridgeCall(first.url, edit, 'submit', { title: 'Kept' })).body.value).toBe(true);
  } finally {
    await first.close();
  }

  const second = await start();
  try {
    expect(second.seededNow).toBe(false);
    const issue = await fetch(`${second.jira.url}/rest/api/3/issue/${before.createdKey}`, { headers: { 'x-clause9-principal': `user:${ID.platformLead}` } });
    expect(((await issue.json()) as { fields: { summary: string } }).fields.summary).toBe('Written before the restart');
    const dashboard = (await getPage(`${second.url}/jira/dashboards/10000`, ID.ismsManager)).html;
    expect(dashboard).toContain(`data-gadget-id="${before.gadgetId}"`);
    expect(dashboard).toContain('data-mode="view"'); // configured before the restart, so it opens in view mode
    const search = await fetch(`${second.jira.url}/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-clause9-principal': `user:${ID.platformLead}` },
      body: JSON.stringify({ jql: 'project = ENG' }),
    });
    expect(await search.json()).toEqual({ count: 16 }); // 15 seeded once + 1
    const status = await bridgeCall(second.url, { moduleKey: 'clause9-admin', accountId: ID.jiraAdmin, frameId: 'a' }, 'invoke', { functionKey: 'admin/status', payload: {} });
    expect(status.body.value).toEqual({ ok: true, data: { setUp: true, setupCompletedAt: '2026-11-20T10:00:00.000Z', projectKeys: ['ISMS'] } });
    const view = { moduleKey: 'fixture-gadget', accountId: ID.ismsManager, frameId: 'g', gadgetId: before.gadgetId, dashboardId: '10000' };
    const context = (await bridgeCall(second.url, view, 'getContext')).body.value as { extension: { gadgetConfiguration: unknown } };
    expect(context.extension.gadgetConfiguration).toEqual({ title: 'Kept' });
  } finally {
    await second.close();
  }
});
