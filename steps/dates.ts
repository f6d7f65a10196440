// Time conversion, in one place. Zapier hands datetime inputs as text: ISO-8601 with or without an
// offset, "2026-03-08 09:30", a bare date, or epoch seconds/milliseconds. Text without an offset means
// wall-clock time in the user's time zone (bundle.meta.timezone, an IANA name). HighLevel wants epoch
// milliseconds in some query parameters and ISO-8601 with an offset in bodies. Intl only, no libraries.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// A formatter is made on a zone's first use: the first one costs tens of milliseconds (the runtime
// loads its time zone data), so UTC, every sample's zone and the default, is worked out without one.
const UTC = 'UTC';
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Whether the name is an IANA time zone this runtime knows, like America/New_York. */
export const isTimeZone = (timeZone: unknown): timeZone is string => {
  if (typeof timeZone !== 'string' || !timeZone.trim()) return false;
  if (timeZone.trim() === UTC) return true;
  try {
    formatterFor(timeZone.trim());
    return true;
  } catch {
    return false;
  }
};

/** The given zone when valid, else UTC. */
export const zoneOrUtc = (timeZone: unknown): string => (isTimeZone(timeZone) ? timeZone.trim() : 'UTC');

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
}

/** Wall-clock fields of an instant in a zone. */
const wallAt = (ms: number, timeZone: string): Wall => {
  if (timeZone === UTC) {
    const d = new Date(ms);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms: ((ms % 1000) + 1000) % 1000,
    };
  }
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour % 24,
    minute: parts.minute,
    second: parts.second,
    ms: ((ms % 1000) + 1000) % 1000,
  };
};

const wallAsUtc = (w: Wall) => {
  const d = new Date(Date.UTC(2000, 0, 1, w.hour, w.minute, w.second, w.ms));
  d.setUTCFullYear(w.year, w.month - 1, w.day); // years below 100 stay literal
  return d.getTime();
};

/** The zone's offset from UTC at an instant, in minutes (New York in winter: -300). */
export const offsetMinutes = (ms: number, timeZone: string): number => {
  const whole = Math.floor(ms / 1000) * 1000;
  return Math.round((wallAsUtc(wallAt(whole, timeZone)) - whole) / MINUTE);
};

/**
 * The instant a wall-clock time names in a zone. Like Temporal's "compatible" choice: a time that
 * happens twice (clocks going back) is the earlier one; a time skipped by clocks going forward moves
 * forward by the gap (02:30 on a spring-forward night in New York is 03:30 EDT).
 */
export const instantOfWall = (w: Wall, timeZone: string): number => {
  const local = wallAsUtc(w);
  const before = offsetMinutes(local - DAY, timeZone);
  const after = offsetMinutes(local + DAY, timeZone);
  const fits = [...new Set([before, after])]
    .filter((o) => offsetMinutes(local - o * MINUTE, timeZone) === o)
    .map((o) => local - o * MINUTE)
    .sort((a, b) => a - b);
  return fits.length ? fits[0] : local - before * MINUTE;
};

const pad = (n: number, size = 2) => String(Math.abs(n)).padStart(size, '0');

const offsetText = (minutes: number) =>
  `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;

/** ISO-8601 with the zone's offset at that instant, like 2026-03-08T03:30:00-04:00 (UTC gives +00:00). */
export const isoInZone = (ms: number, timeZone = 'UTC'): string => {
  const zone = zoneOrUtc(timeZone);
  const w = wallAt(ms, zone);
  const fraction = w.ms ? `.${pad(w.ms, 3)}` : '';
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${fraction}${offsetText(offsetMinutes(ms, zone))}`;
};

// 2026-03-08, 2026-03-08T09:30, 2026-03-08 09:30:15.250, optionally followed by Z or +05:30 / +0530 / +05.
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// Trailing zone designators other text formats may carry ("... GMT", "... +0000", "... UTC-5").
const HAS_ZONE = /(?:\bZ|\b(?:GMT|UTC)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\s*(?:\([^)]*\))?$/i;

const wallValid = (w: Wall) => {
  const t = wallAsUtc(w);
  const d = new Date(t);
  return (
    d.getUTCFullYear() === w.year &&
    d.getUTCMonth() === w.month - 1 &&
    d.getUTCDate() === w.day &&
    w.hour < 24 &&
    w.minute < 60 &&
    w.second < 60
  );
};

/**
 * Epoch milliseconds of a Zapier datetime value, or undefined when it is not one. Text without an
 * offset is read as wall-clock time in `timeZone` (UTC when missing or unknown); a bare date is
 * midnight there. Numbers (and digit-only text) are epoch seconds below 1e12, else milliseconds.
 */
export const parseZapierTime = (value: unknown, timeZone?: string | null): number | undefined => {
  const zone = zoneOrUtc(timeZone);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'number') return Number.isFinite(value) ? (Math.abs(value) < 1e12 ? value * 1000 : value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text) return undefined;
  if (/^\d{10,13}(\.\d+)?$/.test(text)) return parseZapierTime(Number(text), zone);

  const m = ISO_LIKE.exec(text);
  if (m) {
    const w: Wall = {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: Number(m[4] ?? 0),
      minute: Number(m[5] ?? 0),
      second: Number(m[6] ?? 0),
      ms: m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0,
    };
    if (!wallValid(w)) return undefined;
    const designator = m[8];
    if (!designator) return instantOfWall(w, zone);
    if (designator.toUpperCase() === 'Z') return wallAsUtc(w);
    const digits = designator.replace(':', '');
    const sign = digits[0] === '-' ? -1 : 1;
    const offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
    return wallAsUtc(w) - offset * MINUTE;
  }

  // Other formats ("March 8, 2026 9:30 AM", RFC 2822): the runtime parses them; without a zone of
  // their own, the wall-clock fields it read are re-read in the user's zone.
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed)) return undefined;
  if (HAS_ZONE.test(text)) return parsed;
  const d = new Date(parsed);
  return instantOfWall(
    {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
      ms: d.getMilliseconds(),
    },
    zone,
  );
};

export interface ZonedTime {
  /** Epoch milliseconds. */
  ms: number;
  /** ISO-8601 with the zone's offset. */
  iso: string;
}

/** A Zapier datetime value as epoch milliseconds and as ISO-8601 in the zone, or undefined. */
export const zapierTime = (value: unknown, timeZone?: string | null): ZonedTime | undefined => {
  const ms = parseZapierTime(value, timeZone);
  return ms === undefined ? undefined : { ms, iso: isoInZone(ms, zoneOrUtc(timeZone)) };
};

/** The calendar day (YYYY-MM-DD) `daysLater` days after the day an instant falls on in a zone. */
export const dayInZone = (ms: number, timeZone?: string | null, daysLater = 0): string => {
  const w = wallAt(ms, zoneOrUtc(timeZone));
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(w.year, w.month - 1, w.day + daysLater); // calendar days, not 24-hour steps (DST)
  return d.toISOString().slice(0, 10);
};

/**
 * A `startAt`/`endAt` day range for filters where HighLevel wants days, not instants: from `daysBack`
 * days before the user's today to the user's tomorrow, in their time zone. The day after today keeps
 * a record made today inside the range whether HighLevel reads the end day inclusively, exclusively
 * or in another zone; nothing is dated in the future, so it adds nothing else.
 */
export const recentDays = (timeZone: string | null | undefined, daysBack: number, now = Date.now()) => ({
  startAt: dayInZone(now, timeZone, -daysBack),
  endAt: dayInZone(now, timeZone, 1),
});

// ---- Dates HighLevel sends: every output of every step goes through isoDates ----

/** Keys that name a moment: `date_created`, `dateAdded`, `created_at`, `startTime`, `timestamp`, `dateOfBirth`... */
const DATE_KEY = /^(date|time|timestamp)$|^date[_A-Z]|(_date|Date|_at|At|_on|On|_time|Time|Timestamp)$/;
export const isDateKey = (key: string) => DATE_KEY.test(key);
/** Keys whose moments are calendar days (a birthday sent as epoch milliseconds is a day, not an instant). */
const DAY_KEY = /birth/i;
/** Keys that name the time zone of the times beside them (an appointment's, a calendar's). */
const ZONE_KEYS = ['selectedTimezone', 'selected_timezone', 'timeZone', 'timezone'];
// Epoch numbers: milliseconds from 1e11 up (seconds that large are past the year 5000), or for days
// (birthdays before 1970 are negative); seconds below.
const EPOCH = /^-?\d{9,13}(\.\d+)?$/;
const MS_FROM = 1e11;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

export interface OutputTime {
  /** ISO-8601: a day stays a day; an instant carries its offset. */
  iso: string;
  /** Whether HighLevel sent a wall-clock time (no offset) that was read in a zone. */
  wallClock: boolean;
}

/**
 * A date HighLevel sent, as ISO-8601, or undefined when the value is no date (a duration, "soon",
 * "05/01/1990"). Epoch seconds or milliseconds (numbers or digit text) are instants (days under
 * birthday keys); ISO text with an offset is kept as sent; wall-clock text is read in `zone`.
 */
export const outputTime = (value: unknown, zone: string, key = ''): OutputTime | undefined => {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  if (EPOCH.test(text)) {
    const n = Number(text);
    const day = DAY_KEY.test(key);
    const ms = day || Math.abs(n) >= MS_FROM ? n : n * 1000;
    const iso = new Date(ms).toISOString();
    return { iso: day ? iso.slice(0, 10) : iso, wallClock: false };
  }
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  if (DATE_ONLY.test(text) || WITH_OFFSET.test(text))
    return parseZapierTime(text) === undefined ? undefined : { iso: text, wallClock: false };
  const ms = parseZapierTime(text, zone);
  if (ms === undefined) return undefined;
  const zoned = !HAS_ZONE.test(text) && !/[+-]\d{2}(:?\d{2})?$/.test(text);
  return { iso: zoned ? isoInZone(ms, zone) : new Date(ms).toISOString(), wallClock: zoned };
};

/** `startTime` -> `startTimeOriginal`, `date_created` -> `date_created_original`. */
export const originalKey = (key: string) => (/^[a-z0-9_]+$/.test(key) && key.includes('_') ? `${key}_original` : `${key}Original`);

const zoneOf = (node: Record<string, unknown>): string | undefined => {
  const named = ZONE_KEYS.map((k) => node[k]).find(isTimeZone);
  return named ? named.trim() : undefined;
};

/**
 * The one place output dates are made ISO-8601, for every trigger, search, action and instant
 * delivery. Values under date-like keys are converted (see outputTime); a wall-clock time is read
 * in the zone its record names (`selectedTimezone`, `timezone`), else in `zone` (the Zap owner's),
 * and HighLevel's own text is kept beside it under originalKey(key), so nothing is lost.
 */
export const isoDates = (node: unknown, zone: string | null | undefined): unknown => {
  const here = zoneOrUtc(zone);
  if (Array.isArray(node)) return node.map((v) => isoDates(v, here));
  if (node && typeof node === 'object' && !(node instanceof Date)) {
    const record = node as Record<string, unknown>;
    const inner = zoneOf(record) ?? here;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) {
      const time = isDateKey(k) ? outputTime(v, inner, k) : undefined;
      if (!time) {
        out[k] = isoDates(v, inner);
        continue;
      }
      out[k] = time.iso;
      if (time.wallClock && !(originalKey(k) in record)) out[originalKey(k)] = v;
    }
    return out;
  }
  return node;
};
