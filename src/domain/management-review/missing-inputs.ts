// Which review inputs the pack cannot present: no data at all, an empty list nobody confirmed, or an answer that
// is still "not assessed". One message per gap, naming the input and the clause that asks for it.
import type { ClimateRelevance } from './climate-relevance';
import { PACK_INPUTS, type MissingInput, type PackInput } from './review-pack';
import type { ChangesInput, ReviewPackInputs } from './review-pack-inputs';

function gap(input: PackInput, detail: string): MissingInput {
  const { clause, label } = PACK_INPUTS[input];
  return { input, clause, message: `${clause} ${label}: ${detail}` };
}

const NO_DATA = 'no data supplied';

function changesGaps(input: 'issueChanges' | 'interestedPartyChanges', changes: ChangesInput<unknown> | undefined, subject: string): MissingInput[] {
  if (changes === undefined) return [gap(input, NO_DATA)];
  const found: MissingInput[] = [];
  if (changes.changes.length === 0 && !changes.noChangesConfirmed) found.push(gap(input, 'no changes recorded; record them or confirm there were none'));
  if (isUnassessed(changes.climate)) found.push(gap(input, `whether climate change is a relevant ${subject} is not assessed (ISO/IEC 27001:2022/Amd 1:2024)`));
  return found;
}

function isUnassessed(climate: ClimateRelevance): boolean {
  return climate.relevant === 'not_assessed';
}

export function missingInputs(inputs: ReviewPackInputs): MissingInput[] {
  const found: MissingInput[] = [];
  if (inputs.previousActions === undefined) found.push(gap('previousActions', NO_DATA));
  found.push(...changesGaps('issueChanges', inputs.issueChanges, 'issue'));
  found.push(...changesGaps('interestedPartyChanges', inputs.interestedPartyChanges, 'requirement of interested parties'));
  if (inputs.nonconformities === undefined || inputs.nonconformities.length === 0) found.push(gap('nonconformities', NO_DATA));
  if (inputs.monitoring === undefined || inputs.monitoring.periods.length === 0) found.push(gap('monitoring', 'no monitoring results supplied'));
  for (const kpi of inputs.monitoring?.kpis ?? []) {
    if (kpi.rag === 'no_data') found.push(gap('monitoring', `KPI "${kpi.name}" has no measurement to evaluate`));
  }
  if (inputs.audits === undefined || inputs.audits.length === 0) found.push(gap('audits', NO_DATA));
  if (inputs.objectives === undefined || inputs.objectives.length === 0) found.push(gap('objectives', 'no information security objectives supplied (6.2)'));
  for (const objective of inputs.objectives ?? []) {
    if (objective.actual === null || objective.achieved === null) found.push(gap('objectives', `objective "${objective.title}" has not been measured and evaluated`));
  }
  const feedback = inputs.interestedPartyFeedback;
  if (feedback === undefined) found.push(gap('interestedPartyFeedback', NO_DATA));
  else if (feedback.entries.length === 0 && !feedback.noFeedbackConfirmed) found.push(gap('interestedPartyFeedback', 'no feedback recorded; record it or confirm there was none'));
  if (inputs.risk === undefined) found.push(gap('risk', NO_DATA));
  else if (inputs.risk.assessedOn === null) found.push(gap('risk', 'no risk assessment has been carried out (8.2)'));
  if (inputs.improvementOpportunities === undefined) found.push(gap('improvementOpportunities', NO_DATA));
  if (inputs.resources === undefined) found.push(gap('resources', NO_DATA));
  else if (inputs.resources.assessment === 'not_assessed') found.push(gap('resources', 'not assessed'));
  return found;
}
