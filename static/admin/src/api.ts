// Typed invoke wrappers for the admin page's resolver keys (src/resolvers/admin-resolver.ts).
import { z } from 'zod';

import { accessSettingsSchema, calendarSettingsSchema, escalationChainSchema } from '../../../src/contracts/admin-settings';
import type { AccessSettings, CalendarSettings, EscalationSettings } from '../../../src/contracts/admin-settings';
import { setupReportSchema } from '../../../src/contracts/setup-report';
import { invokeKey } from '../../shared/invoke';
import type { Answer } from '../../shared/invoke';

const appStatusSchema = z.object({
  setUp: z.boolean(),
  setupCompletedAt: z.string().nullable(),
  projectKeys: z.array(z.string()),
});
export type AppStatus = z.infer<typeof appStatusSchema>;

function settingViewSchema<S extends z.ZodType>(value: S) {
  return z.object({
    value,
    version: z.number(),
    changedAt: z.string().nullable(),
    changedBy: z.string().nullable(),
    recentChanges: z.array(z.object({ seq: z.number(), at: z.string(), by: z.string() }).loose()),
  });
}
export interface SettingView<T> {
  readonly value: T;
  readonly version: number;
  readonly changedAt: string | null;
  readonly changedBy: string | null;
  readonly recentChanges: readonly { readonly seq: number; readonly at: string; readonly by: string }[];
}

const adminSettingsSchema = z.object({
  calendar: settingViewSchema(calendarSettingsSchema),
  escalation: settingViewSchema(escalationChainSchema),
  access: settingViewSchema(accessSettingsSchema),
}).loose();
export type AdminSettings = z.infer<typeof adminSettingsSchema>;

export type SetupReport = z.infer<typeof setupReportSchema>;

/** What a save answers: the stored record; the page only needs its version and who/when. */
const savedSchema = z.object({ version: z.number() }).loose();

const webTriggerSchema = z.object({
  url: z.string(),
  secretConfigured: z.boolean(),
  rotatedAt: z.string().nullable(),
  rotatedBy: z.string().nullable(),
}).loose();
export type WebTriggerInfo = z.infer<typeof webTriggerSchema>;

const rotatedSchema = z.object({ secret: z.string(), rotatedAt: z.string(), rotatedBy: z.string(), url: z.string() });
export type RotatedSecret = z.infer<typeof rotatedSchema>;

const call = <S extends z.ZodType>(key: string, schema: S, payload: Readonly<Record<string, unknown>> = {}): Promise<Answer<z.infer<S>>> => invokeKey(key, schema, payload);

export const fetchAppStatus = () => call('admin/status', appStatusSchema);
export const fetchSetupReport = () => call('setup/report', setupReportSchema.nullable());
export const runSetup = () => call('setup/run', setupReportSchema);
export const fetchSettings = () => call('settings/get', adminSettingsSchema);
export const fetchWebTrigger = () => call('webtrigger/url', webTriggerSchema);
export const rotateSecret = () => call('webtrigger/rotate-secret', rotatedSchema);

export type SettingKind = 'calendar' | 'escalation' | 'access';
export interface SettingValues {
  readonly calendar: CalendarSettings;
  readonly escalation: EscalationSettings;
  readonly access: AccessSettings;
}

export const saveSetting = <K extends SettingKind>(kind: K, value: SettingValues[K], expectedVersion: number) =>
  call(`settings/${kind}/save`, savedSchema, { ...value, expectedVersion });
