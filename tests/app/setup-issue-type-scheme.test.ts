// setUpIssueTypeScheme with in-memory ports: every outcome of the step, including the ones the stand-in cannot
// provoke (a team-managed project, a project Jira lists no scheme for, Jira refusing the add).
import { JiraRequestError } from '../../src/adapters/jira/jira-error';
import type { ProjectIssueTypeScheme } from '../../src/adapters/jira/get-project-issue-type-scheme';
import type { SetupProgress } from '../../src/adapters/storage/setup-state';
import { DEFAULT_SETUP_SETTINGS } from '../../src/contracts/admin-settings';
import { setUpIssueTypeScheme, type IssueTypeSchemePorts } from '../../src/app/setup-issue-type-scheme';
import type { SetUpProject } from '../../src/app/setup-project';
import { SetupRun } from '../../src/app/setup-run';

const NAMES = DEFAULT_SETUP_SETTINGS.issueTypeNames;
const ALL_TYPES: SetupProgress['issueTypeIds'] = {
  monitoringCheck: '10100',
  finding: '10101',
  correctiveAction: '10102',
  internalAudit: '10103',
  managementReview: '10104',
  reviewAction: '10105',
};
const ISMS: SetUpProject = { id: '10000', key: 'ISMS', teamManaged: false };
const WHAT = "Issue types in project ISMS's scheme";
const TEMPLATE_SCHEME: ProjectIssueTypeScheme = { id: '10001', name: 'ISMS: Project Management Issue Type Scheme', isDefault: false };

class MemoryPorts implements IssueTypeSchemePorts {
  readonly added: { schemeId: string; ids: readonly string[] }[] = [];
  listed = 0;
  schemeError: Error | undefined = undefined;
  addError: Error | undefined = undefined;

  constructor(
    private readonly scheme: ProjectIssueTypeScheme | undefined,
    private readonly items: string[] = [],
  ) {}

  getProjectIssueTypeScheme = (): Promise<ProjectIssueTypeScheme | undefined> => (this.schemeError === undefined ? Promise.resolve(this.scheme) : Promise.reject(this.schemeError));
  listIssueTypeSchemeItems = (): Promise<string[]> => {
    this.listed += 1;
    return Promise.resolve([...this.items]);
  };
  addIssueTypesToScheme = (schemeId: string, ids: readonly string[]): Promise<void> => {
    if (this.addError !== undefined) return Promise.reject(this.addError);
    this.added.push({ schemeId, ids });
    this.items.push(...ids);
    return Promise.resolve();
  };
}

function runWith(issueTypeIds: SetupProgress['issueTypeIds'] = ALL_TYPES): SetupRun {
  return new SetupRun({ projectKey: 'ISMS', projectId: '10000', issueTypeIds, linkTypeIds: {}, fieldIds: {} }, () => Promise.resolve());
}

describe('setUpIssueTypeScheme', () => {
  it('given a template scheme holding none of the app types, when run, then it adds all six in one call and names them', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME, ['10001', '10002']);
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, ISMS, NAMES);

    expect(ports.added).toEqual([{ schemeId: '10001', ids: Object.values(ALL_TYPES) }]);
    expect(run.steps).toEqual([
      {
        what: WHAT,
        outcome: 'created',
        detail: 'Added Monitoring check, Finding, Corrective action, Internal audit, Management review, Review action to "ISMS: Project Management Issue Type Scheme" (10001).',
        id: '10001',
      },
    ]);
  });

  it('given some app types are already in the scheme, when run twice, then it adds only the missing ones, then adopts', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME, ['10001', '10101', '10103']);

    await setUpIssueTypeScheme(runWith(), ports, ISMS, NAMES);
    const rerun = runWith();
    await setUpIssueTypeScheme(rerun, ports, ISMS, NAMES);

    expect(ports.added).toEqual([{ schemeId: '10001', ids: ['10100', '10102', '10104', '10105'] }]);
    expect(rerun.steps).toEqual([{ what: WHAT, outcome: 'adopted', detail: `"ISMS: Project Management Issue Type Scheme" (10001) holds the app's issue types.`, id: '10001' }]);
  });

  it('given the project uses the default scheme, then it adopts without reading or changing the scheme', async () => {
    const ports = new MemoryPorts({ id: '10000', name: 'Default Issue Type Scheme', isDefault: true });
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, ISMS, NAMES);

    expect(run.steps).toEqual([{ what: WHAT, outcome: 'adopted', detail: 'Uses the Default Issue Type Scheme, which holds every issue type.', id: '10000' }]);
    expect([ports.listed, ports.added]).toEqual([0, []]);
  });

  it('given an issue type that setup could not secure, then it adds the others only', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME);
    const withoutFinding = Object.fromEntries(Object.entries(ALL_TYPES).filter(([role]) => role !== 'finding'));

    await setUpIssueTypeScheme(runWith(withoutFinding), ports, ISMS, NAMES);

    expect(ports.added[0]?.ids).not.toContain('10101');
    expect(ports.added[0]?.ids).toHaveLength(5);
  });

  it.each([
    ['a team-managed project', { ...ISMS, teamManaged: true }, TEMPLATE_SCHEME],
    ['a project Jira lists no scheme for', ISMS, undefined],
  ])('given %s, then it fails with what the admin must do', async (_case, project, scheme) => {
    const ports = new MemoryPorts(scheme);
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, project, NAMES);

    expect(run.steps).toEqual([
      {
        what: WHAT,
        outcome: 'failed',
        detail: "Project ISMS is team-managed: it has no issue type scheme and cannot use the site's issue types. In the setup settings choose the key of a new or company-managed project, then run setup again.",
      },
    ]);
    expect(run.complete).toBe(false);
    expect(ports.added).toEqual([]);
  });

  it('given Jira refuses to read the scheme (403), then it fails naming the permission', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME);
    ports.schemeError = new JiraRequestError(403, 'GET /rest/api/3/issuetypescheme/project', '{"errorMessages":["Only Jira administrators can access issue type schemes."],"errors":{}}');
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, ISMS, NAMES);

    expect(run.steps[0]).toEqual({
      what: WHAT,
      outcome: 'failed',
      detail: 'Missing permission: this needs the Administer Jira global permission (403 from GET /rest/api/3/issuetypescheme/project). Jira said: Only Jira administrators can access issue type schemes.',
    });
  });

  it('given Jira refuses the add (400), then it fails with what Jira said', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME);
    ports.addError = new JiraRequestError(400, 'PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype', '{"errorMessages":["These issue types were not added because they are already present in the issue type scheme: 10101"],"errors":{}}');
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, ISMS, NAMES);

    expect(run.steps[0]?.outcome).toBe('failed');
    expect(run.steps[0]?.detail).toBe(
      'Jira rejected PUT /rest/api/3/issuetypescheme/{issueTypeSchemeId}/issuetype (400). Jira said: These issue types were not added because they are already present in the issue type scheme: 10101',
    );
  });

  it('given no project (the project step failed), then it is skipped without calling Jira', async () => {
    const ports = new MemoryPorts(TEMPLATE_SCHEME);
    const run = runWith();

    await setUpIssueTypeScheme(run, ports, undefined, NAMES);

    expect(run.steps).toEqual([{ what: "Issue types in the project's scheme", outcome: 'skipped', detail: 'Needs the ISMS project, which this run could not create or adopt.' }]);
    expect([ports.listed, ports.added]).toEqual([0, []]);
  });
});
