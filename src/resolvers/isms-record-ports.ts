// Wires the audit programme and management review use cases to KVS and to Jira. Jira calls run as the app (after the
// resolver authorised the user), with the short UI retry policy, on the ISMS project named by the setup record.
import { createIssue } from '../adapters/jira/create-issue';
import { createIssueLink } from '../adapters/jira/create-issue-link';
import { createIssues } from '../adapters/jira/create-issues';
import { findClause9Issues } from '../adapters/jira/find-clause9-issues';
import { jiraAsApp, type JiraRequester } from '../adapters/jira/jira-requester';
import { moveToStatusCategory } from '../adapters/jira/move-to-status-category';
import { JiraRequestError } from '../adapters/jira/jira-error';
import { issuesLinkedTo } from '../adapters/jira/read-issue-links';
import { realTimers, retryingRequester, UI_RETRY_POLICY } from '../adapters/jira/retrying-requester';
import { searchReviewEvidence } from '../adapters/jira/search-review-evidence';
import { setAppFieldValues } from '../adapters/jira/set-app-field-values';
import { setIssueProperty } from '../adapters/jira/set-issue-property';
import { auditRecordStore, controlOwnershipStore, readCurrentProgrammeId, readProgramme, writeProgramme } from '../adapters/storage/audit-programme-store';
import { kvsMeasurementPorts } from '../adapters/storage/kpi-store';
import { addReviewId, deleteReviewPack, readReviewIds, readReviewPack, reviewDraftStore, reviewRecordStore, writeReviewPack } from '../adapters/storage/management-review-store';
import { listMonitoringItems } from '../adapters/storage/monitoring-item-store';
import { listPublishedReviews, readPublishedReview, writePublishedReview } from '../adapters/storage/published-review-store';
import type { SetupState } from '../adapters/storage/setup-state';
import type { AppIssuePorts } from '../app/app-issue-ports';
import type { ProgrammeStorePorts } from '../app/audit-programme-ports';
import { findPreviousReview } from '../app/find-previous-review';
import type { LiveInputPorts } from '../app/gather-review-inputs';
import { listKpis } from '../app/list-kpis';
import type { ReviewStorePorts } from '../app/management-review-ports';
import { DEFAULT_GRACE_DAYS, DEFAULT_KPI_PERIODS } from '../contracts/kpi-payloads';
import { ownershipWithMonitoringItems } from '../domain/audit-programme/ownership-from-monitoring-items';
import type { OwnershipByAccount } from '../domain/audit-programme/independence';
import type { KpiSummary } from '../domain/management-review/review-pack-inputs';
import type { LocalDate } from '../domain/local-date';

export function appJira(): JiraRequester {
  return retryingRequester(jiraAsApp(), { ...UI_RETRY_POLICY, ...realTimers() });
}

export function appIssuePorts(setup: SetupState, jira: JiraRequester): AppIssuePorts {
  return {
    setup,
    findClause9Issues: (ids) => findClause9Issues(jira, setup.projectKey, ids),
    createIssue: (issue) => createIssue(jira, issue),
    createIssues: (issues) => createIssues(jira, issues),
    setAppFields: async (updates) => {
      await setAppFieldValues(jira, updates);
    },
    setClause9Property: (issueId, value) => setIssueProperty(jira, issueId, 'clause9', value),
    followStatus: async (issueId, category) => {
      try {
        if (!(await moveToStatusCategory(jira, issueId, category))) console.warn(`[clause9] the workflow of issue ${issueId} offers no way to status category ${category}`);
      } catch (error) {
        if (!(error instanceof JiraRequestError)) throw error;
        console.warn(`[clause9] could not move issue ${issueId} to status category ${category}: Jira answered ${error.status}`);
      }
    },
    linkRaisedBy: (from, to) => createIssueLink(jira, { linkTypeId: setup.linkTypeIds.raisedBy, from, to }),
    raisedByLinked: (ids, to) => issuesLinkedTo(jira, ids, setup.linkTypeIds.raisedBy, to),
  };
}

/** Declared ownership plus whoever performs or evaluates a monitoring item (9.2.2 c). */
async function readOwnership(): Promise<OwnershipByAccount> {
  const [declared, items] = await Promise.all([controlOwnershipStore.read(), listMonitoringItems()]);
  return ownershipWithMonitoringItems(declared?.value ?? {}, items.map((item) => item.value));
}

export const programmeStorePorts: ProgrammeStorePorts = { readCurrentProgrammeId, readProgramme, auditStore: auditRecordStore, writeProgramme, readOwnership };

export const reviewStorePorts: ReviewStorePorts = {
  reviewStore: reviewRecordStore,
  draftStore: reviewDraftStore,
  readReviewIds,
  addReviewId,
  writePack: writeReviewPack,
  readPack: readReviewPack,
  deletePack: deleteReviewPack,
  writePublished: writePublishedReview,
  readPublished: readPublishedReview,
  listPublished: listPublishedReviews,
};

async function readKpiSummaries(asOf: LocalDate): Promise<readonly KpiSummary[] | undefined> {
  const kpis = await listKpis(kvsMeasurementPorts, { today: asOf, periods: DEFAULT_KPI_PERIODS, graceDays: DEFAULT_GRACE_DAYS, includeRetired: false });
  if (kpis.length === 0) return undefined;
  return kpis.map((view) => ({
    kpiId: view.kpi.definition.id,
    name: view.kpi.definition.name,
    rag: view.latest?.rag ?? 'no_data',
    trend: view.trend.direction,
    stale: view.staleness?.status === 'stale',
  }));
}

export function liveInputPorts(setup: SetupState, jira: JiraRequester, timeZone: string): LiveInputPorts {
  return {
    timeZone,
    searchEvidence: (window) => searchReviewEvidence(jira, setup, window),
    readAudits: async () => {
      const id = await readCurrentProgrammeId();
      const stored = id === undefined ? undefined : await readProgramme(id);
      return stored?.audits.map((record) => record.value.audit);
    },
    readKpiSummaries,
    findPreviousReview: (review, asOf) => findPreviousReview(reviewStorePorts, review, asOf),
  };
}
