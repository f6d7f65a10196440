// The Calendars & Appointments family, in parts: ID fields, time handling, samples, the bodies of
// appointments, calendars (with opening hours), notifications and resources. The appointment event
// triggers' own helpers live beside them (triggers/calendars/appointmentEvents*.ts).
export * from './calendarFields';
export * from './timeInputs';
export * from './calendarSamples';
export * from './appointments';
export * from './settings';
export * from './hours';
export * from './notifications';
export * from './resources';
export { contactIdField, userIdField } from '../contacts';
