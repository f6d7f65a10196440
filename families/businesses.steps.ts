// Every step of the Businesses family.
import listBusinesses from '../triggers/businesses/listBusinesses';
import getBusiness from '../triggers/businesses/getBusiness';
import createBusiness from '../creates/businesses/createBusiness';
import updateBusiness from '../creates/businesses/updateBusiness';
import deleteBusiness from '../creates/businesses/deleteBusiness';
import findBusiness from '../searches/businesses/findBusiness';

export default [listBusinesses, getBusiness, createBusiness, updateBusiness, deleteBusiness, findBusiness];
