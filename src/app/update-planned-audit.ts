// Changes a planned audit before it starts: scope, month, team, title, objectives, criteria. The whole audit is
// re-validated by the domain's planAudit; the month must stay inside the cycle. The answer carries the audit's
// independence conflicts, so the planner sees at once when an auditor would audit their own area.
import { isInCycle } from '../domain/audit-programme/audit-cycle';
import { independenceConflicts, type IndependenceConflict } from '../domain/audit-programme/independence';
import { planAudit } from '../domain/audit-programme/plan-audit';
import type { AuditIntent } from '../domain/audit-programme/planned-audit';
import { canApplyToAudit } from '../domain/audit-programme/planned-audit-transitions';
import { historyEntry } from '../domain/history-entry';
import type { UpdateAuditPayload } from '../contracts/audit-programme-payloads';
import { AppError } from './app-error';
import { requireAudit, requireProgramme, writeAudit, type Actor, type ProgrammeStorePorts } from './audit-programme-ports';
import { toAuditView, type AuditView } from './audit-programme-view';

export interface UpdatedAudit {
  readonly audit: AuditView;
  readonly conflicts: readonly IndependenceConflict[];
}

const CHANGEABLE = ['title', 'month', 'scope', 'processes', 'objectives', 'criteria', 'auditors', 'leadAuditor'] as const;

export async function updatePlannedAudit(ports: ProgrammeStorePorts, request: UpdateAuditPayload, actor: Actor): Promise<UpdatedAudit> {
  const stored = await requireProgramme(ports, request.programmeId);
  const current = requireAudit(stored, request.auditId);
  if (request.expectedVersion !== undefined && request.expectedVersion !== current.version) {
    throw new AppError('CONFLICT', `Audit "${request.auditId}" was changed by someone else (version ${current.version}, you edited ${request.expectedVersion}); reload and try again.`, 'expectedVersion');
  }
  const { audit } = current.value;
  if (!canApplyToAudit(audit, 'reschedule')) {
    throw new AppError('ILLEGAL_TRANSITION', `Audit "${audit.id}" is ${audit.status.replace('_', ' ')}: only a planned audit can be changed.`);
  }
  const { cycle } = stored.header.value;
  if (request.month !== undefined && !isInCycle(cycle, request.month)) {
    throw new AppError('INVALID_PAYLOAD', `month must fall inside the cycle (${cycle.months} months from ${cycle.start}), got ${request.month}`, 'month');
  }
  const changed = CHANGEABLE.filter((field) => request[field] !== undefined && JSON.stringify(request[field]) !== JSON.stringify(audit[field]));
  if (changed.length === 0) return { audit: toAuditView(current), conflicts: independenceConflicts([audit], await ports.readOwnership()) };
  const revised = planAudit(
    {
      id: audit.id,
      title: request.title ?? audit.title,
      month: request.month ?? audit.month,
      scope: [...(request.scope ?? audit.scope)],
      processes: [...(request.processes ?? audit.processes)],
      objectives: request.objectives ?? audit.objectives,
      criteria: request.criteria ?? audit.criteria,
      auditors: [...(request.auditors ?? audit.auditors)],
      leadAuditor: request.leadAuditor === undefined ? audit.leadAuditor : request.leadAuditor,
    },
    actor,
  ).audit;
  const intent: AuditIntent = changed.length === 1 && changed[0] === 'month' ? 'reschedule' : changed.every((field) => field === 'auditors' || field === 'leadAuditor') ? 'assignAuditors' : 'plan';
  const entry = historyEntry({ ...actor, note: `changed ${changed.join(', ')}` }, 'planned' as const, 'planned' as const, intent);
  const written = await writeAudit(ports, { ...current.value, audit: revised, history: [...current.value.history, entry] }, current.version, actor);
  return { audit: toAuditView(written), conflicts: independenceConflicts([revised], await ports.readOwnership()) };
}
