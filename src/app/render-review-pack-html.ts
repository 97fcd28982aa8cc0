// The 9.3.2 inputs of a published review as HTML sections, one per input in the order of the standard. Pure; every
// piece of text goes through escapeHtml. A section whose input was missing says so instead of disappearing.
import type { ReviewPack } from '../domain/management-review/review-pack';
import type { PeriodTrend } from '../domain/management-review/period-trend';
import { escapeHtml as e } from './escape-html';

type Pack = ReviewPack;

const section = (id: string, heading: string, body: string): string => `<section id="${id}"><h2>${e(heading)}</h2>${body}</section>`;
const missing = (what: string): string => `<p class="missing">No data: ${e(what)} was not available when the pack was built.</p>`;
const table = (head: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  rows.length === 0
    ? '<p class="none">None.</p>'
    : `<table><thead><tr>${head.map((cell) => `<th>${e(cell)}</th>`).join('')}</tr></thead><tbody>${rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
const trend = (name: string, value: PeriodTrend): readonly string[] => [name, value.previous === null ? '—' : String(value.previous), value.latest === null ? '—' : String(value.latest), value.direction.replace('_', ' ')];
const TREND_HEAD = ['Measure', 'Previous period', 'Period under review', 'Trend'];

function previousActions(pack: Pack): string {
  const a = pack.previousActions;
  if (a === null) return missing('the status of previous actions');
  const rows = a.items.map((item) => [item.id, item.description, item.owner, item.dueDate, item.status.replace('_', ' ') + (item.overdue ? ' (overdue)' : '')]);
  return `<p>${a.items.length} action(s): ${a.byStatus.done} done, ${a.byStatus.in_progress} in progress, ${a.byStatus.open} open, ${a.byStatus.cancelled} cancelled; ${a.overdue} overdue.</p>${table(['Action', 'Description', 'Owner', 'Due', 'Status'], rows)}`;
}

function changes(pack: Pack, which: 'issueChanges' | 'interestedPartyChanges'): string {
  const c = pack[which];
  if (c === null) return missing(which === 'issueChanges' ? 'changes in external and internal issues' : 'changes in interested parties’ needs');
  const rows = which === 'issueChanges' ? (pack.issueChanges?.changes ?? []).map((x) => [x.origin, x.description]) : (pack.interestedPartyChanges?.changes ?? []).map((x) => [x.party, x.change]);
  const none = c.changes.length === 0 && c.noChangesConfirmed ? '<p>No changes in the period (confirmed).</p>' : '';
  return `${none}${c.changes.length === 0 ? '' : table(which === 'issueChanges' ? ['Origin', 'Change'] : ['Interested party', 'Change'], rows)}<p class="climate">${e(c.climateLine)}</p>`;
}

function performance(pack: Pack): string {
  const nc = pack.nonconformities;
  const m = pack.monitoring;
  const au = pack.audits;
  const o = pack.objectives;
  const parts = [
    '<h3>1) Nonconformities and corrective actions</h3>',
    nc === null ? missing('nonconformity data') : table(TREND_HEAD, [trend('Nonconformities opened', nc.nonconformitiesOpened), trend('Nonconformities closed', nc.nonconformitiesClosed), trend('Corrective actions opened', nc.correctiveActionsOpened), trend('Corrective actions closed', nc.correctiveActionsClosed), trend('Corrective actions overdue', nc.correctiveActionsOverdue)]),
    '<h3>2) Monitoring and measurement results</h3>',
    m === null ? missing('monitoring results') : `${table(['Period', 'Checks due', 'Done on time', 'On time %'], m.periods.map((p) => [p.period.label, p.checksDue, p.checksDoneOnTime, p.onTimePercent === null ? '—' : `${p.onTimePercent}%`]))}${table(['KPI', 'RAG', 'Trend', 'Stale'], m.kpis.map((k) => [k.name, k.rag, k.trend.replace('_', ' '), k.stale ? 'yes' : 'no']))}`,
    '<h3>3) Audit results</h3>',
    au === null ? missing('audit results') : table(['Period', 'Audits planned', 'Audits held', 'Major NC', 'Minor NC', 'Observations', 'OFIs'], au.periods.map((p) => [p.period.label, p.auditsPlanned, p.auditsHeld, p.findings.major_nonconformity ?? 0, p.findings.minor_nonconformity ?? 0, p.findings.observation ?? 0, p.findings.opportunity_for_improvement ?? 0])),
    '<h3>4) Fulfilment of information security objectives</h3>',
    o === null ? missing('security objectives') : table(['Objective', 'Target', 'Actual', 'Achieved'], o.objectives.map((x) => [x.title, x.target, x.actual ?? 'not measured', x.achieved === null ? 'not evaluated' : x.achieved ? 'yes' : 'no'])),
  ];
  return parts.join('');
}

function rest(pack: Pack): string {
  const f = pack.interestedPartyFeedback;
  const r = pack.risk;
  const g = pack.improvementOpportunities;
  return [
    section('input-e', 'e) Feedback from interested parties', f === null ? missing('feedback') : f.entries.length === 0 && f.noFeedbackConfirmed ? '<p>No feedback in the period (confirmed).</p>' : table(['Party', 'Feedback', 'Received'], f.entries.map((x) => [x.party, x.summary, x.receivedOn]))),
    section('input-f', 'f) Risk assessment and risk treatment plan', r === null ? missing('risk assessment results') : `<p>Assessed on ${e(r.assessedOn ?? 'never')}; ${r.risksAboveAcceptance} risk(s) above the acceptance criteria; treatment actions ${r.treatmentActionsCompleted}/${r.treatmentActionsTotal} completed${r.treatmentCompletedPercent === null ? '' : ` (${r.treatmentCompletedPercent}%)`}, ${r.treatmentActionsOverdue} overdue.</p>${table(['Level', 'Risks'], r.risksByLevel.map((x) => [x.level, x.count]))}`),
    section('input-g', 'g) Opportunities for continual improvement', g === null ? missing('improvement opportunities') : table(['Finding', 'Title', 'Raised'], g.open.map((x) => [x.findingId, x.title, x.raisedOn]))),
    section('resources', 'Adequacy of resources', pack.resources === null ? missing('the resource assessment') : `<p>${e(pack.resources.assessment.replace('_', ' '))}${pack.resources.note === '' ? '' : ` — ${e(pack.resources.note)}`}</p>`),
  ].join('');
}

export function renderPackSections(pack: Pack): string {
  const gaps = pack.missing.length === 0 ? '<p>Every input was available.</p>' : `<ul>${pack.missing.map((gap) => `<li>${e(gap.message)}</li>`).join('')}</ul>`;
  return [
    section('input-a', 'a) Status of actions from previous management reviews', previousActions(pack)),
    section('input-b', 'b) Changes in external and internal issues', changes(pack, 'issueChanges')),
    section('input-c', 'c) Changes in needs and expectations of interested parties', changes(pack, 'interestedPartyChanges')),
    section('input-d', 'd) Feedback on information security performance', performance(pack)),
    rest(pack),
    section('missing-inputs', `Inputs missing from the pack (${pack.missing.length})`, gaps),
  ].join('');
}
