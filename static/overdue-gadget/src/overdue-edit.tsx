// The overdue gadget's settings: which kinds of late work, whether (and how far ahead) to list checks due soon,
// the grouping and how many items to show. Errors name the field, next to it.
import { useState } from 'react';
import { z } from 'zod';

import { DEFAULT_DUE_SOON_DAYS, DUE_SOON_HORIZON_DAYS, overdueGadgetConfigurationSchema } from '../../../src/contracts/gadget-configuration';
import { OVERDUE_REASONS } from '../../../src/domain/overdue-work';
import type { OverdueReason } from '../../../src/domain/overdue-work';
import { CheckboxGroup, EditForm, RadioGroup } from '../../shared/edit-form';
import type { CommonSettings } from '../../shared/edit-form';
import { GROUPINGS, REASON_LABEL, type GroupBy } from './overdue-groups';

/** The resolver's fields plus `groupBy` (adds grouping by age, which the resolver does not group by). */
export const savedSchema = overdueGadgetConfigurationSchema.extend({ groupBy: z.enum(GROUPINGS).optional() });
export type Saved = z.infer<typeof savedSchema>;

export function OverdueEdit({ saved, refresh }: { readonly saved: Saved; readonly refresh: number }) {
  const [common, setCommon] = useState<CommonSettings>({ project: saved.project ?? '', refresh });
  const [reasons, setReasons] = useState<OverdueReason[]>([...(saved.reasons ?? OVERDUE_REASONS)]);
  const [groupBy, setGroupBy] = useState<GroupBy>(saved.groupBy ?? saved.grouping ?? 'owner');
  const [limit, setLimit] = useState(String(saved.limit ?? 50));
  const [includeDueSoon, setIncludeDueSoon] = useState(saved.includeDueSoon ?? true);
  const [dueSoonDays, setDueSoonDays] = useState(String(saved.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS));
  const limitNumber = Number(limit);
  const daysNumber = Number(dueSoonDays);
  const limitProblem = !Number.isInteger(limitNumber) || limitNumber < 1 || limitNumber > 200 ? 'Show at most: enter a whole number from 1 to 200.' : null;
  const daysProblem = includeDueSoon && (!Number.isInteger(daysNumber) || daysNumber < 1 || daysNumber > DUE_SOON_HORIZON_DAYS)
    ? `Due within: enter a whole number of days from 1 to ${DUE_SOON_HORIZON_DAYS}.` : null;
  const problem = reasons.length === 0 ? 'Include at least one kind of late work.' : limitProblem ?? daysProblem;
  return (
    <EditForm title="ISMS overdue work" common={common} onCommon={setCommon}
      toSave={problem ?? { reasons, groupBy, ...(groupBy === 'age' ? {} : { grouping: groupBy }), limit: limitNumber, includeDueSoon, ...(includeDueSoon ? { dueSoonDays: daysNumber } : {}) }}>
      <CheckboxGroup legend="Include" name="reasons" selected={reasons} onChange={setReasons}
        options={OVERDUE_REASONS.map((reason) => ({ value: reason, label: REASON_LABEL[reason] }))} />
      <fieldset className="c9-field">
        <legend>Coming up</legend>
        <label className="c9-check">
          <input type="checkbox" name="includeDueSoon" checked={includeDueSoon} onChange={(event) => { setIncludeDueSoon(event.target.checked); }} /> Monitoring checks due soon
        </label>
        <label htmlFor="c9-due-soon-days">Due within (days)</label>
        <input id="c9-due-soon-days" type="number" min={1} max={DUE_SOON_HORIZON_DAYS} value={dueSoonDays} disabled={!includeDueSoon}
          aria-invalid={daysProblem !== null} aria-describedby={daysProblem === null ? undefined : 'c9-due-soon-days-error'}
          onChange={(event) => { setDueSoonDays(event.target.value); }} />
        {daysProblem !== null && <span className="c9-field-error" id="c9-due-soon-days-error">{daysProblem}</span>}
      </fieldset>
      <RadioGroup legend="Group by" name="groupBy" value={groupBy} onChange={setGroupBy}
        options={[{ value: 'owner', label: 'Owner' }, { value: 'age', label: 'Age' }, { value: 'reason', label: 'Kind of late work' }, { value: 'level', label: 'Escalation level' }]} />
      <div className="c9-field">
        <label htmlFor="c9-limit">Show at most</label>
        <input id="c9-limit" type="number" min={1} max={200} value={limit} aria-invalid={limitProblem !== null}
          aria-describedby={limitProblem === null ? undefined : 'c9-limit-error'} onChange={(event) => { setLimit(event.target.value); }} />
        {limitProblem !== null && <span className="c9-field-error" id="c9-limit-error">{limitProblem}</span>}
      </div>
    </EditForm>
  );
}
