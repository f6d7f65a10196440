import { contactIdField, CONTACT_SCOPES } from '../../families/contacts';
import { trigger } from '../../steps/define';

export default trigger({
  key: 'get_contact_appointments',
  noun: 'Appointment',
  label: 'New Appointment (Chosen Contact)',
  catalog: 'Get Contact Appointments',
  description: 'Triggers when a new appointment is booked for the chosen contact.',
  endpoint: 'GET /contacts/{contactId}/appointments',
  scopes: CONTACT_SCOPES.read,
  fields: [contactIdField],
  list: 'events',
  newest: 'dateAdded',
  what: (i) => `Contact ${i.contactId}`,
  sample: {
    id: 'ocQHyuzHvysMo5N5VsXc',
    title: 'SEO strategy call',
    calendarId: 'BqTwX8QFwXzpegMve9EQ',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    assignedUserId: 'y0BeYjuRIlDwsDcOHOJo',
    status: 'booked',
    appointmentStatus: 'confirmed',
    startTime: '2026-11-25T15:00:00.000Z',
    endTime: '2026-11-25T15:30:00.000Z',
    address: 'https://meet.example.com/seo-call',
    notes: 'Review the Rankr audit together.',
    locationId: 've9EPM428h8vShlRW1KT',
    dateAdded: '2026-11-21T10:00:00.000Z',
    dateUpdated: '2026-11-21T10:00:00.000Z',
  },
  outputLabels: { id: 'Appointment ID', assignedUserId: 'Assigned User ID' },
});
