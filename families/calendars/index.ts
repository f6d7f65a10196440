// The Calendars & Appointments family, in parts: ID fields, time handling, samples, the bodies of
// appointments, calendars (with opening hours), notifications and resources. The appointment event
// triggers' own helpers live beside them (triggers/calendars/appointmentEvents*.ts).
export * from './fields';
export * from './timeInputs';
export * from './samples';
export * from './appointments';
export * from './settings';
export * from './hours';
export * from './notifications';
export * from './resources';
export { contactIdField, userIdField } from '../contacts';
