// Calendars: opening hours as users type them (`{"monday": "09:00-17:00"}`), as HighLevel's openHours.
import { invalidInput } from '../../steps/fields';

const DAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

const clock = (text: string, day: string) => {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = m ? Number(m[1]) : NaN;
  const minute = m ? Number(m[2]) : NaN;
  if (!m || hour > 24 || minute > 59 || (hour === 24 && minute > 0)) {
    throw invalidInput(`Open Hours (\`openHours\`) for ${day}: "${text.trim()}" is not a time like 09:00 or 17:30.`);
  }
  return { hour, minute };
};

/** `{"monday": "09:00-17:00, 18:00-20:00"}` as HighLevel's openHours, days with equal hours grouped. */
export const openHoursFrom = (value: Record<string, unknown>) => {
  const byHours = new Map<string, { days: number[]; hours: object[] }>();
  for (const [name, ranges] of Object.entries(value)) {
    const day = DAYS[name.trim().toLowerCase()] ?? (/^[0-6]$/.test(name.trim()) ? Number(name) : undefined);
    if (day === undefined) throw invalidInput(`Open Hours (\`openHours\`): "${name}" is not a day of the week (use monday, tuesday, ...).`);
    const list = (Array.isArray(ranges) ? ranges : String(ranges ?? '').split(',')).map((r) => String(r).trim()).filter(Boolean);
    if (!list.length || list.some((r) => /^closed$/i.test(r))) continue;
    const hours = list.map((r) => {
      const [from, to, ...rest] = r.split('-');
      if (to === undefined || rest.length)
        throw invalidInput(`Open Hours (\`openHours\`) for ${name}: "${r}" should look like 09:00-17:00.`);
      const open = clock(from, name);
      const close = clock(to, name);
      if (close.hour * 60 + close.minute <= open.hour * 60 + open.minute) {
        throw invalidInput(`Open Hours (\`openHours\`) for ${name}: "${r}" closes before it opens.`);
      }
      return { openHour: open.hour, openMinute: open.minute, closeHour: close.hour, closeMinute: close.minute };
    });
    const key = JSON.stringify(hours);
    const entry = byHours.get(key) ?? { days: [], hours };
    if (!entry.days.includes(day)) entry.days.push(day);
    byHours.set(key, entry);
  }
  return [...byHours.values()].map((e) => ({ daysOfTheWeek: e.days.sort((a, b) => a - b), hours: e.hours }));
};

/** The nested parts of a calendar body: team members with their meeting location, open hours. */
