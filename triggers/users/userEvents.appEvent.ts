// User events from HighLevel's app events, via the relay.
import type { EventAdapter } from '../../steps/appEventHook';
import { withUserName } from '../../families/users';

/** UserCreate: a user (team member) added to the agency or one of its sub-accounts. */
export const userEvents: EventAdapter = {
  asEvent: (u) => u,
  present: (e) => ({ userId: e.id, name: withUserName(e).name }),
  labels: {
    userId: 'User ID',
    name: 'Full Name',
    firstName: 'First Name',
    lastName: 'Last Name',
    email: 'Email',
    phone: 'Phone',
    role: 'Role',
    companyId: 'Agency (Company) ID',
    extension: 'Phone Extension',
  },
};
