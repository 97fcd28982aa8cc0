// Calendar arithmetic in an IANA time zone with nothing but Intl: wall-clock parts of an instant, and the instant of
// a wall-clock time (DST gaps resolve forward, overlaps to the earlier instant, like java.util.Calendar).

export interface WallClock {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

export interface Zone {
  readonly wallClock: (instant: number) => WallClock;
  readonly instant: (wall: WallClock) => number;
  /** 'YYYY-MM-DD' of the instant in this zone. */
  readonly localDate: (instant: number) => string;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Day of week of a calendar date, 0 = Sunday. */
export function dayOfWeek(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

export function createZone(timeZone: string): Zone {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });

  const wallClock = (instant: number): WallClock => {
    const parts: Record<string, number> = {};
    for (const part of format.formatToParts(new Date(instant))) {
      if (part.type !== 'literal') parts[part.type] = Number(part.value);
    }
    return {
      year: parts.year ?? 1970,
      month: parts.month ?? 1,
      day: parts.day ?? 1,
      hour: parts.hour ?? 0,
      minute: parts.minute ?? 0,
      second: parts.second ?? 0,
      millisecond: ((instant % 1000) + 1000) % 1000,
    };
  };

  const asUtc = (wall: WallClock) =>
    Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  const offsetAt = (instant: number) => asUtc(wallClock(instant)) - instant;

  const instant = (wall: WallClock): number => {
    const guess = asUtc(wall);
    const first = guess - offsetAt(guess);
    const second = guess - offsetAt(first);
    // In an overlap both candidates are valid: take the earlier one. In a gap neither is: take the later one.
    if (first === second) return first;
    const firstValid = asUtc(wallClock(first)) === guess;
    const secondValid = asUtc(wallClock(second)) === guess;
    if (firstValid && secondValid) return Math.min(first, second);
    if (firstValid) return first;
    if (secondValid) return second;
    return Math.max(first, second);
  };

  const localDate = (value: number) => {
    const wall = wallClock(value);
    return formatDate(wall.year, wall.month, wall.day);
  };

  return { wallClock, instant, localDate };
}
