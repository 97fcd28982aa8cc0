// Payloads of the admin page's resolver keys. Saves carry the whole setting plus, optionally, the version the page
// loaded (`expectedVersion`), so two admins editing at once cannot silently overwrite each other.
import { z } from 'zod';

import { accessSettingsSchema, calendarSettingsSchema, checkEscalationOrder, escalationChainSchema, setupSettingsSchema } from './admin-settings';

const expectedVersion = z.number({ error: 'expectedVersion must be a whole number' }).int({ error: 'expectedVersion must be a whole number' }).min(0).optional();

export const emptyPayloadSchema = z.object({}).strict();

export const saveCalendarPayloadSchema = calendarSettingsSchema.extend({ expectedVersion }).strict();
export type SaveCalendarPayload = z.infer<typeof saveCalendarPayloadSchema>;

export const saveEscalationPayloadSchema = escalationChainSchema.extend({ expectedVersion }).strict().superRefine(checkEscalationOrder);
export type SaveEscalationPayload = z.infer<typeof saveEscalationPayloadSchema>;

export const saveAccessPayloadSchema = accessSettingsSchema.extend({ expectedVersion }).strict();
export type SaveAccessPayload = z.infer<typeof saveAccessPayloadSchema>;

/** setup/run: any setup setting given here is saved (versioned) first, then setup runs with the result. */
export const runSetupPayloadSchema = setupSettingsSchema.partial().strict();
export type RunSetupPayload = z.infer<typeof runSetupPayloadSchema>;

/** Splits `expectedVersion` off a save payload, leaving the setting to store. */
export function withoutExpectedVersion<T extends { expectedVersion?: number | undefined }>(payload: T): { value: Omit<T, 'expectedVersion'>; expectedVersion: number | undefined } {
  const { expectedVersion: version, ...value } = payload;
  return { value, expectedVersion: version };
}
