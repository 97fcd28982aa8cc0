// Automation action "Raise an ISMS finding" (`clause9-raise-finding`): e.g. when a check's outcome becomes
// Nonconforming. Kind and source take the key or the label people see ("Major nonconformity"); references are
// comma-separated. Without a requestId the id is derived from kind, source, reference and title, so a rule that
// fires twice for the same thing raises it once.
import { createHash } from 'node:crypto';

import { z } from 'zod';

import { requiredTextSchema } from '../domain/field-schemas';
import { FINDING_KIND_LABELS, FINDING_KINDS, FINDING_SOURCE_LABELS, FINDING_SOURCES, type FindingKind, type FindingSource } from '../domain/finding';
import { raiseFindingIssue } from '../app/raise-finding-issue';
import { requestIdSchema } from '../contracts/finding-payloads';
import { requireProjectMember } from '../resolvers/authorise';
import { openFindingSession } from '../resolvers/finding-session';
import { ismsSetup } from '../resolvers/isms-access';
import { automationAction, optionalInput } from './automation-action';

function labelled<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, field: string) {
  const rule = `${field} must be one of ${keys.map((key) => `"${labels[key]}"`).join(', ')} (or ${keys.join(', ')})`;
  return z.string({ error: rule }).transform((text, ctx): K => {
    const wanted = text.trim().toLowerCase();
    const found = keys.find((key) => key === wanted || labels[key].toLowerCase() === wanted);
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: rule });
      return z.NEVER;
    }
    return found;
  });
}

const inputSchema = z.object({
  kind: labelled<FindingKind>(FINDING_KINDS, FINDING_KIND_LABELS, 'kind'),
  source: labelled<FindingSource>(FINDING_SOURCES, FINDING_SOURCE_LABELS, 'source'),
  sourceRef: optionalInput(requiredTextSchema('sourceRef', 255)),
  references: optionalInput(z.string({ error: 'references must be comma-separated clause or control ids' })),
  title: requiredTextSchema('title', 255),
  description: requiredTextSchema('description', 8_000),
  requestId: optionalInput(requestIdSchema),
});

const outputSchema = z.object({ issueKey: z.string(), issueId: z.string(), findingId: z.string(), stage: z.string(), created: z.boolean() });

function derivedRequestId(input: z.infer<typeof inputSchema>): string {
  const basis = JSON.stringify([input.kind, input.source, input.sourceRef ?? null, input.title.trim().toLowerCase()]);
  return `auto-${createHash('sha256').update(basis).digest('hex').slice(0, 40)}`;
}

export const automationRaiseFinding = automationAction('Raise an ISMS finding', inputSchema, outputSchema, async (input, accountId) => {
  await requireProjectMember((await ismsSetup()).projectKey);
  const session = await openFindingSession(accountId);
  const references = (input.references ?? '').split(/[,;\s]+/).filter((reference) => reference !== '');
  const raised = await raiseFindingIssue(session.raisePorts, {
    requestId: input.requestId ?? derivedRequestId(input),
    at: session.clock.at,
    finding: {
      kind: input.kind,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      references,
      raisedBy: accountId,
      raisedOn: session.clock.today,
      title: input.title,
      description: input.description,
    },
  });
  return { issueKey: raised.issueKey, issueId: raised.issueId, findingId: raised.findingId, stage: raised.stage, created: raised.created };
});
