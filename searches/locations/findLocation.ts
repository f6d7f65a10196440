import { LOCATION_SCOPES, locationIdField, locationOutputLabels, locationSample } from '../../families/locations';
import { recordIn } from '../../highlevel/answers';
import { ghl } from '../../highlevel/request';
import { search } from '../../steps/define';

export default search({
  key: 'find_location',
  noun: 'Sub-Account',
  label: 'Find Location by ID',
  description:
    'Finds a sub-account (location) by its ID, with its business details and settings. Other sub-accounts than the connected one need an agency connection.',
  endpoint: 'GET /locations/{locationId}',
  scopes: LOCATION_SCOPES.read,
  fields: [locationIdField],
  // Not found is an empty result, not an error.
  perform: async (z, bundle, input) => {
    const data = await ghl(z, bundle, 'GET /locations/{locationId}', {
      path: input.locationId ? { locationId: input.locationId } : {},
      what: `Sub-account ${input.locationId ?? bundle.authData?.locationId}`,
      notFoundIsEmpty: true,
    });
    return recordIn(data, 'location');
  },
  sample: locationSample,
  outputLabels: locationOutputLabels,
});
