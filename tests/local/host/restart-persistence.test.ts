// start → stop → start on the same data dir keeps everything: Jira issues, the app's KVS (the setup the seed ran on
// the admin page, the ISMS it loaded), the host's gadget configurations — and the demo is not seeded twice.
import { principalHeader } from '../../../local/jira';
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { bridgeCall, getPage, startTestStack, tempDataDir } from './local-stack-fixture';

jest.setTimeout(60_000);

const data = tempDataDir();
afterAll(() => {
  data.remove();
});

const asUser = (accountId: string): Record<string, string> => ({ 'content-type': 'application/json', [principalHeader]: `user:${accountId}` });

async function count(stack: LocalStack, jql: string): Promise<unknown> {
  const search = await fetch(`${stack.jira.url}/rest/api/3/search/approximate-count`, { method: 'POST', headers: asUser(ID.ismsManager), body: JSON.stringify({ jql }) });
  return search.json();
}

async function adminStatus(stack: LocalStack): Promise<unknown> {
  return (await bridgeCall(stack.url, { moduleKey: 'clause9-admin', accountId: ID.jiraAdmin, frameId: 'a' }, 'invoke', { functionKey: 'admin/status', payload: {} })).body.value;
}

it('keeps Jira, KVS and host state across a restart, and seeds only once', async () => {
  const first = await startTestStack(data.dir);
  const before = { createdKey: '', gadgetId: '', ismsIssues: undefined as unknown, status: undefined as unknown };
  try {
    expect(first.seededNow).toBe(true);
    expect(first.seedReport?.pending).toEqual([]);
    const created = await fetch(`${first.jira.url}/rest/api/3/issue`, {
      method: 'POST',
      headers: asUser(ID.platformLead),
      body: JSON.stringify({ fields: { project: { key: 'ENG' }, issuetype: { name: 'Task' }, summary: 'Written before the restart' } }),
    });
    expect(created.status).toBe(201);
    before.createdKey = ((await created.json()) as { key: string }).key;
    before.ismsIssues = await count(first, 'project = ISMS');
    expect(before.ismsIssues).toEqual({ count: expect.any(Number) as unknown });
    before.status = await adminStatus(first);
    expect(before.status).toEqual({ ok: true, data: { setUp: true, setupCompletedAt: expect.any(String) as unknown, projectKeys: ['ISMS'] } });
    const dashboard = (await getPage(`${first.url}/jira/dashboards/10000`, ID.ismsManager)).html;
    before.gadgetId = /data-gadget-id="(\d+)" data-module-key="clause9-overdue-gadget"/.exec(dashboard)?.[1] ?? '';
    expect(before.gadgetId).not.toBe('');
    const edit = { moduleKey: 'clause9-overdue-gadget', accountId: ID.ismsManager, frameId: 'g', gadgetId: before.gadgetId, dashboardId: '10000', entryPoint: 'edit' as const };
    expect((await bridgeCall(first.url, edit, 'submit', { grouping: 'level', limit: 20 })).body.value).toBe(true);
  } finally {
    await first.close();
  }

  const second = await startTestStack(data.dir);
  try {
    expect(second.seededNow).toBe(false);
    expect(second.seedReport).toBeUndefined();
    const issue = await fetch(`${second.jira.url}/rest/api/3/issue/${before.createdKey}`, { headers: asUser(ID.platformLead) });
    expect(((await issue.json()) as { fields: { summary: string } }).fields.summary).toBe('Written before the restart');
    expect(await count(second, 'project = ENG')).toEqual({ count: 16 }); // 15 seeded once + 1
    expect(await count(second, 'project = ISMS')).toEqual(before.ismsIssues); // the ISMS was not loaded again
    expect(await adminStatus(second)).toEqual(before.status); // the setup record in KVS, as setup wrote it
    const dashboard = (await getPage(`${second.url}/jira/dashboards/10000`, ID.ismsManager)).html;
    expect(dashboard).toMatch(new RegExp(`data-gadget-id="${before.gadgetId}" data-module-key="clause9-overdue-gadget"[^>]*\\s+data-mode="view"`));
    const view = { moduleKey: 'clause9-overdue-gadget', accountId: ID.ismsManager, frameId: 'g', gadgetId: before.gadgetId, dashboardId: '10000' };
    const context = (await bridgeCall(second.url, view, 'getContext')).body.value as { extension: { gadgetConfiguration: unknown } };
    expect(context.extension.gadgetConfiguration).toEqual({ grouping: 'level', limit: 20 });
  } finally {
    await second.close();
  }
});
