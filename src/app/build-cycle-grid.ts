// The stored month grid of one cycle, from the KVS read models only: completed checks (check-history), nonconformities
// raised (open or closed), and the programme's audits. Each cell keeps the Jira issue keys behind it, so the gadget
// can open them as one JQL search without asking Jira anything on render.
import type { ItemCheckHistory } from '../adapters/storage/read-models/check-history-model';
import type { RaisedNonconformity } from '../adapters/storage/read-models/raised-nonconformity-model';
import type { GridCellView, GridRowEntry } from '../contracts/gadget-views';
import type { AuditCycle } from '../domain/audit-programme/audit-cycle';
import type { PlannedAudit } from '../domain/audit-programme/planned-audit';
import { coverageGrid, type GridCell, type GridCheck, type GridFinding } from '../domain/coverage-grid';
import type { AnnexAControlId } from '../domain/iso-catalogue/catalogue';
import type { MonitoringItem } from '../domain/monitoring-item';

export interface CycleGridInput {
  readonly cycle: AuditCycle;
  readonly applicableControls: readonly AnnexAControlId[];
  /** Every item of the matrix (retired ones too: their past checks still count). */
  readonly items: readonly Pick<MonitoringItem, 'id' | 'covers'>[];
  readonly checkHistory: ReadonlyMap<string, ItemCheckHistory>;
  readonly raisedNonconformities: ReadonlyMap<string, RaisedNonconformity>;
  readonly audits: readonly PlannedAudit[];
  /** Audit id → its "Internal audit" issue key, for audits that have one (started or reported). */
  readonly auditIssueKeys: ReadonlyMap<string, string>;
}

function cellView(cell: GridCell, auditIssueKeys: ReadonlyMap<string, string>): GridCellView {
  const auditKeys = cell.auditIds.flatMap((id) => auditIssueKeys.get(id) ?? []);
  return {
    checksDone: cell.checksDone,
    checksFailing: cell.checksFailing,
    audit: cell.audited ? 'held' : cell.auditPlanned ? 'planned' : null,
    nonconformitiesRaised: cell.nonconformitiesRaised,
    // The grid's check and finding ids are issue keys here (see below).
    issueKeys: [...new Set([...cell.checkIds, ...auditKeys, ...cell.findingIds])],
  };
}

export function buildCycleGrid(input: CycleGridInput): Map<string, GridRowEntry> {
  const checks: GridCheck[] = [...input.checkHistory].flatMap(([itemId, history]) =>
    Object.values(history).map((check): GridCheck => ({ id: check.key, itemId, status: 'done', completedOn: check.completedOn, outcome: check.outcome })),
  );
  const findings: GridFinding[] = [...input.raisedNonconformities.values()].map((nc) => ({ id: nc.key, kind: nc.kind, references: nc.references, raisedOn: nc.raisedOn }));
  const grid = coverageGrid({ cycle: input.cycle, applicableControls: input.applicableControls, items: input.items, checks, audits: input.audits, findings });
  return new Map(grid.rows.map((row) => [row.id as string, { cells: row.cells.map((cell) => cellView(cell, input.auditIssueKeys)) }]));
}
