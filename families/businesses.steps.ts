// Every step of the Businesses family.
import listBusinesses from '../triggers/businesses/listBusinesses';

export default [listBusinesses];
