// Findings and corrective actions (10.2) into the app, two ways:
// - the recent ones (raised in the last RECENT_DAYS, still early in the loop) are WALKED through the finding
//   panel's resolver as the people in the story: `findings/raise` as the auditor or control owner who found it,
//   then `finding/contain` and `finding/root-cause` as whoever did them, with the story's dates. The app stamps each
//   step with the time it runs, which for these is close to the truth;
// - the rest have months of history (a closed cycle, a reopened one, actions implemented and cancelled). Walking
//   them now would stamp every step "today", so they go through `findings/import` as the ISMS manager: the app's
//   import use case for findings that already have a history, which checks every record against the domain
//   schemas and writes the same issues, fields, properties, links and statuses the lifecycle writes.
import { z } from 'zod';

import type { Finding } from '../../../src/domain/finding';
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays } from '../../../src/domain/local-date';
import type { DemoCorrectiveAction, DemoFinding } from '../demo-organisation';
import { roleOf } from '../demo-people';
import { ANY_DATA } from './app-caller';
import type { AppCaller } from './app-caller';

export const FINDING_PANEL = 'clause9-finding-panel';
export const RECENT_DAYS = 14;
/** `findings/import` takes at most 100 findings per call. */
const IMPORT_CHUNK = 100;
const WALKABLE_INTENTS = new Set(['raise', 'recordContainment', 'recordRootCause']);

const raisedSchema = z.object({ issueKey: z.string(), revision: z.number() });

/** Raised recently and only contained / analysed since: its steps can be replayed through the panel now. */
export function isWalkable(record: DemoFinding, today: LocalDate): boolean {
  return record.finding.raisedOn >= addDays(today, -RECENT_DAYS) && record.history.every((entry) => WALKABLE_INTENTS.has(entry.intent));
}

/** The request id of a walked finding (the app derives the finding id `finding:<requestId>` from it). */
export const walkedRequestId = (findingId: string): string => `northwind-${findingId}`;

async function walk(app: AppCaller, record: DemoFinding): Promise<void> {
  const { finding } = record;
  const raiser = roleOf(finding.raisedBy);
  const { kind, source, sourceRef, references, title, description, raisedOn } = finding;
  const payload = { requestId: walkedRequestId(finding.id), kind, source, sourceRef, references: [...references], title, description, raisedOn };
  const raised = await app.call(raiser, FINDING_PANEL, 'findings/raise', payload, raisedSchema);
  let revision = raised.revision;
  for (const entry of record.history.slice(1)) {
    const step = stepPayload(finding, entry.intent);
    const request = { issueKey: raised.issueKey, expectedRevision: revision, ...step.payload };
    ({ revision } = await app.call(roleOf(entry.by), FINDING_PANEL, step.key, request, raisedSchema));
  }
}

function stepPayload(finding: Finding, intent: string): { key: string; payload: Record<string, unknown> } {
  if (intent === 'recordContainment' && 'containment' in finding) return { key: 'finding/contain', payload: { containment: finding.containment } };
  if (intent === 'recordRootCause' && 'rootCause' in finding) return { key: 'finding/root-cause', payload: { rootCause: finding.rootCause } };
  throw new Error(`finding ${finding.id}: step ${intent} cannot be walked by the seed`);
}

export async function importFindings(app: AppCaller, today: LocalDate, findings: readonly DemoFinding[], actions: readonly DemoCorrectiveAction[]): Promise<void> {
  const walked = findings.filter((record) => isWalkable(record, today));
  const imported = findings.filter((record) => !isWalkable(record, today));
  for (let start = 0; start < imported.length; start += IMPORT_CHUNK) {
    const chunk = imported.slice(start, start + IMPORT_CHUNK);
    const ids = new Set(chunk.map((record) => record.finding.id));
    const payload = { findings: chunk, correctiveActions: actions.filter((record) => ids.has(record.action.findingId)) };
    await app.call('ismsManager', FINDING_PANEL, 'findings/import', payload, ANY_DATA);
  }
  for (const record of walked) await walk(app, record);
}
