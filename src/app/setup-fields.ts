// Setup steps for the app's Forge fields: Jira creates them when the app is deployed; setup only finds their ids
// (one GET /field) by the `/static/<moduleKey>` ending of their schema.custom.
import { APP_FIELD_NAMES, CUSTOM_FIELD_KEYS, type CustomFieldKey } from '../adapters/jira/app-field-keys';
import { findAppFieldIds, type FieldSummary } from '../adapters/jira/list-fields';
import { describeJiraFailure } from './describe-jira-failure';
import type { SetupRun } from './setup-run';

export interface FieldPorts {
  readonly listFields: () => Promise<FieldSummary[]>;
  /** getAppContext().appAri.appId, to ignore another app's field with the same module key. */
  readonly appUuid: string | undefined;
}

export async function setUpFields(run: SetupRun, ports: FieldPorts): Promise<void> {
  let found: ReturnType<typeof findAppFieldIds>;
  try {
    found = findAppFieldIds(await ports.listFields(), ports.appUuid);
  } catch (error) {
    for (const key of CUSTOM_FIELD_KEYS) await run.failed(`Field "${APP_FIELD_NAMES[key]}"`, describeJiraFailure(error, 'permission to read fields'));
    return;
  }
  const fieldIds: Partial<Record<CustomFieldKey, string>> = {};
  const lines: { what: string; outcome: 'adopted' | 'failed'; detail: string; id?: string }[] = [];
  for (const key of CUSTOM_FIELD_KEYS) {
    const what = `Field "${APP_FIELD_NAMES[key]}"`;
    const id = found[key];
    if (id === undefined) {
      lines.push({ what, outcome: 'failed', detail: `Jira has no field for the app's "${key}" module yet. It appears when the app version declaring it is deployed and installed; then run setup again.` });
    } else {
      fieldIds[key] = id;
      lines.push({ what, outcome: 'adopted', detail: `Provided by the app as ${id}.`, id });
    }
  }
  const [first, ...rest] = lines;
  if (first === undefined) return;
  await run.record(first, { ...run.progress, fieldIds });
  for (const line of rest) await run.record(line);
}
