// Every step of the Calendars & Appointments family (catalog category "Calendars & Appointments").
import type { Step } from '../steps/define';
import listCalendarGroups from '../triggers/calendars/listCalendarGroups';
import listCalendars from '../triggers/calendars/listCalendars';
import getCalendar from '../triggers/calendars/getCalendar';
import getFreeSlots from '../triggers/calendars/getFreeSlots';
import listCalendarEvents from '../triggers/calendars/listCalendarEvents';
import listBlockedSlots from '../triggers/calendars/listBlockedSlots';
import getAppointment from '../triggers/calendars/getAppointment';
import listAppointmentNotes from '../triggers/calendars/listAppointmentNotes';
import listAppointmentChoices from '../triggers/calendars/listAppointmentChoices';
import listBlockedSlotChoices from '../triggers/calendars/listBlockedSlotChoices';
import listCalendarNotifications from '../triggers/calendars/listCalendarNotifications';
import getCalendarNotification from '../triggers/calendars/getCalendarNotification';
import listCalendarResources from '../triggers/calendars/listCalendarResources';
import getCalendarResource from '../triggers/calendars/getCalendarResource';
import createCalendarGroup from '../creates/calendars/createCalendarGroup';
import updateCalendarGroup from '../creates/calendars/updateCalendarGroup';
import updateCalendarGroupStatus from '../creates/calendars/updateCalendarGroupStatus';
import deleteCalendarGroup from '../creates/calendars/deleteCalendarGroup';
import createCalendar from '../creates/calendars/createCalendar';
import updateCalendar from '../creates/calendars/updateCalendar';
import deleteCalendar from '../creates/calendars/deleteCalendar';
import createAppointment from '../creates/calendars/createAppointment';
import updateAppointment from '../creates/calendars/updateAppointment';
import deleteEvent from '../creates/calendars/deleteEvent';
import createBlockSlot from '../creates/calendars/createBlockSlot';
import updateBlockSlot from '../creates/calendars/updateBlockSlot';
import createAppointmentNote from '../creates/calendars/createAppointmentNote';
import updateAppointmentNote from '../creates/calendars/updateAppointmentNote';
import deleteAppointmentNote from '../creates/calendars/deleteAppointmentNote';
import createCalendarNotification from '../creates/calendars/createCalendarNotification';
import updateCalendarNotification from '../creates/calendars/updateCalendarNotification';
import deleteCalendarNotification from '../creates/calendars/deleteCalendarNotification';
import createCalendarResource from '../creates/calendars/createCalendarResource';
import updateCalendarResource from '../creates/calendars/updateCalendarResource';
import deleteCalendarResource from '../creates/calendars/deleteCalendarResource';
import validateGroupSlug from '../searches/calendars/validateGroupSlug';
import appointmentBooked from '../triggers/calendars/appointmentBooked';
import appointmentStatusChanged from '../triggers/calendars/appointmentStatusChanged';

export default [
  listCalendarGroups, listCalendars, getCalendar, getFreeSlots, listCalendarEvents, listBlockedSlots,
  getAppointment, listAppointmentNotes, listAppointmentChoices, listBlockedSlotChoices, listCalendarNotifications, getCalendarNotification,
  listCalendarResources, getCalendarResource,
  createCalendarGroup, updateCalendarGroup, updateCalendarGroupStatus, deleteCalendarGroup,
  createCalendar, updateCalendar, deleteCalendar,
  createAppointment, updateAppointment, deleteEvent, createBlockSlot, updateBlockSlot,
  createAppointmentNote, updateAppointmentNote, deleteAppointmentNote,
  createCalendarNotification, updateCalendarNotification, deleteCalendarNotification,
  createCalendarResource, updateCalendarResource, deleteCalendarResource,
  validateGroupSlug,
  appointmentBooked, appointmentStatusChanged,
] as Step[];
