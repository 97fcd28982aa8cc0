// The monitoring checks Northwind worked before the demo's "today": 13 months of occurrences of every active (and the
// retired) item, nearly all done — a few late, reports mostly sent within the deadline — plus the exceptions the
// overdue gadget and the escalation chain exist for: one check overdue for each escalation level, one done check
// whose report is late, and one check in progress. The occurrence before a finding raised from a monitoring check
// is the one that found it (nonconforming, or partially conforming for an observation or OFI).
import type { LocalDate } from '../../../src/domain/local-date';
import { addDays, addMonths, daysBetween, maxLocalDate, minLocalDate } from '../../../src/domain/local-date';
import type { CheckOutcome } from '../../../src/domain/monitoring-check';
import type { ActiveMonitoringItem, MonitoringItem, RetiredMonitoringItem } from '../../../src/domain/monitoring-item';
import { occurrencesBetween } from '../../../src/domain/recurrence';
import type { DemoFinding } from './replay-findings';

export const CHECK_HISTORY_MONTHS = 13;

export type CheckFate =
  | { readonly is: 'open' }
  | { readonly is: 'in_progress' }
  | { readonly is: 'done'; readonly completedOn: LocalDate; readonly outcome: CheckOutcome; readonly findingsSummary: string; readonly recommendations: string; readonly reportSentOn: LocalDate | null };

export interface DemoCheck {
  readonly item: ActiveMonitoringItem | RetiredMonitoringItem;
  readonly dueOn: LocalDate;
  readonly fate: CheckFate;
}

/** Days overdue (inclusive bands) of the checks left open: one each for the owner, ISMS manager and steering committee. */
const OVERDUE_BANDS: readonly (readonly [number, number])[] = [[11, 25], [3, 9], [1, 2]];
const LATE_REPORT_BAND = [8, 20] as const;

/** Deterministic spread in [0, 1000) from an occurrence, so every seed tells the same story. */
function spread(key: string): number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (hash >>> 0) % 1000;
}

function occurrencesOf(item: ActiveMonitoringItem | RetiredMonitoringItem, today: LocalDate): LocalDate[] {
  if (item.activeFrom === null) return []; // retired as a draft: it never had checks
  const from = maxLocalDate(item.activeFrom, addMonths(today, -CHECK_HISTORY_MONTHS));
  const until = item.status === 'retired' ? minLocalDate(item.retiredOn, today) : addDays(today, item.leadTimeDays + 1);
  return occurrencesBetween(item.recurrence, from, until);
}

/** Item id → the day of each finding a check of it found (the check due last on or before that day). */
function findingsByItem(findings: readonly DemoFinding[]): Map<string, DemoFinding[]> {
  const byItem = new Map<string, DemoFinding[]>();
  for (const record of findings) {
    const { source, sourceRef } = record.finding;
    if (source !== 'monitoring_check' || sourceRef === null) continue;
    const itemId = sourceRef.split('@')[0] ?? sourceRef;
    byItem.set(itemId, [...(byItem.get(itemId) ?? []), record]);
  }
  return byItem;
}

function doneFate(key: string, dueOn: LocalDate, today: LocalDate, found: DemoFinding | undefined, reportSent: boolean): CheckFate {
  const roll = spread(key);
  const completedOn = minLocalDate(addDays(dueOn, roll % 7 === 0 ? 2 : 0), addDays(today, -1));
  const sentOn = addDays(completedOn, roll % 9 === 0 ? 6 : 1);
  const reportSentOn = reportSent && sentOn < today ? sentOn : null;
  if (found !== undefined) {
    const nonconformity = found.finding.kind === 'major_nonconformity' || found.finding.kind === 'minor_nonconformity';
    return { is: 'done', completedOn, outcome: nonconformity ? 'nonconforming' : 'partially_conforming', findingsSummary: found.finding.title, recommendations: `Raised as ${found.finding.id}.`, reportSentOn };
  }
  if (roll % 13 === 0) {
    return { is: 'done', completedOn, outcome: 'partially_conforming', findingsSummary: 'Minor gaps, corrected on the spot by the owner.', recommendations: 'Re-check at the next occurrence.', reportSentOn };
  }
  return { is: 'done', completedOn, outcome: 'conforming', findingsSummary: 'No exceptions found.', recommendations: '', reportSentOn };
}

export function demoCheckHistory(items: readonly MonitoringItem[], findings: readonly DemoFinding[], today: LocalDate): DemoCheck[] {
  const worked = items.filter((item): item is ActiveMonitoringItem | RetiredMonitoringItem => item.status !== 'draft');
  const all = worked.flatMap((item) => occurrencesOf(item, today).map((dueOn) => ({ item, dueOn })));
  const past = all.filter((check) => check.dueOn < today);
  const taken = new Set<string>();
  const pick = ([from, to]: readonly [number, number]): string | undefined => {
    const candidate = past.find(({ item, dueOn }) => item.status === 'active' && !taken.has(item.id) && daysBetween(dueOn, today) >= from && daysBetween(dueOn, today) <= to);
    if (candidate === undefined) return undefined;
    taken.add(candidate.item.id);
    return `${candidate.item.id}@${candidate.dueOn}`;
  };
  const open = new Set(OVERDUE_BANDS.flatMap((band) => pick(band) ?? []));
  const lateReport = pick(LATE_REPORT_BAND);
  const started = all.find(({ item, dueOn }) => item.status === 'active' && !taken.has(item.id) && dueOn >= today);
  const foundBy = findingsByItem(findings);
  const checks: DemoCheck[] = [];
  for (const { item, dueOn } of all) {
    const key = `${item.id}@${dueOn}`;
    if (started !== undefined && started.item.id === item.id && started.dueOn === dueOn) checks.push({ item, dueOn, fate: { is: 'in_progress' } });
    if (dueOn >= today) continue; // upcoming checks are the daily sweep's to create
    if (open.has(key)) {
      checks.push({ item, dueOn, fate: { is: 'open' } });
      continue;
    }
    const next = all.find((other) => other.item.id === item.id && other.dueOn > dueOn)?.dueOn;
    const found = foundBy.get(item.id)?.find((record) => record.finding.raisedOn >= dueOn && (next === undefined || record.finding.raisedOn < next));
    checks.push({ item, dueOn, fate: doneFate(key, dueOn, today, found, key !== lateReport) });
  }
  return checks;
}
