// view.getContext() per module type, with Jira's extension shapes, and the gadget edit → submit → view cycle.
import { ID } from '../../../local/seed';
import type { LocalStack } from '../../../local/stack/start-local-stack';
import { ALL_SURFACES_MANIFEST, bridgeCall, getPage, startTestStack, tempDataDir } from './local-stack-fixture';

const data = tempDataDir();
let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack(data.dir, { manifestPath: ALL_SURFACES_MANIFEST });
});
afterAll(async () => {
  await stack.close();
  data.remove();
});

const anyString: unknown = expect.any(String);
const matching = (pattern: RegExp): unknown => expect.stringMatching(pattern);

const frame = (moduleKey: string, extra: Record<string, string> = {}) => ({ moduleKey, accountId: ID.ismsManager, frameId: `frame-${moduleKey}`, ...extra });

async function contextOf(identity: ReturnType<typeof frame>): Promise<Record<string, unknown>> {
  const answer = await bridgeCall(stack.url, identity, 'getContext');
  expect(answer.status).toBe(200);
  return answer.body.value as Record<string, unknown>;
}

describe('getContext', () => {
  it('gives the FullContext fields @forge/bridge declares, for the frame’s own user and module', async () => {
    const context = await contextOf(frame('clause9-admin'));
    expect(context).toMatchObject({
      accountId: ID.ismsManager,
      cloudId: anyString,
      environmentId: anyString,
      environmentType: 'DEVELOPMENT',
      localId: matching(/^ari:cloud:ecosystem::extension\/6f1d2a3b-9c4e-4f0a-8b7d-c1a5e9270009\/.+\/static\/clause9-admin$/),
      locale: 'en-GB',
      moduleKey: 'clause9-admin',
      siteUrl: stack.url,
      timezone: 'Europe/London',
      theme: { colorMode: 'light', dark: 'dark', light: 'light', spacing: 'spacing' },
      extension: { type: 'jira:adminPage' },
    });
  });

  it('gives a global page its bare extension', async () => {
    expect((await contextOf(frame('fixture-global-page'))).extension).toEqual({ type: 'jira:globalPage' });
  });

  it('gives a project page its project', async () => {
    const { extension } = await contextOf(frame('fixture-project-page', { projectKey: 'ENG' }));
    expect(extension).toEqual({ type: 'jira:projectPage', project: { id: matching(/^\d+$/), key: 'ENG', type: 'software' } });
  });

  it('gives a project settings page its project', async () => {
    const { extension } = await contextOf(frame('fixture-project-settings-page', { projectKey: 'ISMS' }));
    expect(extension).toEqual({ type: 'jira:projectSettingsPage', project: { id: matching(/^\d+$/), key: 'ISMS', type: 'business' } });
  });

  it('gives an issue panel its issue and project, read as the user', async () => {
    const { extension } = await contextOf(frame('fixture-issue-panel', { issueKey: 'ENG-3' }));
    expect(extension).toEqual({
      type: 'jira:issuePanel',
      issue: { id: matching(/^\d+$/), key: 'ENG-3', type: 'Story', typeId: anyString },
      project: { id: anyString, key: 'ENG', type: 'software' },
    });
  });

  it('refuses an issue the user cannot see', async () => {
    const answer = await bridgeCall(stack.url, { ...frame('fixture-issue-panel', { issueKey: 'ENG-3' }), accountId: ID.hr }, 'getContext');
    expect(answer.status).toBe(404);
  });
});

describe('a dashboard gadget', () => {
  it('is on the dashboard, opens in edit mode until configured, saves what the edit view submits and switches to view', async () => {
    const page = await getPage(`${stack.url}/jira/dashboards/10000`, ID.ismsManager);
    const gadgetId = /data-gadget-id="(\d+)"/.exec(page.html)?.[1] ?? '';
    expect(page.html).toContain('data-mode="edit"');
    const edit = frame('fixture-gadget', { gadgetId, dashboardId: '10000', entryPoint: 'edit' });

    const before = await contextOf(edit);
    expect(before.extension).toEqual({ type: 'jira:dashboardGadget', gadgetConfiguration: {}, entryPoint: 'edit', gadget: { id: gadgetId }, dashboard: { id: '10000' } });

    const submitted = await bridgeCall(stack.url, edit, 'submit', { jql: 'project = ISMS', refresh: 15 });
    expect(submitted.body).toEqual({ ok: true, value: true, effect: { kind: 'gadget-view', gadgetId, refreshMinutes: 15 } });

    const view = frame('fixture-gadget', { gadgetId, dashboardId: '10000' });
    const after = await contextOf(view);
    expect(after.extension).toEqual({ type: 'jira:dashboardGadget', gadgetConfiguration: { jql: 'project = ISMS', refresh: 15 }, gadget: { id: gadgetId }, dashboard: { id: '10000' } });
    expect((await getPage(`${stack.url}/jira/dashboards/10000`, ID.ismsManager)).html).toContain('data-mode="view"');
  });

  it('is not submittable or closable in view mode, but refreshable; close in edit mode goes back to view', async () => {
    const page = await getPage(`${stack.url}/jira/dashboards/10000`, ID.ismsManager);
    const gadgetId = /data-gadget-id="(\d+)"/.exec(page.html)?.[1] ?? '';
    const view = frame('fixture-gadget', { gadgetId, dashboardId: '10000' });
    expect((await bridgeCall(stack.url, view, 'submit', { a: 1 })).body.value).toBe(false);
    expect((await bridgeCall(stack.url, view, 'close')).body.value).toBe(false);
    expect((await bridgeCall(stack.url, view, 'refresh')).body).toEqual({ ok: true, value: true, effect: { kind: 'reload-frame' } });
    const closed = await bridgeCall(stack.url, { ...view, entryPoint: 'edit' }, 'close');
    expect(closed.body.effect).toEqual({ kind: 'gadget-view', gadgetId, refreshMinutes: 15 });
  });

  it('relays events, flags and navigation to the host page', async () => {
    const admin = frame('clause9-admin');
    expect((await bridgeCall(stack.url, admin, 'emit', { event: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: { x: 1 } })).body.effect).toEqual({
      kind: 'emit', event: 'JIRA_DASHBOARD_GADGET_REFRESH', payload: { x: 1 },
    });
    expect((await bridgeCall(stack.url, admin, 'showFlag', { id: 7, title: 'Saved', type: 'success' })).body.effect).toEqual({
      kind: 'flag', flag: { id: '7', title: 'Saved', type: 'success' },
    });
    expect((await bridgeCall(stack.url, admin, 'navigate', { target: 'issue', issueKey: 'ENG-1', type: 'new-tab' })).body.effect).toEqual({
      kind: 'navigate', url: '/browse/ENG-1', newTab: true,
    });
    expect((await bridgeCall(stack.url, admin, 'navigate', { target: 'contentView', contentId: '1', type: 'same-tab' })).status).toBe(400);
    expect((await bridgeCall(stack.url, admin, 'getUrl', { target: 'module', moduleKey: 'fixture-project-page', projectKey: 'ISMS' })).body.value).toBe(
      `${stack.url}/jira/projects/ISMS/apps/fixture-project-page`,
    );
  });
});
