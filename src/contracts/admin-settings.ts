// The admin page's settings, shared with static/admin: what each save payload may hold (messages name the field),
// and the defaults in force until an admin saves something.
import { z } from 'zod';

import { accountIdSchema, hasNoDuplicates, requiredTextSchema, wholeNumberSchema } from '../domain/field-schemas';
import { DEFAULT_REPORT_WORKING_DAYS, workingDayCalendarSchema } from '../domain/working-days';

export const calendarSettingsSchema = z.object({
  calendar: workingDayCalendarSchema,
  /** A monitoring report must reach the steering committee within this many working days of the measurement. */
  reportDeadlineWorkingDays: wholeNumberSchema('reportDeadlineWorkingDays', 1, 30),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

const daysOverdue = (level: string) => wholeNumberSchema(`${level}.afterDaysOverdue`, 0, 365);

/** Owner → ISMS manager → steering committee; each level starts this many days after the due date. */
export const escalationChainSchema = z.object({
  owner: z.object({ afterDaysOverdue: daysOverdue('owner') }),
  ismsManager: z.object({ accountId: accountIdSchema('ismsManager.accountId').nullable(), afterDaysOverdue: daysOverdue('ismsManager') }),
  steeringCommittee: z.object({
    groupName: requiredTextSchema('steeringCommittee.groupName', 255).nullable(),
    accountIds: z
      .array(accountIdSchema('steeringCommittee.accountIds'), { error: 'steeringCommittee.accountIds must be a list of account ids' })
      .max(50, { error: 'steeringCommittee.accountIds must hold at most 50 people' })
      .refine(hasNoDuplicates, { error: 'steeringCommittee.accountIds must not repeat a person' }),
    afterDaysOverdue: daysOverdue('steeringCommittee'),
  }),
});

/** Later levels never start before earlier ones. */
export function checkEscalationOrder(chain: z.infer<typeof escalationChainSchema>, ctx: z.RefinementCtx): void {
  if (chain.ismsManager.afterDaysOverdue < chain.owner.afterDaysOverdue) {
    ctx.addIssue({ code: 'custom', path: ['ismsManager', 'afterDaysOverdue'], message: 'ismsManager.afterDaysOverdue must not be before owner.afterDaysOverdue' });
  }
  if (chain.steeringCommittee.afterDaysOverdue < chain.ismsManager.afterDaysOverdue) {
    ctx.addIssue({
      code: 'custom',
      path: ['steeringCommittee', 'afterDaysOverdue'],
      message: 'steeringCommittee.afterDaysOverdue must not be before ismsManager.afterDaysOverdue',
    });
  }
}

export const escalationSettingsSchema = escalationChainSchema.superRefine(checkEscalationOrder);
export type EscalationSettings = z.infer<typeof escalationSettingsSchema>;

/** Who counts as an ISMS manager: members of this Jira group, or (null) the ISMS project's administrators. */
export const accessSettingsSchema = z.object({ ismsGroup: requiredTextSchema('ismsGroup', 255).nullable() });
export type AccessSettings = z.infer<typeof accessSettingsSchema>;

const issueTypeName = (role: string) => requiredTextSchema(`issueTypeNames.${role}`, 60);

/** What setup creates or adopts: the ISMS project and the names of the app's issue types. */
export const setupSettingsSchema = z.object({
  projectKey: z.string({ error: 'projectKey must be text' }).regex(/^[A-Z][A-Z0-9_]{1,9}$/, {
    error: 'projectKey must be 2 to 10 characters: an uppercase letter, then uppercase letters, digits or _',
  }),
  projectName: requiredTextSchema('projectName', 80),
  projectTypeKey: z.enum(['business', 'software'], { error: "projectTypeKey must be 'business' or 'software'" }),
  issueTypeNames: z
    .object({
      monitoringCheck: issueTypeName('monitoringCheck'),
      finding: issueTypeName('finding'),
      correctiveAction: issueTypeName('correctiveAction'),
      internalAudit: issueTypeName('internalAudit'),
      managementReview: issueTypeName('managementReview'),
      reviewAction: issueTypeName('reviewAction'),
    })
    .refine((names) => hasNoDuplicates(Object.values(names).map((name) => name.toLowerCase())), { error: 'issueTypeNames must all differ' }),
});
export type SetupSettings = z.infer<typeof setupSettingsSchema>;

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  calendar: { weekendDays: [6, 7], holidays: [], timeZone: 'UTC' },
  reportDeadlineWorkingDays: DEFAULT_REPORT_WORKING_DAYS,
};

export const DEFAULT_ESCALATION_SETTINGS: EscalationSettings = {
  owner: { afterDaysOverdue: 0 },
  ismsManager: { accountId: null, afterDaysOverdue: 5 },
  steeringCommittee: { groupName: null, accountIds: [], afterDaysOverdue: 10 },
};

export const DEFAULT_ACCESS_SETTINGS: AccessSettings = { ismsGroup: null };

export const DEFAULT_SETUP_SETTINGS: SetupSettings = {
  projectKey: 'ISMS',
  projectName: 'Information Security Management',
  projectTypeKey: 'business',
  issueTypeNames: {
    monitoringCheck: 'Monitoring check',
    finding: 'Finding',
    correctiveAction: 'Corrective action',
    internalAudit: 'Internal audit',
    managementReview: 'Management review',
    reviewAction: 'Review action',
  },
};

/** One setting as the admin page shows it: the value in force, its version (0 = default) and the last change. */
export interface SettingView<T> {
  readonly value: T;
  readonly version: number;
  readonly changedAt: string | null;
  readonly changedBy: string | null;
  readonly recentChanges: readonly { readonly seq: number; readonly at: string; readonly by: string; readonly before: T | null; readonly after: T }[];
}

export interface AdminSettings {
  readonly calendar: SettingView<CalendarSettings>;
  readonly escalation: SettingView<EscalationSettings>;
  readonly access: SettingView<AccessSettings>;
  readonly setup: SettingView<SetupSettings>;
}
