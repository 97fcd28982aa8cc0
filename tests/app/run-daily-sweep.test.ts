// The sweep's invocation lifecycle with in-memory ports: the lease keeps duplicates out, a run that runs out of time
// or meets a busy Jira saves itself and queues its continuation (after giving the lease up), a continuation never
// starts a new run, and a real failure is not swallowed.
import { JiraRequestError } from '../../src/adapters/jira/jira-error';
import type { SetupState } from '../../src/adapters/storage/setup-state';
import type { SweepRun } from '../../src/adapters/storage/sweep-state';
import { BUSY_DELAY_SECONDS, runDailySweep, TIME_RESERVE_MS, type DailySweepPorts } from '../../src/app/run-daily-sweep';
import { DEFAULT_CALENDAR_SETTINGS, DEFAULT_ESCALATION_SETTINGS } from '../../src/contracts/admin-settings';

const now = new Date('2026-03-16T06:00:00.000Z');
const state: SetupState = {
  completedAt: '2026-03-01T09:00:00.000Z',
  completedBy: 'acc-admin',
  projectKey: 'ISMS',
  projectId: '10000',
  issueTypeIds: { monitoringCheck: '1', finding: '2', correctiveAction: '3', internalAudit: '4', managementReview: '5', reviewAction: '6' },
  linkTypeIds: { correctiveActionFor: '1', raisedBy: '2' },
  fieldIds: {
    'finding-kind': 'customfield_1',
    'finding-source': 'customfield_2',
    'finding-source-ref': 'customfield_3',
    'finding-stage': 'customfield_4',
    'iso-clause': 'customfield_5',
    'annex-a-control': 'customfield_6',
    'root-cause-status': 'customfield_7',
    'effectiveness-result': 'customfield_8',
    'effectiveness-review-due': 'customfield_9',
    'monitoring-item': 'customfield_10',
    'check-outcome': 'customfield_11',
    'report-due-date': 'customfield_12',
    'report-sent-date': 'customfield_13',
    'escalation-level': 'customfield_14',
  },
};

function world(overrides: Partial<DailySweepPorts> = {}) {
  const log: string[] = [];
  let run: SweepRun | undefined;
  let leased = false;
  const nothing = () => Promise.resolve();
  const ports: DailySweepPorts = {
    readSetupState: () => Promise.resolve(state),
    readCalendarSettings: () => Promise.resolve(DEFAULT_CALENDAR_SETTINGS),
    readEscalationSettings: () => Promise.resolve(DEFAULT_ESCALATION_SETTINGS),
    readRun: () => Promise.resolve(run),
    writeRun: (next) => {
      run = next;
      return Promise.resolve();
    },
    acquireLease: () => {
      if (leased) return Promise.resolve(false);
      leased = true;
      log.push('lease');
      return Promise.resolve(true);
    },
    releaseLease: () => {
      if (leased) log.push('release');
      leased = false;
      return Promise.resolve();
    },
    continueLater: (delaySeconds) => {
      log.push(`continue in ${delaySeconds}s${leased ? ' while leased' : ''}`);
      return Promise.resolve();
    },
    remainingMs: () => 900_000,
    isTransient: (error) => error instanceof JiraRequestError && error.status >= 500,
    readReconciledAt: () => Promise.resolve(undefined),
    writeReconciledAt: nothing,
    schedule: {
      listActiveMonitoringItems: () => Promise.resolve([]),
      readLedger: () => Promise.resolve(new Map()),
      recordScheduled: nothing,
      readPending: () => Promise.resolve([]),
      writePending: nothing,
      clearPending: nothing,
      findByOccurrenceKeys: () => Promise.resolve(new Map()),
      createIssues: () => Promise.resolve({ created: [], failed: [] }),
      setAppFieldValues: nothing,
    },
    reconcile: { searchSnapshots: () => Promise.resolve({ snapshots: [] }), applyChanges: () => Promise.resolve({ coverageInputsChanged: false }) },
    detect: { searchSnapshots: () => Promise.resolve({ snapshots: [] }), replaceOverdue: nothing, replaceDueSoon: nothing },
    escalate: { readOverdue: () => Promise.resolve(new Map()), notify: nothing, setEscalationLevels: nothing, updateOverdueLevels: nothing },
    coverage: {
      listActiveMonitoringItems: () => Promise.resolve([]),
      readCheckDigests: () => Promise.resolve(new Map()),
      readOpenNonconformities: () => Promise.resolve(new Map()),
      readAuditProgramme: () => Promise.resolve(null),
      writeCoverage: nothing,
      listAllMonitoringItems: () => Promise.resolve([]),
      readCheckHistory: () => Promise.resolve(new Map()),
      readRaisedNonconformities: () => Promise.resolve(new Map()),
      readAuditIssueKeys: () => Promise.resolve(new Map()),
      writeCycleGrid: nothing,
    },
    kpis: { listKpis: () => Promise.resolve([]), replaceKpiSummaries: nothing },
    markRefreshed: nothing,
    ...overrides,
  };
  return { ports, log, run: () => run, hold: () => (leased = true) };
}

describe('runDailySweep', () => {
  it('runs every phase of a quiet day in one invocation', async () => {
    const w = world();
    const outcome = await runDailySweep(w.ports, { now, continuation: false });
    expect(outcome).toMatchObject({ status: 'done', run: { today: '2026-03-16', phase: 'done', tally: { invocations: 1 } } });
    expect(w.log).toEqual(['lease', 'release']);
  });

  it('steps aside while another invocation holds the lease', async () => {
    const w = world();
    w.hold();
    expect(await runDailySweep(w.ports, { now, continuation: false })).toEqual({ status: 'busy' });
    expect(w.run()).toBeUndefined();
  });

  it('does nothing before setup', async () => {
    const w = world({ readSetupState: () => Promise.resolve(undefined) });
    expect(await runDailySweep(w.ports, { now, continuation: false })).toEqual({ status: 'not-set-up' });
    expect(w.log).toEqual(['lease', 'release']);
  });

  it('saves where it is and queues its continuation (lease released first) when time runs short', async () => {
    let remaining = 900_000;
    const w = world({ remainingMs: () => remaining, detect: { searchSnapshots: () => Promise.resolve({ snapshots: [] }), replaceOverdue: () => ((remaining = TIME_RESERVE_MS), Promise.resolve()), replaceDueSoon: () => Promise.resolve() } });
    const outcome = await runDailySweep(w.ports, { now, continuation: false });
    expect(outcome).toMatchObject({ status: 'paused', run: { phase: 'escalate' } });
    expect(w.log).toEqual(['lease', 'release', 'continue in 0s']);

    remaining = 900_000;
    const resumed = await runDailySweep(w.ports, { now, continuation: true });
    expect(resumed).toMatchObject({ status: 'done', run: { phase: 'done', tally: { invocations: 2 } } });
  });

  it('pauses on a busy Jira and continues after a delay', async () => {
    const w = world({ detect: { searchSnapshots: () => Promise.reject(new JiraRequestError(503, 'POST /rest/api/3/search/jql', '')), replaceOverdue: () => Promise.resolve(), replaceDueSoon: () => Promise.resolve() } });
    const outcome = await runDailySweep(w.ports, { now, continuation: false });
    expect(outcome).toMatchObject({ status: 'paused', run: { phase: 'detect' } });
    expect(w.log).toEqual(['lease', 'release', `continue in ${BUSY_DELAY_SECONDS}s`]);
    expect(w.run()?.problems).toEqual(['Jira was busy or unavailable (503 from POST /rest/api/3/search/jql); the sweep continues later.']);
  });

  it('rethrows a failure that waiting will not fix, releasing the lease', async () => {
    const w = world({ detect: { searchSnapshots: () => Promise.reject(new JiraRequestError(400, 'POST /rest/api/3/search/jql', 'bad JQL')), replaceOverdue: () => Promise.resolve(), replaceDueSoon: () => Promise.resolve() } });
    await expect(runDailySweep(w.ports, { now, continuation: false })).rejects.toBeInstanceOf(JiraRequestError);
    expect(w.log).toEqual(['lease', 'release']);
    expect(w.run()?.problems).toEqual(['The sweep stopped in phase detect: 400 from POST /rest/api/3/search/jql.']);
  });

  it('lets a continuation of a finished run end without starting another', async () => {
    const w = world();
    await runDailySweep(w.ports, { now, continuation: false });
    const first = w.run();
    expect(await runDailySweep(w.ports, { now, continuation: true })).toEqual({ status: 'done', run: first });
    expect(w.run()).toBe(first);
  });
});
