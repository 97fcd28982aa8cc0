// Escalation of late work along the chain owner → ISMS manager → steering committee. Each level starts a number of
// days after the work fell due; the level an issue has reached is its memory (the `Escalation level` field), so a
// level is performed once: only levels above the current one are due, and a sweep that skipped days performs the
// missed levels together in one step.
import { DomainError } from './domain-error';

export const ESCALATION_LEVELS = [1, 2, 3] as const;
/** 0 none, 1 owner reminded, 2 ISMS manager, 3 steering committee. */
export type EscalationLevel = 0 | (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_LEVEL_ROLES = { 1: 'owner', 2: 'ismsManager', 3: 'steeringCommittee' } as const;
export type EscalationRole = (typeof ESCALATION_LEVEL_ROLES)[keyof typeof ESCALATION_LEVEL_ROLES];

/** Days overdue at which each level starts; non-decreasing along the chain. */
export type EscalationThresholds = Readonly<Record<EscalationRole, number>>;

function checkThresholds(thresholds: EscalationThresholds): void {
  const { owner, ismsManager, steeringCommittee } = thresholds;
  for (const [field, value] of Object.entries(thresholds)) {
    if (!Number.isInteger(value) || value < 0) throw new DomainError('INVALID_INPUT', `${field}.afterDaysOverdue must be a whole number ≥ 0, got ${value}`, { field });
  }
  if (ismsManager < owner || steeringCommittee < ismsManager) {
    throw new DomainError('INVALID_INPUT', 'escalation thresholds must not decrease along owner → ISMS manager → steering committee', { field: 'escalation' });
  }
}

/** The level work `daysOverdue` days past its due date should have reached (0 before the owner's threshold). */
export function escalationLevelDue(daysOverdue: number, thresholds: EscalationThresholds): EscalationLevel {
  checkThresholds(thresholds);
  if (daysOverdue < 0) return 0;
  if (daysOverdue >= thresholds.steeringCommittee) return 3;
  if (daysOverdue >= thresholds.ismsManager) return 2;
  if (daysOverdue >= thresholds.owner) return 1;
  return 0;
}

/** Reads a stored level leniently: unknown or out-of-range values count as the nearest valid level. */
export function toEscalationLevel(value: number | null): EscalationLevel {
  if (value === null || !Number.isFinite(value) || value <= 0) return 0;
  if (value >= 3) return 3;
  return value >= 2 ? 2 : 1;
}

export interface EscalationStep {
  readonly from: EscalationLevel;
  readonly to: Exclude<EscalationLevel, 0>;
  /** Whom to tell now: every role whose level is newly reached, in chain order. */
  readonly roles: readonly EscalationRole[];
}

/** The step to take, or null when the issue has already reached the level due. */
export function escalationStep(current: EscalationLevel, due: EscalationLevel): EscalationStep | null {
  if (due <= current || due === 0) return null;
  const roles = ESCALATION_LEVELS.filter((level) => level > current && level <= due).map((level) => ESCALATION_LEVEL_ROLES[level]);
  return { from: current, to: due, roles };
}
