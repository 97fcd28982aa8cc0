// Every KVS key the app uses is named here, so no key literal is scattered through the code.
export const STORAGE_KEYS = {
  setupState: 'config:setup',
  /** What setup has created or adopted so far; lets an interrupted run resume without duplicates. */
  setupProgress: 'config:setup-progress',
  /** The report of the last setup run, for the admin page. */
  setupReport: 'config:setup-report',
  /** Versioned settings (versioned-value.ts): the working-day calendar and report deadline. */
  calendarSettings: 'settings:calendar',
  escalationSettings: 'settings:escalation',
  accessSettings: 'settings:access',
  /** The ISMS project key/name/type and the app's issue type names that setup creates or adopts. */
  setupSettings: 'settings:setup',
  /** KVS secret (kvs.setSecret): the HMAC key KPI feeders sign web-trigger requests with; rotated from the admin page. */
  kpiWebTriggerSecret: 'secret:kpi-webtrigger',
} as const;

/** KVS custom entities declared in manifest.yml `app.storage.entities`. */
export const STORAGE_ENTITIES = {
  /** The current value of a versioned key: { value, version, changedAt, changedBy }. */
  versionedValue: 'versioned-value',
  /** One change of a versioned key: { valueKey, seq, at, by, before, after }, indexed by valueKey + seq. */
  valueChange: 'value-change',
  /** Monitoring matrix: one versioned row per item (versioned-entity.ts), indexed by id and by status + id. */
  monitoringItem: 'monitoring-item',
  /** KPI definitions: one versioned row per KPI, indexed by id and by status + id. */
  kpiDefinition: 'kpi-definition',
  /** KPI measurements: one versioned row per (KPI, period), indexed by kpiId + periodStart. */
  kpiMeasurement: 'kpi-measurement',
  /** One row per idempotency key a feeder used (write-once), so a retried post is stored once. */
  kpiMeasurementReceipt: 'kpi-measurement-receipt',
  /** Read models for gadgets (read-models/read-model-doc.ts): { value, version, updatedAt }, written conditionally. */
  readModel: 'read-model',
  /** Idempotent creates (request-claims.ts): one row per client request id, e.g. `finding-raise:<requestId>`. */
  requestClaim: 'request-claim',
} as const;

/** Plain KVS keys of the matrix and KPI surfaces. */
export const MATRIX_KPI_KEYS = {
  /** One part of a CSV file uploaded in several invokes (TTL 1 hour), per uploading user. */
  csvUploadPart: (accountId: string, uploadId: string, part: number): string => `csv-upload:${accountId}:${uploadId}:${part}`,
} as const;

/**
 * Internal audit programme and management reviews (layout in docs/decisions.md, "Audit programme and management
 * review storage"). Ids are restricted to [A-Za-z0-9._-] by the payload schemas, so a key cannot be forged.
 */
export const ISMS_RECORD_KEYS = {
  /** Versioned { programmeId } of the programme the audits page opens on. */
  currentAuditProgramme: 'audit:current-programme',
  /** Versioned control ownership register (who owns which clauses, controls, processes). */
  controlOwnership: 'audit:ownership',
  /** Versioned programme header: cycle, SoA, audit ids in order, placements. */
  auditProgramme: (programmeId: string): string => `audit:programme:${programmeId}`,
  /** Versioned record of one planned audit: its state, history and Jira issue. */
  auditRecord: (programmeId: string, auditId: string): string => `audit:record:${programmeId}:${auditId}`,
  /** Versioned { reviewIds } of every scheduled management review. */
  managementReviewIndex: 'review:index',
  /** Versioned review record: lifecycle state, history, Jira issue, action item issues. */
  managementReview: (reviewId: string): string => `review:record:${reviewId}`,
  /** Versioned draft: the inputs the MR types in (9.3.2 b, c, d 4, e, f, resources), minutes and outputs. */
  managementReviewDraft: (reviewId: string): string => `review:draft:${reviewId}`,
  /** Plain value, addressed by its SHA-256: a pack built for the review from live data (the record names the one in force). */
  managementReviewPack: (reviewId: string, packHash: string): string => `review:pack:${reviewId}:${packHash}`,
  /** Plain, write-once (FAIL_IF_EXISTS): one published version, with its SHA-256 content hash. */
  publishedReviewPrefix: (reviewId: string): string => `review:published:${reviewId}:v`,
  publishedReview: (reviewId: string, version: number): string => `review:published:${reviewId}:v${String(version).padStart(4, '0')}`,
} as const;

/** The daily sweep's own state (sweep-state.ts, sweep-ledger.ts) and the gadget read models (read-models/). */
export const SWEEP_KEYS = {
  /** Held (FAIL_IF_EXISTS, with a TTL) by the one invocation working on the sweep; duplicate runs step aside. */
  lease: 'sweep:lease',
  /** The run in progress or last finished: its date, phase and cursors. */
  run: 'sweep:run',
  /** When the read models were last reconciled with Jira (ISO instant). */
  reconciledAt: 'sweep:reconciled-at',
  /** Occurrence keys whose Jira issues are being created right now (written before the create call). */
  pending: 'sweep:pending',
  /** Due dates already scheduled per monitoring item, one shard of items each. */
  ledgerShard: (shard: number): string => `sweep:ledger:${shard}`,
  /** Read-model documents (entity `read-model`). */
  readModel: (name: string, shard?: number): string => (shard === undefined ? `rm:${name}` : `rm:${name}:${shard}`),
  /** A user's Browse Projects grant in a project, cached for the gadgets (plain key with a TTL). */
  gadgetAccess: (accountId: string, projectKey: string): string => `gadget-access:${projectKey}:${accountId}`,
} as const;
