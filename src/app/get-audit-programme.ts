// Reads for the audits page: the programme view, what the cycle leaves uncovered, and the independence conflicts.
import { independenceConflicts, type IndependenceConflict } from '../domain/audit-programme/independence';
import { requireProgramme, type ProgrammeStorePorts } from './audit-programme-ports';
import { domainProgramme, toProgrammeView, uncoveredView, type ProgrammeView, type UncoveredView } from './audit-programme-view';

type ReadPorts = Pick<ProgrammeStorePorts, 'readCurrentProgrammeId' | 'readProgramme' | 'readOwnership'>;

/** Null before any programme is planned (the page offers to plan one); NOT_FOUND for an unknown named programme. */
export async function getAuditProgramme(ports: ReadPorts, programmeId: string | undefined): Promise<ProgrammeView | null> {
  if (programmeId === undefined && (await ports.readCurrentProgrammeId()) === undefined) return null;
  const stored = await requireProgramme(ports, programmeId);
  return toProgrammeView(stored, await ports.readOwnership());
}

export async function listUncoveredAreas(ports: ReadPorts, programmeId: string | undefined): Promise<UncoveredView & { readonly programmeId: string }> {
  const stored = await requireProgramme(ports, programmeId);
  return { programmeId: stored.header.value.id, ...uncoveredView(domainProgramme(stored)) };
}

export async function listIndependenceConflicts(
  ports: ReadPorts,
  programmeId: string | undefined,
): Promise<{ readonly programmeId: string; readonly conflicts: readonly IndependenceConflict[] }> {
  const stored = await requireProgramme(ports, programmeId);
  const conflicts = independenceConflicts(domainProgramme(stored).audits, await ports.readOwnership());
  return { programmeId: stored.header.value.id, conflicts };
}
