// The storage and lookup ports the audit programme use cases share; the resolver wires them to KVS and Jira.
import type { AuditRecord, ProgrammeHeader } from '../adapters/storage/audit-programme-schemas';
import type { StoredProgramme } from '../adapters/storage/audit-programme-store';
import type { ChangeMeta, VersionedRecord, VersionedValue } from '../adapters/storage/versioned-value';
import type { OwnershipByAccount } from '../domain/audit-programme/independence';
import { AppError } from './app-error';

export interface ProgrammeStorePorts {
  readonly readCurrentProgrammeId: () => Promise<string | undefined>;
  readonly readProgramme: (programmeId: string) => Promise<StoredProgramme | undefined>;
  readonly auditStore: (programmeId: string, auditId: string) => VersionedValue<AuditRecord>;
  readonly writeProgramme: (header: ProgrammeHeader, records: readonly AuditRecord[], meta: Omit<ChangeMeta, 'expectedVersion'>) => Promise<StoredProgramme>;
  /** The ownership register merged with responsibilities from the monitoring matrix. */
  readonly readOwnership: () => Promise<OwnershipByAccount>;
}

/** Who acts and when: the ISO instant the shell read from the clock. */
export interface Actor {
  readonly by: string;
  readonly at: string;
}

/** The named programme, or the current one when none is named; NOT_FOUND otherwise. */
export async function requireProgramme(ports: Pick<ProgrammeStorePorts, 'readCurrentProgrammeId' | 'readProgramme'>, programmeId: string | undefined): Promise<StoredProgramme> {
  const id = programmeId ?? (await ports.readCurrentProgrammeId());
  if (id === undefined) throw new AppError('NOT_FOUND', 'No audit programme has been planned yet: plan one first.', 'programmeId');
  const stored = await ports.readProgramme(id);
  if (stored === undefined) throw new AppError('NOT_FOUND', `There is no audit programme "${id}".`, 'programmeId');
  return stored;
}

/** One audit of the programme with its stored version; NOT_FOUND when the programme has no such audit. */
export function requireAudit(stored: StoredProgramme, auditId: string): VersionedRecord<AuditRecord> {
  const record = stored.audits.find((candidate) => candidate.value.audit.id === auditId);
  if (record === undefined) throw new AppError('NOT_FOUND', `Audit programme "${stored.header.value.id}" has no audit "${auditId}".`, 'auditId');
  return record;
}

/** Writes the audit unless someone changed it since `expectedVersion` was read (then CONFLICT). */
export async function writeAudit(
  ports: Pick<ProgrammeStorePorts, 'auditStore'>,
  next: AuditRecord,
  expectedVersion: number,
  actor: Actor,
): Promise<VersionedRecord<AuditRecord>> {
  return ports.auditStore(next.programmeId, next.audit.id).write(next, { ...actor, expectedVersion });
}
