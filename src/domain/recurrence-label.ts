// A recurrence in words, for the matrix view, exports and the completed monitoring schedule
// ("Every 2 weeks on Mon, Thu from 2026-01-05, 10 times").
import { assertNever } from './domain-error';
import { toParts, type LocalDate, type Weekday } from './local-date';
import type { MonthBasedFrequency, MonthDayRule, Recurrence, RecurrenceEnd, RecurrenceRule } from './recurrence';

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = { 1: 'Mon', 2: 'Tue', 3: 'Wed', 4: 'Thu', 5: 'Fri', 6: 'Sat', 7: 'Sun' };
const LONG_WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  1: 'Monday', 2: 'Tuesday', 3: 'Wednesday', 4: 'Thursday', 5: 'Friday', 6: 'Saturday', 7: 'Sunday',
};
const ORDINALS = { 1: '1st', 2: '2nd', 3: '3rd', 4: '4th', last: 'last' } as const;
const MONTH_BASED: Readonly<Record<MonthBasedFrequency, { readonly once: string; readonly unit: string }>> = {
  monthly: { once: 'Monthly', unit: 'months' },
  quarterly: { once: 'Quarterly', unit: 'quarters' },
  semi_annual: { once: 'Semi-annually', unit: 'half-years' },
  annual: { once: 'Annually', unit: 'years' },
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `month` names the month for annual rules, whose month is the start's; other rules repeat within "the month". */
function describeMonthDay(on: MonthDayRule, month: string | null): string {
  switch (on.kind) {
    case 'day_of_month': {
      const day = month === null ? `on day ${on.day}` : `on ${on.day} ${month}`;
      return on.day > 28 ? `${day} (or the last day of shorter months)` : day;
    }
    case 'weekday_of_month':
      return `on the ${ORDINALS[on.week]} ${LONG_WEEKDAY_NAMES[on.weekday]} of ${month ?? 'the month'}`;
    default:
      return assertNever(on);
  }
}

function describeRule(rule: RecurrenceRule, startsOn: LocalDate): string {
  switch (rule.frequency) {
    case 'daily':
      return rule.interval === 1 ? 'Daily' : `Every ${rule.interval} days`;
    case 'weekly': {
      const days = [...rule.weekdays].sort((a, b) => a - b).map((weekday) => WEEKDAY_NAMES[weekday]).join(', ');
      return `${rule.interval === 1 ? 'Weekly' : `Every ${rule.interval} weeks`} on ${days}`;
    }
    case 'monthly':
    case 'quarterly':
    case 'semi_annual':
    case 'annual': {
      const names = MONTH_BASED[rule.frequency];
      const every = rule.interval === 1 ? names.once : `Every ${rule.interval} ${names.unit}`;
      const month = rule.frequency === 'annual' ? (MONTH_NAMES[toParts(startsOn).month - 1] ?? null) : null;
      return `${every} ${describeMonthDay(rule.on, month)}`;
    }
    default:
      return assertNever(rule);
  }
}

function describeEnd(ends: RecurrenceEnd): string {
  switch (ends.kind) {
    case 'never':
      return '';
    case 'on_date':
      return ` until ${ends.until}`;
    case 'after_count':
      return ends.count === 1 ? ', once' : `, ${ends.count} times`;
    default:
      return assertNever(ends);
  }
}

export function describeRecurrence(recurrence: Recurrence): string {
  return `${describeRule(recurrence.rule, recurrence.startsOn)} from ${recurrence.startsOn}${describeEnd(recurrence.ends)}`;
}
