// Calendars: the fields of calendar resources (rooms and equipment).
import type { FieldSpec } from '../../steps/fields';

export const resourceFields = (isNew: boolean): FieldSpec[] => [
  { key: 'name', label: 'Name', required: isNew, helpText: 'Name of the room or equipment.', example: 'Yoga Room' },
  {
    key: 'description',
    label: 'Description',
    type: 'text',
    required: isNew,
    helpText: 'What it is or where to find it.',
    example: 'Main studio, second floor.',
  },
  {
    key: 'calendarIds',
    label: 'Service Calendars',
    type: 'list',
    required: isNew,
    dynamic: 'list_calendars.id.name',
    example: ['BqTwX8QFwXzpegMve9EQ'],
    helpText:
      'Service calendars that use it, one per line. A piece of equipment belongs to one service calendar; a room may serve several.',
  },
  {
    key: 'capacity',
    label: 'Capacity',
    type: 'integer',
    helpText: 'For rooms: how many people fit.' + (isNew ? ' Default 1.' : ''),
    example: 12,
  },
  {
    key: 'quantity',
    label: 'Quantity',
    type: 'integer',
    helpText: 'For equipment: how many items there are.' + (isNew ? ' Default 1.' : ''),
    example: 1,
  },
  {
    key: 'outOfService',
    label: 'Out of Service',
    type: 'integer',
    helpText: 'For equipment: how many items cannot be booked.' + (isNew ? ' Default 0.' : ''),
    example: 0,
  },
];
