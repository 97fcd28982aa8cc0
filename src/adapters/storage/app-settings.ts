// The app's settings in KVS, each under its own key and versioned (versioned-value.ts): the working-day calendar
// with the report deadline, the escalation chain, who counts as an ISMS manager, and what setup creates. Until an
// admin saves one, its default is in force (version 0).
import type { z } from 'zod';

import {
  accessSettingsSchema,
  calendarSettingsSchema,
  DEFAULT_ACCESS_SETTINGS,
  DEFAULT_CALENDAR_SETTINGS,
  DEFAULT_ESCALATION_SETTINGS,
  DEFAULT_SETUP_SETTINGS,
  escalationSettingsSchema,
  setupSettingsSchema,
  type AccessSettings,
  type AdminSettings,
  type CalendarSettings,
  type EscalationSettings,
  type SettingView,
  type SetupSettings,
} from '../../contracts/admin-settings';
import { STORAGE_KEYS } from './storage-keys';
import { versionedValue, type VersionedValue } from './versioned-value';

export interface Setting<T> {
  readonly store: VersionedValue<T>;
  readonly defaultValue: T;
}

function setting<T>(key: string, schema: z.ZodType<T>, defaultValue: T): Setting<T> {
  return { store: versionedValue(key, schema), defaultValue };
}

export const APP_SETTINGS = {
  calendar: setting<CalendarSettings>(STORAGE_KEYS.calendarSettings, calendarSettingsSchema, DEFAULT_CALENDAR_SETTINGS),
  escalation: setting<EscalationSettings>(STORAGE_KEYS.escalationSettings, escalationSettingsSchema, DEFAULT_ESCALATION_SETTINGS),
  access: setting<AccessSettings>(STORAGE_KEYS.accessSettings, accessSettingsSchema, DEFAULT_ACCESS_SETTINGS),
  setup: setting<SetupSettings>(STORAGE_KEYS.setupSettings, setupSettingsSchema, DEFAULT_SETUP_SETTINGS),
} as const;

export type SettingName = keyof typeof APP_SETTINGS;

/** The value in force: the stored one, else the default. */
export async function readSettingValue<T>(target: Setting<T>): Promise<T> {
  return (await target.store.read())?.value ?? target.defaultValue;
}

export const readCalendarSettings = (): Promise<CalendarSettings> => readSettingValue(APP_SETTINGS.calendar);
export const readEscalationSettings = (): Promise<EscalationSettings> => readSettingValue(APP_SETTINGS.escalation);
export const readAccessSettings = (): Promise<AccessSettings> => readSettingValue(APP_SETTINGS.access);
export const readSetupSettings = (): Promise<SetupSettings> => readSettingValue(APP_SETTINGS.setup);

export async function readSettingView<T>(target: Setting<T>, historyLimit = 10): Promise<SettingView<T>> {
  const [record, history] = await Promise.all([target.store.read(), target.store.history({ limit: historyLimit })]);
  return {
    value: record?.value ?? target.defaultValue,
    version: record?.version ?? 0,
    changedAt: record?.changedAt ?? null,
    changedBy: record?.changedBy ?? null,
    recentChanges: history.changes,
  };
}

export async function readAdminSettings(): Promise<AdminSettings> {
  const [calendar, escalation, access, setup] = await Promise.all([
    readSettingView(APP_SETTINGS.calendar),
    readSettingView(APP_SETTINGS.escalation),
    readSettingView(APP_SETTINGS.access),
    readSettingView(APP_SETTINGS.setup),
  ]);
  return { calendar, escalation, access, setup };
}
