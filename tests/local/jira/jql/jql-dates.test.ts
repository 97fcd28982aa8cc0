// Date functions and literals: Jira's increments (vectors from Jira's own date-function tests), week start,
// time zones and DST.
import { addToInstant, evaluateDateFunction, parseDateValue, type DateEnv } from '../../../../local/jira/jql/dates';
import { createZone } from '../../../../local/jira/jql/zone';
import { makeContext } from './fixture';
import { keySet, search } from './search';

function envAt(localIso: string, timeZone = 'Europe/Amsterdam', weekStartsOnSunday = false): DateEnv {
  const zone = createZone(timeZone);
  const [date = '', time = '00:00:00'] = localIso.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute, second] = time.split(':').map(Number);
  const now = zone.instant({
    year: year ?? 0,
    month: month ?? 1,
    day: day ?? 1,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: second ?? 0,
    millisecond: 0,
  });
  return { now, zone, weekStartsOnSunday };
}

function local(env: DateEnv, instant: number): string {
  const wall = env.zone.wallClock(instant);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${pad(wall.millisecond, 3)}`;
}

const call = (env: DateEnv, name: string, ...args: string[]) => local(env, evaluateDateFunction(name, args, env));

describe('date functions', () => {
  const july = envAt('2001-07-25 12:30:20');

  test.each([
    ['endOfDay', [], '2001-07-25 23:59:59.999'],
    ['endOfDay', ['-1'], '2001-07-24 23:59:59.999'],
    ['endOfDay', ['1'], '2001-07-26 23:59:59.999'],
    ['endOfDay', ['+10d'], '2001-08-04 23:59:59.999'],
    ['endOfDay', ['+3y'], '2004-07-25 23:59:59.999'],
    ['endOfDay', ['+3M'], '2001-10-25 23:59:59.999'],
    ['endOfDay', ['-3w'], '2001-07-04 23:59:59.999'],
    ['endOfDay', ['+3h'], '2001-07-26 02:59:59.999'],
    ['endOfDay', ['-3m'], '2001-07-25 23:56:59.999'],
    ['startOfDay', [], '2001-07-25 00:00:00.000'],
    ['startOfMonth', ['+14d'], '2001-07-15 00:00:00.000'],
    ['startOfMonth', ['-1'], '2001-06-01 00:00:00.000'],
    ['endOfMonth', ['+1M'], '2001-08-31 23:59:59.999'],
    ['startOfYear', [], '2001-01-01 00:00:00.000'],
    ['endOfYear', ['-1y'], '2000-12-31 23:59:59.999'],
    ['startOfWeek', [], '2001-07-23 00:00:00.000'],
    ['endOfWeek', [], '2001-07-29 23:59:59.999'],
    ['now', [], '2001-07-25 12:30:20.000'],
  ] as const)('%s(%j) on Wed 2001-07-25 12:30:20', (name, args, expected) => {
    expect(call(july, name, ...args)).toBe(expected);
  });

  test.each([
    ['2014-12-15', '+1M', false, '2015-01-12'],
    ['2014-12-19', '+1M', false, '2015-01-19'],
    ['2014-12-16', '-1M', false, '2014-11-10'],
    ['2014-12-16', '-1M', true, '2014-11-16'],
    ['2014-12-18', '+1M', true, '2015-01-18'],
  ] as const)('startOfWeek(%s, %s), Sunday start %s → %s (Jira test vectors)', (date, increment, sunday, expected) => {
    const env = envAt(`${date} 12:00:00`, 'Europe/Amsterdam', sunday);
    expect(call(env, 'startOfWeek', increment)).toBe(`${expected} 00:00:00.000`);
  });

  test('startOfDay in a DST transition day and calendar days across it', () => {
    const env = envAt('2026-10-25 15:00:00');
    expect(new Date(evaluateDateFunction('startOfDay', [], env)).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(local(env, addToInstant(env, env.now, -1, 'd'))).toBe('2026-10-24 15:00:00.000');
    expect(env.now - addToInstant(env, env.now, -1, 'd')).toBe(25 * 3_600_000);
  });

  test('a wall-clock time in the spring-forward gap resolves forward', () => {
    const zone = createZone('Europe/Amsterdam');
    const instant = zone.instant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 });
    expect(new Date(instant).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
});

describe('date literals and periods', () => {
  const env = envAt('2026-11-22 11:00:00');

  test.each([
    ['2026-01-31', '2026-01-31 00:00:00.000'],
    ['2026/01/31', '2026-01-31 00:00:00.000'],
    ['2026-1-5 14:00', '2026-01-05 14:00:00.000'],
    ['-1w', '2026-11-15 11:00:00.000'],
    ['2d', '2026-11-24 11:00:00.000'],
    ['-4h', '2026-11-22 07:00:00.000'],
    ['-30m', '2026-11-22 10:30:00.000'],
    ['-1M', '2026-10-22 11:00:00.000'],
    ['+1y', '2027-11-22 11:00:00.000'],
    ['-4w 2d', '2026-10-23 11:00:00.000'],
  ])('%s', (text, expected) => {
    const value = parseDateValue(text, env);
    expect(value === undefined ? undefined : local(env, value.instant)).toBe(expected);
  });

  test.each(['2026-02-30', '2026-13-01', '2026-01-01 24:00', 'yesterday', '5', '1x'])('%s is not a date', (text) => {
    expect(parseDateValue(text, env)).toBeUndefined();
  });
});

describe('dates in queries follow the context', () => {
  test('startOfWeek() honours weekStart', () => {
    const monday = 'ISMS-2 ISMS-3 ISMS-5 ISMS-8 ISMS-10 ISMS-12 ISMS-14 ISMS-16 AUD-3 AUD-5 AUD-6 AUD-9 AUD-10 AUD-12';
    expect(keySet(search('due >= startOfWeek()', makeContext({ weekStart: 'sunday' })))).toEqual(keySet(monday));
    expect(keySet(search('due >= startOfWeek()'))).toEqual(keySet(`${monday} ISMS-4 AUD-1 AUD-4`));
  });

  test('the user time zone decides what "today" is', () => {
    const auckland = makeContext({ timeZone: 'Pacific/Auckland' });
    expect(keySet(search('created >= startOfDay()', auckland))).toEqual(keySet('ISMS-7 ISMS-10 ISMS-16 AUD-5'));
    expect(keySet(search('due = now()', makeContext({ timeZone: 'Pacific/Kiritimati' })))).toEqual(['ISMS-14']);
  });
});
