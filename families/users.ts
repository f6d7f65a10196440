// Users family: fields and samples. The agency (Company) ID of the connection and the plain-words
// refusals for sub-account connections come from the shared step options (`company`, `access`).
import type { FieldSpec } from '../steps/fields';

export const USER_SCOPES = { read: ['users.readonly'], write: ['users.write'] };

// ---- Fields ----

export const userIdField: FieldSpec = {
  key: 'userId',
  label: 'User',
  required: true,
  dynamic: 'list_users.id.name',
  example: 'y0BeYjuRIlDwsDcOHOJo',
  helpText: 'The HighLevel user (a team member, not a contact). Pick one, or map a User ID from an earlier step.',
};

export const USER_TYPES = { account: 'Sub-account user', agency: 'Agency user' };
export const USER_ROLES = { admin: 'Admin', user: 'User' };

export const userFields = ({ isNew }: { isNew: boolean }): FieldSpec[] => [
  { key: 'firstName', label: 'First Name', required: isNew, helpText: "The user's given name.", example: 'Sam' },
  { key: 'lastName', label: 'Last Name', required: isNew, helpText: "The user's family name.", example: 'Rivera' },
  ...(isNew
    ? [
        {
          key: 'email',
          label: 'Email',
          type: 'email' as const,
          required: true,
          helpText: 'Login email of the new user. HighLevel cannot change it later.',
          example: 'sam@example.com',
        },
      ]
    : []),
  {
    key: 'password',
    label: 'Password',
    type: 'password',
    required: isNew,
    helpText: isNew ? 'Initial password; the user can change it after logging in.' : 'A new password for the user. Leave empty to keep it.',
    example: 'Str0ng-Passw0rd!',
  },
  { key: 'phone', label: 'Phone', type: 'phone', helpText: 'Phone number with country code, like +14155550188.', example: '+14155550188' },
  {
    key: 'type',
    label: 'User Type',
    required: isNew,
    choices: USER_TYPES,
    ...(isNew ? { default: 'account' } : {}),
    helpText: 'Sub-account user (works in sub-accounts) or agency user (agency connections only).',
    example: 'account',
  },
  {
    key: 'role',
    label: 'Role',
    required: isNew,
    choices: USER_ROLES,
    ...(isNew ? { default: 'user' } : {}),
    helpText: 'Admins can change sub-account settings; users cannot.',
    example: 'user',
  },
  {
    key: 'locationIds',
    label: 'Sub-Accounts',
    type: 'list',
    dynamic: 'list_locations.id.name',
    helpText: isNew
      ? 'Sub-accounts the user may work in: pick them (the list needs an agency connection) or map location IDs. Leave empty for the connected sub-account.'
      : 'Sub-accounts the user may work in: pick them (the list needs an agency connection) or map location IDs. Replaces the current list; leave empty to keep it.',
    example: ['ve9EPM428h8vShlRW1KT'],
  },
  {
    key: 'profilePhoto',
    label: 'Profile Photo URL',
    type: 'url',
    helpText: 'Web address of a picture for the user, starting with https://.',
    example: 'https://www.example.com/photos/sam.png',
  },
];

// ---- Samples ----

export const userSample = {
  id: 'y0BeYjuRIlDwsDcOHOJo',
  name: 'Sam Rivera',
  firstName: 'Sam',
  lastName: 'Rivera',
  email: 'sam@example.com',
  phone: '+14155550188',
  extension: '',
  roles: { type: 'account', role: 'user', locationIds: ['ve9EPM428h8vShlRW1KT'], restrictSubAccount: false },
  deleted: false,
  platformLanguage: 'en_US',
};

/** A user as Get, Create and Update User answer one: their answer (UserSuccessfulResponseDto) documents no `deleted`. */
export const oneUserSample = (({ deleted: _d, ...rest }) => rest)(userSample);

export const userOutputLabels = {
  id: 'User ID',
  roles__type: 'User Type',
  roles__role: 'Role',
  'roles__locationIds[]': 'Sub-Account IDs',
  roles__restrictSubAccount: 'Restricted to Sub-Accounts',
};

/** A user's display name for dropdowns. */
export const withUserName = (u: Record<string, any>) => ({
  ...u,
  name: u.name || [u.firstName, u.lastName].filter(Boolean).join(' ') || u.email || u.id,
});
