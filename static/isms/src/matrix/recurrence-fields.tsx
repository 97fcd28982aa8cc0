// The "When" part of the item editor: start date, frequency, interval, which day, and when the series ends.
import { FieldMessage, invalidAttributes } from './form-errors';
import type { FieldErrors } from './form-errors';
import { SelectField, TextField } from './form-fields';
import { isMonthBased } from './item-draft';
import type { EndsKind, ItemDraft, MonthDayKind } from './item-draft';
import { FREQUENCY_OPTIONS, WEEKDAY_OPTIONS } from './vocabulary-options';

const RULE = 'definition.recurrence.rule';
const ENDS = 'definition.recurrence.ends';
const UNIT = { daily: 'days', weekly: 'weeks', monthly: 'months', quarterly: 'quarters', semi_annual: 'half-years', annual: 'years' } as const;

const WEEK_OPTIONS = [{ value: '1', label: '1st' }, { value: '2', label: '2nd' }, { value: '3', label: '3rd' }, { value: '4', label: '4th' }, { value: 'last', label: 'Last' }] as const;
const MONTH_DAY_OPTIONS: readonly { readonly value: MonthDayKind; readonly label: string }[] = [
  { value: 'day_of_month', label: 'On a day of the month' },
  { value: 'weekday_of_month', label: 'On a weekday of the month' },
];
const ENDS_OPTIONS: readonly { readonly value: EndsKind; readonly label: string }[] = [
  { value: 'never', label: 'Never' }, { value: 'on_date', label: 'On a date' }, { value: 'after_count', label: 'After a number of checks' },
];

export function RecurrenceFields({ draft, errors, change }: {
  readonly draft: ItemDraft;
  readonly errors: FieldErrors;
  readonly change: (patch: Partial<ItemDraft>) => void;
}) {
  const monthBased = isMonthBased(draft.frequency);
  return (
    <fieldset className="c9-form-section">
      <legend>When</legend>
      <div className="c9-form-grid">
        <TextField label="Starts on" field="definition.recurrence.startsOn" type="date" errors={errors} value={draft.startsOn} onChange={(startsOn) => { change({ startsOn }); }}
          hint={draft.frequency === 'annual' ? 'Annual checks fall in this date’s month.' : undefined} />
        <SelectField label="Frequency" field={`${RULE}.frequency`} errors={errors} value={draft.frequency} options={FREQUENCY_OPTIONS} onChange={(frequency) => { change({ frequency }); }} />
        <TextField label={`Every how many ${UNIT[draft.frequency]}`} field={`${RULE}.interval`} type="number" errors={errors} value={draft.interval} onChange={(interval) => { change({ interval }); }} />
        {draft.frequency === 'weekly' && <WeekdayChoice draft={draft} errors={errors} change={change} />}
        {monthBased && (
          <SelectField label="Which day" field={`${RULE}.on.kind`} errors={errors} value={draft.monthDayKind} options={MONTH_DAY_OPTIONS} onChange={(monthDayKind) => { change({ monthDayKind }); }} />
        )}
        {monthBased && draft.monthDayKind === 'day_of_month' && (
          <TextField label="Day of the month" field={`${RULE}.on.day`} type="number" errors={errors} value={draft.dayOfMonth} onChange={(dayOfMonth) => { change({ dayOfMonth }); }}
            hint="1–31; 31 means the last day of shorter months." />
        )}
        {monthBased && draft.monthDayKind === 'weekday_of_month' && (
          <>
            <SelectField label="Week of the month" field={`${RULE}.on.week`} errors={errors} value={draft.weekOfMonth} options={WEEK_OPTIONS} onChange={(weekOfMonth) => { change({ weekOfMonth }); }} />
            <SelectField label="Weekday" field={`${RULE}.on.weekday`} errors={errors} value={draft.weekday} options={WEEKDAY_OPTIONS} onChange={(weekday) => { change({ weekday }); }} />
          </>
        )}
        <SelectField label="Ends" field={`${ENDS}.kind`} errors={errors} value={draft.endsKind} options={ENDS_OPTIONS} onChange={(endsKind) => { change({ endsKind }); }} />
        {draft.endsKind === 'on_date' && <TextField label="Last date" field={`${ENDS}.until`} type="date" errors={errors} value={draft.endsOn} onChange={(endsOn) => { change({ endsOn }); }} />}
        {draft.endsKind === 'after_count' && <TextField label="Number of checks" field={`${ENDS}.count`} type="number" errors={errors} value={draft.endsCount} onChange={(endsCount) => { change({ endsCount }); }} />}
      </div>
    </fieldset>
  );
}

function WeekdayChoice({ draft, errors, change }: { readonly draft: ItemDraft; readonly errors: FieldErrors; readonly change: (patch: Partial<ItemDraft>) => void }) {
  const field = `${RULE}.weekdays`;
  const toggle = (day: number, on: boolean) => { change({ weekdays: on ? [...draft.weekdays, day] : draft.weekdays.filter((each) => each !== day) }); };
  return (
    <fieldset className="c9-field" {...invalidAttributes(errors, field)}>
      <legend>On</legend>
      <div className="c9-inline">
        {WEEKDAY_OPTIONS.map((option) => (
          <label key={option.value} className="c9-check">
            <input type="checkbox" checked={draft.weekdays.includes(Number(option.value))} onChange={(event) => { toggle(Number(option.value), event.target.checked); }} />
            {option.label.slice(0, 3)}
          </label>
        ))}
      </div>
      <FieldMessage errors={errors} field={field} />
    </fieldset>
  );
}
