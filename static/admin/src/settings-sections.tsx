// Sections 2–4 of the settings page: working-day calendar and report deadline, escalation chain, access.
import { useState } from 'react';

import type { AccessSettings, CalendarSettings, EscalationSettings } from '../../../src/contracts/admin-settings';
import { CheckboxGroup, RadioGroup } from '../../shared/edit-form';
import type { SettingView } from './api';
import { FieldError, invalidProps } from '../../shared/field-errors';
import type { SaveState } from '../../shared/field-errors';
import { SettingForm } from './setting-form';
import { PeoplePicker } from '../../shared/people-picker';
import { useDisplayNames } from '../../shared/people';

const WEEKDAYS = [
  { value: '1', label: 'Monday' }, { value: '2', label: 'Tuesday' }, { value: '3', label: 'Wednesday' }, { value: '4', label: 'Thursday' },
  { value: '5', label: 'Friday' }, { value: '6', label: 'Saturday' }, { value: '7', label: 'Sunday' },
] as const;
type Weekday = (typeof WEEKDAYS)[number]['value'];
type Holiday = CalendarSettings['calendar']['holidays'][number];

/** Whole numbers typed by the admin; anything else goes to the resolver as-is so its message names the field. */
const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

export function CalendarSection({ setting, justSaved, onSaved }: { readonly setting: SettingView<CalendarSettings>; readonly justSaved: boolean; readonly onSaved: () => void }) {
  const [save, setSave] = useState<SaveState>({ state: justSaved ? 'saved' : 'idle' });
  const [weekendDays, setWeekendDays] = useState<readonly number[]>(setting.value.calendar.weekendDays);
  const [holidays, setHolidays] = useState<readonly Holiday[]>(setting.value.calendar.holidays);
  const [newHoliday, setNewHoliday] = useState('');
  const [timeZone, setTimeZone] = useState(setting.value.calendar.timeZone);
  const [deadline, setDeadline] = useState(String(setting.value.reportDeadlineWorkingDays));
  const draft = {
    calendar: { weekendDays: [...weekendDays] as CalendarSettings['calendar']['weekendDays'], holidays: [...holidays], timeZone: timeZone.trim() },
    reportDeadlineWorkingDays: numberOf(deadline),
  };
  const addHoliday = () => {
    // The date input gives YYYY-MM-DD; the resolver checks it (calendar.holidays.N) like every other field.
    const day = newHoliday as Holiday;
    if (newHoliday === '' || holidays.includes(day)) return;
    setHolidays([...holidays, day].sort());
    setNewHoliday('');
  };

  return (
    <SettingForm kind="calendar" title="Working-day calendar and report deadline" setting={setting} draft={draft} save={save} setSave={setSave} onSaved={onSaved}
      fields={['calendar.weekendDays', 'calendar.holidays', 'calendar.timeZone', 'reportDeadlineWorkingDays', 'calendar']}>
      <div {...invalidProps(save, 'calendar.weekendDays')}>
        <CheckboxGroup<Weekday> legend="Weekend days (not working days)" name="weekendDays" options={WEEKDAYS}
          selected={weekendDays.map((day) => String(day) as Weekday)}
          onChange={(selected) => { setWeekendDays(selected.map(Number)); }} />
        <FieldError save={save} field="calendar.weekendDays" />
      </div>
      <fieldset className="c9-field">
        <legend>Public holidays</legend>
        {holidays.length === 0 ? <p className="c9-muted">No holidays: every weekday is a working day.</p> : (
          <ul className="c9-holidays" aria-label="Holidays" data-testid="holidays">
            {holidays.map((day) => (
              <li key={day} className="c9-inline">
                <span>{day}</span>
                <button type="button" className="c9-button" aria-label={`Remove holiday ${day}`} onClick={() => { setHolidays(holidays.filter((each) => each !== day)); }}>Remove</button>
              </li>
            ))}
          </ul>
        )}
        <div className="c9-inline">
          <label htmlFor="c9-new-holiday" className="c9-visually-hidden">Holiday date to add</label>
          <input id="c9-new-holiday" type="date" value={newHoliday} onChange={(event) => { setNewHoliday(event.target.value); }}
            onKeyDown={(event) => { if (event.key === 'Enter') { event.preventDefault(); addHoliday(); } }} />
          <button type="button" className="c9-button" onClick={addHoliday} disabled={newHoliday === ''}>Add holiday</button>
        </div>
        <FieldError save={save} field="calendar.holidays" />
      </fieldset>
      <div className="c9-field">
        <label htmlFor="c9-time-zone">Time zone</label>
        <input id="c9-time-zone" type="text" value={timeZone} placeholder="Europe/Amsterdam" autoComplete="off"
          onChange={(event) => { setTimeZone(event.target.value); }} {...invalidProps(save, 'calendar.timeZone')} />
        <span className="c9-muted">An IANA time zone; working days and due dates are counted in it.</span>
        <FieldError save={save} field="calendar.timeZone" />
      </div>
      <div className="c9-field">
        <label htmlFor="c9-report-deadline">Working days before a monitoring report is due</label>
        <input id="c9-report-deadline" type="number" inputMode="numeric" value={deadline}
          onChange={(event) => { setDeadline(event.target.value); }} {...invalidProps(save, 'reportDeadlineWorkingDays')} />
        <span className="c9-muted">1 to 30 working days after the measurement.</span>
        <FieldError save={save} field="reportDeadlineWorkingDays" />
      </div>
    </SettingForm>
  );
}

function DaysInput({ id, label, value, onChange, save, field }: {
  readonly id: string; readonly label: string; readonly value: string; readonly onChange: (value: string) => void; readonly save: SaveState; readonly field: string;
}) {
  return (
    <div className="c9-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" value={value} onChange={(event) => { onChange(event.target.value); }} {...invalidProps(save, field)} />
      <FieldError save={save} field={field} />
    </div>
  );
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

export function EscalationSection({ setting, justSaved, onSaved }: { readonly setting: SettingView<EscalationSettings>; readonly justSaved: boolean; readonly onSaved: () => void }) {
  const [save, setSave] = useState<SaveState>({ state: justSaved ? 'saved' : 'idle' });
  const value = setting.value;
  const [ownerDays, setOwnerDays] = useState(String(value.owner.afterDaysOverdue));
  const [managerDays, setManagerDays] = useState(String(value.ismsManager.afterDaysOverdue));
  const [manager, setManager] = useState<string | null>(value.ismsManager.accountId);
  const [members, setMembers] = useState<readonly string[]>(value.steeringCommittee.accountIds);
  const names = useDisplayNames([...(manager === null ? [] : [manager]), ...members]);
  const [committeeDays, setCommitteeDays] = useState(String(value.steeringCommittee.afterDaysOverdue));
  const [group, setGroup] = useState(value.steeringCommittee.groupName ?? '');
  const draft: EscalationSettings = {
    owner: { afterDaysOverdue: numberOf(ownerDays) },
    ismsManager: { accountId: manager, afterDaysOverdue: numberOf(managerDays) },
    steeringCommittee: { groupName: orNull(group), accountIds: [...members], afterDaysOverdue: numberOf(committeeDays) },
  };
  return (
    <SettingForm kind="escalation" title="Escalation chain" setting={setting} draft={draft} save={save} setSave={setSave} onSaved={onSaved}
      fields={['owner.afterDaysOverdue', 'ismsManager.afterDaysOverdue', 'ismsManager.accountId', 'steeringCommittee.afterDaysOverdue', 'steeringCommittee.groupName', 'steeringCommittee.accountIds']}>
      <p className="c9-muted">Overdue work goes to its owner, then the ISMS manager, then the steering committee, each this many days after the due date.</p>
      <DaysInput id="c9-owner-days" label="Owner: days overdue" value={ownerDays} onChange={setOwnerDays} save={save} field="owner.afterDaysOverdue" />
      <DaysInput id="c9-manager-days" label="ISMS manager: days overdue" value={managerDays} onChange={setManagerDays} save={save} field="ismsManager.afterDaysOverdue" />
      <PeoplePicker label="ISMS manager" hint="Leave empty to skip this level." single selected={manager === null ? [] : [manager]} names={names}
        onChange={(chosen) => { setManager(chosen[0] ?? null); }} save={save} field="ismsManager.accountId" testId="escalation-manager" />
      <DaysInput id="c9-committee-days" label="Steering committee: days overdue" value={committeeDays} onChange={setCommitteeDays} save={save} field="steeringCommittee.afterDaysOverdue" />
      <div className="c9-field">
        <label htmlFor="c9-committee-group">Steering committee Jira group</label>
        <input id="c9-committee-group" type="text" value={group} autoComplete="off" onChange={(event) => { setGroup(event.target.value); }} {...invalidProps(save, 'steeringCommittee.groupName')} />
        <span className="c9-muted">Must be an existing Jira group. Leave empty for none.</span>
        <FieldError save={save} field="steeringCommittee.groupName" />
      </div>
      <PeoplePicker label="Steering committee: people besides the group" hint="Escalations notify them as well as the group's members." selected={members} names={names}
        onChange={setMembers} save={save} field="steeringCommittee.accountIds" testId="escalation-committee-people" />
    </SettingForm>
  );
}

type AccessMode = 'group' | 'projectAdmins';

export function AccessSection({ setting, justSaved, onSaved }: { readonly setting: SettingView<AccessSettings>; readonly justSaved: boolean; readonly onSaved: () => void }) {
  const [save, setSave] = useState<SaveState>({ state: justSaved ? 'saved' : 'idle' });
  const [mode, setMode] = useState<AccessMode>(setting.value.ismsGroup === null ? 'projectAdmins' : 'group');
  const [group, setGroup] = useState(setting.value.ismsGroup ?? '');
  const draft: AccessSettings = { ismsGroup: mode === 'projectAdmins' ? null : group.trim() };
  return (
    <SettingForm kind="access" title="Access" setting={setting} draft={draft} save={save} setSave={setSave} onSaved={onSaved} fields={['ismsGroup']}>
      <RadioGroup<AccessMode> legend="Who counts as an ISMS manager" name="accessMode" value={mode} onChange={setMode}
        options={[{ value: 'projectAdmins', label: 'Administrators of the ISMS project' }, { value: 'group', label: 'Members of a Jira group' }]} />
      {mode === 'group' && (
        <div className="c9-field">
          <label htmlFor="c9-isms-group">ISMS group</label>
          <input id="c9-isms-group" type="text" value={group} autoComplete="off" onChange={(event) => { setGroup(event.target.value); }} {...invalidProps(save, 'ismsGroup')} />
          <FieldError save={save} field="ismsGroup" />
        </div>
      )}
    </SettingForm>
  );
}
