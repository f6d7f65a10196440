import { blockedSlotSample, blockTargetFields, CALENDAR_SCOPES, choiceName, pickWindow, soonestFirst } from '../../families/calendars';
import { trigger } from '../../steps/define';
import { invalidInput } from '../../steps/fields';

// Hidden: feeds the Blocked Slot dropdown of Update Block Slot with the blocked time of the calendar
// or user chosen in the same step (its Block Time For, Calendar and User fields).
export default trigger({
  key: 'list_blocked_slot_choices',
  noun: 'Blocked Slot',
  label: 'List Blocked Slot Choices',
  description: 'Triggers when time is blocked on the chosen calendar or for the chosen user. Used for the Blocked Slot dropdown.',
  endpoint: 'GET /calendars/blocked-slots',
  scopes: CALENDAR_SCOPES.events.read,
  hidden: true,
  fields: blockTargetFields('pick'),
  location: 'query',
  // Only the chosen owner's blocked time (the form's own fields are not sent as filters).
  request: (input) => {
    const forUser = input.blockFor ? input.blockFor === 'user' : !input.calendarId && Boolean(input.assignedUserId);
    const owner = forUser ? { userId: input.assignedUserId } : { calendarId: input.calendarId };
    if (!Object.values(owner)[0]) {
      throw invalidInput(`Pick a ${forUser ? 'User' : 'Calendar'} above first: this list shows its blocked time.`);
    }
    const { start, end } = pickWindow();
    return { query: { ...owner, startTime: String(start), endTime: String(end) } };
  },
  list: (data) => soonestFirst(data?.events),
  what: (i) => (i.calendarId ? `Calendar ${i.calendarId}` : `User ${i.assignedUserId}`),
  item: (e) => ({ ...e, name: choiceName(e.title, e.startTime, 'Blocked time') }),
  sample: { ...blockedSlotSample, name: `${blockedSlotSample.title} · 2026-11-27 09:00` },
  outputLabels: { id: 'Blocked Slot ID', calendarId: 'Calendar ID', assignedUserId: 'User ID', name: 'Blocked Slot (Title and Start)' },
});
