// Calendars: time inputs (without an offset they mean the user's Zapier time zone) and rolling windows.
import type { Bundle } from 'zapier-platform-core';
import type { FieldSpec } from '../../steps/fields';
import { zapierTime, zoneOrUtc } from '../../steps/dates';

/** The Zap owner's time zone (Zapier Settings > Time Zone), UTC when Zapier sends none. */
export const userZone = (bundle: Bundle): string => zoneOrUtc(bundle.meta?.timezone);

/** A datetime input re-read from the raw value in the user's time zone: ISO-8601 with that zone's offset. */
export const zonedIso = (bundle: Bundle, key: string): string | undefined => zapierTime(bundle.inputData?.[key], userZone(bundle))?.iso;

/** Body fields for the given datetime inputs, only those filled in. */
export const zonedTimes = (bundle: Bundle, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, zonedIso(bundle, k)]).filter(([, v]) => v !== undefined));

export const DAY_MS = 24 * 60 * 60 * 1000;

export const daysAheadField = (max: number): FieldSpec => ({
  key: 'daysAhead',
  label: 'Days Ahead',
  type: 'integer',
  in: 'none',
  default: '30',
  example: 30,
  helpText: `How far ahead to look, in days from now (1 to ${max}, default 30).`,
});

/** From now to N days ahead, as epoch milliseconds. */
export const rollingWindow = (daysAhead: unknown, max: number, now = Date.now()) => {
  const wanted = Number(daysAhead);
  const days = Number.isFinite(wanted) && wanted >= 1 ? Math.min(Math.floor(wanted), max) : Math.min(30, max);
  return { start: now, end: now + days * DAY_MS };
};
