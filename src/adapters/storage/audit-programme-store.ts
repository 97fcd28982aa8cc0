// The audit programme in KVS, every value versioned (versioned-value.ts): a header per programme, a record per
// audit, the pointer to the current programme, and the control ownership register. A programme is written audits
// first and header last, so a reader never sees a header naming an audit that is not stored yet.
import type { DeclaredOwnership } from '../../domain/audit-programme/ownership-from-monitoring-items';
import {
  auditRecordSchema,
  currentProgrammeSchema,
  declaredOwnershipSchema,
  programmeHeaderSchema,
  type AuditRecord,
  type ProgrammeHeader,
} from './audit-programme-schemas';
import { ISMS_RECORD_KEYS } from './storage-keys';
import { versionedValue, type ChangeMeta, type VersionedRecord, type VersionedValue } from './versioned-value';

const WRITE_CONCURRENCY = 8;

export interface StoredProgramme {
  readonly header: VersionedRecord<ProgrammeHeader>;
  /** In the header's order. */
  readonly audits: readonly VersionedRecord<AuditRecord>[];
}

export const auditRecordStore = (programmeId: string, auditId: string): VersionedValue<AuditRecord> =>
  versionedValue(ISMS_RECORD_KEYS.auditRecord(programmeId, auditId), auditRecordSchema);

export const programmeHeaderStore = (programmeId: string): VersionedValue<ProgrammeHeader> =>
  versionedValue(ISMS_RECORD_KEYS.auditProgramme(programmeId), programmeHeaderSchema);

const currentProgrammeStore = versionedValue(ISMS_RECORD_KEYS.currentAuditProgramme, currentProgrammeSchema);

export const controlOwnershipStore: VersionedValue<DeclaredOwnership> = versionedValue(ISMS_RECORD_KEYS.controlOwnership, declaredOwnershipSchema);

/** The programme the pages open on when none is named; undefined before the first plan. */
export async function readCurrentProgrammeId(): Promise<string | undefined> {
  return (await currentProgrammeStore.read())?.value.programmeId;
}

/** Undefined when the programme has no header (never planned, or a plan that did not finish writing). */
export async function readProgramme(programmeId: string): Promise<StoredProgramme | undefined> {
  const header = await programmeHeaderStore(programmeId).read();
  if (header === undefined) return undefined;
  const audits = await Promise.all(
    header.value.auditIds.map(async (auditId) => {
      const record = await auditRecordStore(programmeId, auditId).read();
      // The header is written last, so this means the store was changed behind the app's back.
      if (record === undefined) throw new Error(`audit programme ${programmeId} names audit ${auditId}, which is not stored`);
      return record;
    }),
  );
  return { header, audits };
}

/**
 * Writes a whole programme: each audit record (unchanged ones are not rewritten), then the header, then the current
 * pointer. Safe to re-run after a failure part-way: the audits already written are recognised as unchanged.
 */
export async function writeProgramme(header: ProgrammeHeader, records: readonly AuditRecord[], meta: Omit<ChangeMeta, 'expectedVersion'>): Promise<StoredProgramme> {
  const audits: VersionedRecord<AuditRecord>[] = [];
  // A few at a time: fast enough for a 36-month programme, gentle enough on KVS rate limits.
  for (let start = 0; start < records.length; start += WRITE_CONCURRENCY) {
    const chunk = records.slice(start, start + WRITE_CONCURRENCY);
    audits.push(...(await Promise.all(chunk.map((record) => auditRecordStore(header.id, record.audit.id).write(record, meta)))));
  }
  const written = await programmeHeaderStore(header.id).write(header, meta);
  await currentProgrammeStore.write({ programmeId: header.id }, meta);
  return { header: written, audits };
}
