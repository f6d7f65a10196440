// Sub-account and app-install events from HighLevel's app events, via the relay: the agency's own.
import type { EventAdapter } from '../../steps/appEventHook';

/** LocationCreate and LocationUpdate: a sub-account of the agency (`id`), named only by the agency. */
export const subAccountEvents: EventAdapter = {
  asEvent: (l) => ({ ...l, timestamp: l.dateUpdated ?? l.dateAdded }),
  present: (e) => ({ subAccountId: e.id, subAccountName: e.name }),
  labels: {
    subAccountId: 'Sub-Account ID',
    subAccountName: 'Sub-Account Name',
    companyId: 'Agency (Company) ID',
    name: 'Name (as Delivered)',
    email: 'Business Email',
    stripeProductId: 'Stripe Product ID',
  },
};

/** AppInstall and AppUninstall: this Marketplace app installed on (or removed from) a sub-account or the agency. */
export const appInstallEvents: EventAdapter = {
  // An installed sub-account of the list, as the install event of the agency it belongs to.
  asEvent: (i, input) => ({
    locationId: i._id ?? i.id,
    companyId: i.companyId ?? input.companyId,
    timestamp: i.installedAt ?? i.updatedAt,
  }),
  present: (e) => ({ subAccountId: e.locationId, agencyId: e.companyId }),
  labels: {
    subAccountId: 'Sub-Account ID',
    agencyId: 'Agency (Company) ID',
    appId: 'App ID',
    companyId: 'Agency (Company) ID (as Delivered)',
    userId: 'Installed by User ID',
    planId: 'Plan ID',
    trial__onTrial: 'On Trial',
    trial__trialDuration: 'Trial Days',
    trial__trialStartDate: 'Trial Start Date',
    isWhitelabelCompany: 'White-Label Agency',
    whitelabelDetails__domain: 'White-Label Domain',
    whitelabelDetails__logoUrl: 'White-Label Logo URL',
    companyName: 'Agency Name',
  },
};
