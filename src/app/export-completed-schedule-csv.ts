// The completed monitoring schedule as CSV, for the external auditor (columns: SCHEDULE_CSV_HEADER).
import type { CsvExport } from '../contracts/csv-upload';
import { SCHEDULE_CSV_HEADER, scheduleCsvRow } from '../contracts/schedule-payloads';
import { formatCsv } from '../domain/csv/format-csv';
import { listCompletedSchedule, type CompletedScheduleRequest, type SchedulePorts } from './list-completed-schedule';

export async function exportCompletedScheduleCsv(ports: SchedulePorts, request: CompletedScheduleRequest): Promise<CsvExport & { readonly truncated: boolean }> {
  const schedule = await listCompletedSchedule(ports, request);
  const csv = formatCsv([SCHEDULE_CSV_HEADER, ...schedule.rows.map(scheduleCsvRow)]);
  return { filename: `completed-monitoring-schedule-${schedule.from}-to-${schedule.to}.csv`, csv, rows: schedule.rows.length, truncated: schedule.truncated };
}
